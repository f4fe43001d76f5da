/** invites.second - >= 4 second invites per week by Friday's close (§1.1.1(2)①b); short: +20 weekend calls. */
import { defineRule } from './finding.js';
import { inviteFindings } from './invite-quota.js';
import type { Rule } from './types.js';
import { count } from '../config/rule-params.js';

export const meta = defineRule({
  id: 'invites.second',
  scope: 'week',
  severity: 'quota',
  section: '1.1.1(2)①b',
  params: { perWeek: count(4) },
  extraMessages: ['staff.invites.second.no-makeup', 'staff.invites.second.makeup-done'],
});

export const rule: Rule = { meta, evaluate: (ctx) => inviteFindings(meta, ctx, ctx.week, 'second') };
