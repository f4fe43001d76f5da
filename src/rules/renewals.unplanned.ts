/** renewals.unplanned - a renewal counts toward M's sales results only if in the advisor's on-time plan (§1.1.1(6)②b). */
import { datePart } from '../calendar/local-date.js';
import { renewalCounting } from '../metrics/month.js';
import { evidenceOf, finding, moneyText, defineRule } from './finding.js';import { planDueDay } from './params.js';

import { monthClose } from './month-close.js';
import type { Rule, RuleContext } from './types.js';

export const meta = defineRule({
  id: 'renewals.unplanned',
  scope: 'month',
  severity: 'warning',
  section: '1.1.1(6)②b',
  params: {},
});

export const rule: Rule = {
  meta,
  evaluate(ctx: RuleContext) {
    const counting = renewalCounting(ctx.dataset, ctx.config, ctx.month, planDueDay(ctx.config), datePart(ctx.asOf.local));
    return ctx.advisors.flatMap((advisor) => {
      const mine = counting.filter((r) => r.contract.advisor === advisor);
      if (mine.length === 0) return [];
      const out = mine.filter((r) => !r.counted);
      const amount = out.reduce((s, r) => s + (r.contract.amount ?? 0), 0);
      return [
        finding(meta, {
          advisor,
          // Each contract is decided when it is signed: no waiting for the month's close.
          status: out.length === 0 ? 'met' : 'missed',
          actual: mine.length - out.length,
          target: mine.length,
          period: ctx.month,
          deadline: monthClose(ctx.month, ctx.config),
          action: { type: 'renewals-not-counted', contracts: out.length, amount },
          evidence: evidenceOf(out.map((r) => r.contract)),
          params: { notCounted: out.length, amount: moneyText(amount) },
        }),
      ];
    });
  },
};
