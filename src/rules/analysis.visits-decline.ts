/** analysis.visits-decline - the center's visits fell: each advisor's numbers traced to the basic that explains them (§1.1.2(1)); a warning. */
import { declineFindings } from './decline-finding.js';
import { ruleMeta } from './finding.js';
import type { Rule } from './types.js';

const meta = ruleMeta('analysis.visits-decline', 'week', 'warning');

export const rule: Rule = { meta, evaluate: (ctx) => declineFindings(meta, ctx, 'visits') };
