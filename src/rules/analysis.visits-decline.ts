/** analysis.visits-decline - the center's visits fell: each advisor's numbers traced to the basic that explains them (§1.1.2(1)); a warning. */
import { declineFindings } from './decline-finding.js';
import { defineRule } from './finding.js';
import type { Rule } from './types.js';
import { count, share } from '../config/rule-params.js';

export const meta = defineRule({
  id: 'analysis.visits-decline',
  scope: 'week',
  severity: 'warning',
  section: '1.1.2(1)',
  // The manual's data analysis (issue 15) gives no figure: a fall of more than 20% of visits against the previous week and against the average of the 4 weeks before; 8 weeks of history (tool defaults).
  params: { fall: share(0.2), baselineWeeks: count(4), historyWeeks: count(8) },
});

export const rule: Rule = { meta, evaluate: (ctx) => declineFindings(meta, ctx, 'visits') };
