/** visits.second - >= 2 second-invite visits per week, up to Sunday's close (§1.1.1(3)①a); a warning. */
import { defineRule } from './finding.js';
import type { Rule } from './types.js';
import { visitFindings } from './visit-quota.js';
import { count } from '../config/rule-params.js';

export const meta = defineRule({
  id: 'visits.second',
  scope: 'week',
  severity: 'warning',
  section: '1.1.1(3)①a',
  params: { perWeek: count(2) },
});

export const rule: Rule = {
  meta,
  evaluate: (ctx) => visitFindings(meta, ctx, (r) => r.secondVisits),
};
