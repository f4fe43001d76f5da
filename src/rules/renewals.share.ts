/** renewals.share - renewals about 30% of the month's sales amount (§1.1.2(3)); a warning. */
import { datePart } from '../calendar/local-date.js';
import { paramsOf, planDueDay } from './params.js';
import { renewalCounting, salesAmount } from '../metrics/month.js';
import { ratio4 } from '../metrics/week-metrics.js';
import { closeStatus, finding, moneyText, defineRule } from './finding.js';
import { monthClose } from './month-close.js';
import type { Rule, RuleContext } from './types.js';
import { share } from '../config/rule-params.js';

export const meta = defineRule({
  id: 'renewals.share',
  scope: 'month',
  severity: 'warning',
  section: '1.1.2(3)',
  params: { target: share(0.3), tolerance: share(0.1) },
});

export const rule: Rule = {
  meta,
  evaluate(ctx: RuleContext) {
    const today = datePart(ctx.asOf.local);
    const target = paramsOf(ctx.config, meta.id).target;
    const close = monthClose(ctx.month, ctx.config);
    const sales = salesAmount(ctx.dataset, ctx.config, ctx.month, planDueDay(ctx.config), today);
    const renewals = renewalCounting(ctx.dataset, ctx.config, ctx.month, planDueDay(ctx.config), today)
      .filter((r) => r.counted)
      .reduce((s, r) => s + (r.contract.amount ?? 0), 0);
    const actual = ratio4(renewals, sales);
    const ok = sales > 0 && Math.abs(renewals / sales - target) <= paramsOf(ctx.config, meta.id).tolerance + 1e-9;
    return [
      finding(meta, {
        advisor: null,
        status: closeStatus(ok, ctx.asOf.local, close),
        actual,
        target,
        period: ctx.month,
        deadline: close,
        detail: { renewals, sales },
        ratio: true,
        params: { renewals: moneyText(renewals), sales: moneyText(sales) },
      }),
    ];
  },
};
