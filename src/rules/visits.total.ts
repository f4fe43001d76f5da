/** visits.total - first + second visits >= 5 per week (§1.1.1(3)②a); short: next week's new leads cut by 1/5. */
import { paramsOf } from './params.js';
import { defineRule } from './finding.js';
import type { Rule } from './types.js';
import { visitFindings } from './visit-quota.js';
import { count, share } from '../config/rule-params.js';

export const meta = defineRule({
  id: 'visits.total',
  scope: 'week',
  severity: 'quota',
  section: '1.1.1(3)②a',
  params: { perWeek: count(5), leadShareKept: share(4 / 5) },
});

export const rule: Rule = {
  meta,
  evaluate: (ctx) =>
    visitFindings(meta, ctx, (r) => [...r.firstVisits, ...r.secondVisits], {
      type: 'new-leads-cut',
      share: Math.round((1 - paramsOf(ctx.config, meta.id).leadShareKept) * 10_000) / 10_000,
    }),
};
