/** contracts.type-mix - new 40%, referral 30%, renewal 30% of the month's contracts, center and advisor (§1.1.1(8)①, 1.1.2(2)①a). */
import { datePart } from '../calendar/local-date.js';
import { t } from '../i18n/index.js';
import { numParam } from '../metrics/advisors.js';
import { monthContracts } from '../metrics/month.js';
import type { ContractRecord } from '../model/records.js';
import { closeStatus, finding, ruleMeta } from './finding.js';
import { mixOf, sharesText } from './mix.js';
import { monthClose } from './month-close.js';
import type { Rule, RuleContext } from './types.js';

const meta = ruleMeta('contracts.type-mix', 'month', 'warning');
const KEYS = ['new', 'referral', 'renewal'] as const;

export const rule: Rule = {
  meta,
  evaluate(ctx: RuleContext) {
    const p = (k: string) => numParam(ctx.config, meta.id, k);
    const targets = Object.fromEntries(KEYS.map((k) => [k, p(k)]));
    const close = monthClose(ctx.month, ctx.config);
    const contracts = monthContracts(ctx.dataset, ctx.config, ctx.month, datePart(ctx.asOf.local));
    const judge = (advisor: string | null, items: ContractRecord[]) => {
      const { shares, ok } = mixOf(items, (c) => c.type, targets, p('tolerance'));
      return finding(meta, {
        advisor,
        status: closeStatus(ok, ctx.asOf.local, close),
        actual: items.length,
        target: null,
        period: ctx.month,
        deadline: close,
        detail: shares,
        params: { shares: sharesText(shares, KEYS, (k) => t(`contract.type.${k}`)) },
      });
    };
    const advisors = ctx.advisors.filter((a) => contracts.some((c) => c.advisor === a));
    return [judge(null, contracts), ...advisors.map((a) => judge(a, contracts.filter((c) => c.advisor === a)))];
  },
};
