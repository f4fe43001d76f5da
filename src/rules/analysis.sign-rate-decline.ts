/** analysis.sign-rate-decline - the center's sign rate fell: each advisor's basics, skills and negotiation (§1.1.2(2)②); a warning. */
import { declineFindings } from './decline-finding.js';
import { defineRule } from './finding.js';
import type { Rule } from './types.js';
import { count, share } from '../config/rule-params.js';

export const meta = defineRule({
  id: 'analysis.sign-rate-decline',
  scope: 'week',
  severity: 'warning',
  section: '1.1.2(2)②',
  // Tool defaults (the manual gives no figure): a fall of more than 5 points of sign rate against the previous week and against the average of the 4 weeks before.
  params: { points: share(0.05), baselineWeeks: count(4) },
});

export const rule: Rule = { meta, evaluate: (ctx) => declineFindings(meta, ctx, 'signRate') };
