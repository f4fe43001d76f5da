/** analysis.sign-rate-decline - the center's sign rate fell: each advisor's basics, skills and negotiation (§1.1.2(2)②); a warning. */
import { declineFindings } from './decline-finding.js';
import { ruleMeta } from './finding.js';
import type { Rule } from './types.js';

const meta = ruleMeta('analysis.sign-rate-decline', 'week', 'warning');

export const rule: Rule = { meta, evaluate: (ctx) => declineFindings(meta, ctx, 'signRate') };
