/** calls.new-old-ratio - new : old = 1 : 2 of the week's effective calls, within 10 points (§1.1.2(1)①c). */
import { callsClose } from '../calendar/week.js';
import { paramsOf } from './params.js';
import { ratio4 } from '../metrics/week-metrics.js';
import { closeStatus, evidenceOf, finding, defineRule } from './finding.js';
import type { Rule, RuleContext } from './types.js';
import { weeklyCallTarget } from './calls.weekly.js';
import { share } from '../config/rule-params.js';

export const meta = defineRule({
  id: 'calls.new-old-ratio',
  scope: 'week',
  severity: 'warning',
  section: '1.1.2(1)①c',
  params: { newShare: share(1 / 3), tolerance: share(0.1) },
});

export const rule: Rule = {
  meta,
  evaluate(ctx: RuleContext) {
    const { week } = ctx.week;
    const deadline = callsClose(week, ctx.config);
    const share = paramsOf(ctx.config, meta.id).newShare;
    const tolerance = paramsOf(ctx.config, meta.id).tolerance;
    return ctx.advisors.map((advisor) => {
      const records = ctx.week.records.get(advisor)!;
      const newCalls = records.effective.where(ctx.isNew);
      const actual = ratio4(newCalls.length, records.effective.length);
      // A small epsilon so that a share exactly on the tolerance's edge is inside it.
      const ok = records.effective.length > 0 && Math.abs(newCalls.length / records.effective.length - share) <= tolerance + 1e-9;
      const excused = weeklyCallTarget(ctx.dataset, ctx.config, week, advisor).target === 0;
      const status = excused ? 'excused' : closeStatus(ok, ctx.asOf.local, deadline);
      return finding(meta, {
        advisor,
        status,
        actual,
        target: ratio4(share, 1),
        period: week.start,
        deadline,
        detail: { newCalls: newCalls.length, oldCalls: records.effective.length - newCalls.length },
        ratio: true,
        params: { newCalls: newCalls.length, oldCalls: records.effective.length - newCalls.length },
        evidence: status === 'missed' ? evidenceOf(records.effective) : [],
      });
    });
  },
};
