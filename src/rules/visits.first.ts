/** visits.first - >= 5 first-invite visits per week, up to Sunday's close (§1.1.1(3)①a); a warning. */
import { ruleMeta } from './finding.js';
import type { Rule } from './types.js';
import { visitFindings } from './visit-quota.js';

const meta = ruleMeta('visits.first', 'week', 'warning');

export const rule: Rule = {
  meta,
  evaluate: (ctx) => visitFindings(meta, ctx, (r) => r.firstVisits),
};
