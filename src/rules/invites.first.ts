/** invites.first - >= 15 first invites per week by Friday's close (§1.1.1(2)①b); short: +20 weekend calls. */
import { defineRule } from './finding.js';
import { inviteFindings } from './invite-quota.js';
import type { Rule } from './types.js';
import { count } from '../config/rule-params.js';

export const meta = defineRule({
  id: 'invites.first',
  scope: 'week',
  severity: 'quota',
  section: '1.1.1(2)①b',
  params: { perWeek: count(15) },
  extraMessages: ['staff.invites.first.no-makeup', 'staff.invites.first.makeup-done'],
});

export const rule: Rule = { meta, evaluate: (ctx) => inviteFindings(meta, ctx, ctx.week, 'first') };
