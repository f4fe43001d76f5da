/** contracts.course-mix - one-year 50%, multi-year 30%, installment 20% of the month's contracts (§1.1.1(8)②, 1.1.2(2)①b). */
import { datePart } from '../calendar/local-date.js';
import { t } from '../i18n/index.js';
import { numParam } from '../metrics/advisors.js';
import { monthContracts } from '../metrics/month.js';
import { closeStatus, finding, ruleMeta } from './finding.js';
import { mixOf, sharesText } from './mix.js';
import { monthClose } from './month-close.js';
import type { Rule, RuleContext } from './types.js';

const meta = ruleMeta('contracts.course-mix', 'month', 'warning');
const KEYS = ['one_year', 'multi_year', 'installment'] as const;

export const rule: Rule = {
  meta,
  evaluate(ctx: RuleContext) {
    const p = (k: string) => numParam(ctx.config, meta.id, k);
    const close = monthClose(ctx.month, ctx.config);
    const contracts = monthContracts(ctx.dataset, ctx.config, ctx.month, datePart(ctx.asOf.local));
    const { shares, ok } = mixOf(contracts, (c) => c.course, Object.fromEntries(KEYS.map((k) => [k, p(k)])), p('tolerance'));
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
