/** invites.second - >= 4 second invites per week by Friday's close (§1.1.1(2)①b); short: +20 weekend calls. */
import { ruleMeta } from './finding.js';
import { inviteFindings } from './invite-quota.js';
import type { Rule } from './types.js';

const meta = ruleMeta('invites.second', 'week', 'quota');

export const rule: Rule = { meta, evaluate: (ctx) => inviteFindings(meta, ctx, ctx.week, 'second') };
