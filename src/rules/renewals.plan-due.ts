/** renewals.plan-due - each advisor's renewal plan (附表5) for month M submitted by the 1st of M (§1.1.1(6)①b, ②b). */
import { datePart } from '../calendar/local-date.js';
import { monthContracts, planDueDate, renewalCounting, renewalPlan } from '../metrics/month.js';
import type { Status } from '../model/results.js';
import { evidenceOf, finding, defineRule } from './finding.js';import { paramsOf } from './params.js';

import type { Rule, RuleContext } from './types.js';
import { dayOfMonth } from '../config/rule-params.js';

export const meta = defineRule({
  id: 'renewals.plan-due',
  scope: 'month',
  severity: 'quota',
  section: '1.1.1(6)①b, ②b',
  params: { dueDayOfMonth: dayOfMonth(1) },
});

export const rule: Rule = {
  meta,
  evaluate(ctx: RuleContext) {
    const today = datePart(ctx.asOf.local);
    const { dueDayOfMonth } = paramsOf(ctx.config, meta.id);
    const due = planDueDate(ctx.month, dueDayOfMonth);
    const deadline = `${due}T23:59:59`;
    const renewals = monthContracts(ctx.dataset, ctx.config, ctx.month, today).filter((c) => c.type === 'renewal');
    const counting = renewalCounting(ctx.dataset, ctx.config, ctx.month, dueDayOfMonth, today);
    const judged = ctx.advisors.filter(
      (a) => renewals.some((c) => c.advisor === a) || ctx.dataset.records.renewals.some((r) => r.month === ctx.month && r.advisor === a),
    );
    return judged.map((advisor) => {
      const plan = renewalPlan(ctx.dataset, ctx.month, advisor, dueDayOfMonth);
      let status: Status;
      if (plan.late.length === 0 && plan.onTime.length > 0) status = 'met';
      else if (plan.onTime.length === 0 && plan.late.length === 0 && ctx.asOf.local < deadline) status = 'pending';
      else status = 'missed';
      const notCounted = counting.filter((r) => r.contract.advisor === advisor && !r.counted);
      return finding(meta, {
        advisor,
        status,
        actual: plan.onTime.length,
        target: plan.onTime.length + plan.late.length,
        period: ctx.month,
        deadline,
        action: {
          type: 'renewals-not-counted',
          contracts: notCounted.length,
          amount: notCounted.reduce((s, r) => s + (r.contract.amount ?? 0), 0),
        },
        evidence: evidenceOf([...plan.late, ...plan.onTime]),
        params: { due, late: plan.late.length },
      });
    });
  },
};
