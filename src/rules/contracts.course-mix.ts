/** contracts.course-mix - one-year 50%, multi-year 30%, installment 20% of the month's contracts (§1.1.1(8)②, 1.1.2(2)①b). */
import { datePart } from '../calendar/local-date.js';
import { t } from '../i18n/index.js';
import { monthContracts } from '../metrics/month.js';
import { closeStatus, finding, defineRule } from './finding.js';
import { mixOf, sharesText } from './mix.js';
import { monthClose } from './month-close.js';
import type { Rule, RuleContext } from './types.js';
import { share } from '../config/rule-params.js';
import { paramsOf } from './params.js';

export const meta = defineRule({
  id: 'contracts.course-mix',
  scope: 'month',
  severity: 'warning',
  section: '1.1.1(8)②, 1.1.2(2)①b',
  params: { one_year: share(0.5), multi_year: share(0.3), installment: share(0.2), tolerance: share(0.1) },
});
const KEYS = ['one_year', 'multi_year', 'installment'] as const;

export const rule: Rule = {
  meta,
  evaluate(ctx: RuleContext) {
    const p = paramsOf(ctx.config, meta.id);
    const close = monthClose(ctx.month, ctx.config);
    const contracts = monthContracts(ctx.dataset, ctx.config, ctx.month, datePart(ctx.asOf.local));
    const { shares, ok } = mixOf(contracts, (c) => c.course, Object.fromEntries(KEYS.map((k) => [k, p[k]])), p.tolerance);
    return [
      finding(meta, {
        advisor: null,
        status: closeStatus(ok, ctx.asOf.local, close),
        actual: contracts.length,
        target: null,
        period: ctx.month,
        deadline: close,
        detail: shares,
        params: { shares: sharesText(shares, KEYS, (k) => t(`contract.course.${k}`)) },
      }),
    ];
  },
};
