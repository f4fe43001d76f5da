/**
 * referrals.reward-due - the referrer's 300 yuan (and two salon classes for both families) is due
 * once the referred student has attended two months (§1.1.1(7)②a, 1.1.2(4)②). Listed per contract
 * whose due date falls in the month: pending until that date, met (due now) from it.
 */
import { addMonths, datePart } from '../calendar/local-date.js';
import { calendarMonth } from '../calendar/month.js';
import { paramsOf } from './params.js';
import { maskPhones } from '../privacy/mask.js';
import { finding, defineRule } from './finding.js';
import type { Rule, RuleContext } from './types.js';
import { count } from '../config/rule-params.js';

export const meta = defineRule({
  id: 'referrals.reward-due',
  scope: 'month',
  severity: 'info',
  section: '1.1.1(7)②a, 1.1.2(4)②',
  params: { months: count(2), amount: count(300), salonClasses: count(2) },
});

export const rule: Rule = {
  meta,
  evaluate(ctx: RuleContext) {
    const { start, end } = calendarMonth(ctx.month);
    const today = datePart(ctx.asOf.local);
    const months = paramsOf(ctx.config, meta.id).months;
    const amount = paramsOf(ctx.config, meta.id).amount;
    const salon = paramsOf(ctx.config, meta.id).salonClasses;
    return ctx.dataset.records.contracts
      .filter((c) => c.type === 'referral' && c.date <= today)
      // Without a start date the signing date stands in for it.
      .map((c) => ({ c, due: addMonths(c.start ?? c.date, months) }))
      .filter(({ due }) => due >= start && due <= end)
      .map(({ c, due }) =>
        finding(meta, {
          advisor: c.advisor,
          status: due <= today ? 'met' : 'pending',
          actual: amount,
          target: null,
          period: ctx.month,
          deadline: `${due}T00:00:00`,
          evidence: [c.origin],
          detail: { due, amount, salonClasses: salon, referrer: maskPhones(c.referrer ?? ''), student: c.student ?? '' },
          params: { referrer: maskPhones(c.referrer ?? '-'), student: c.student ?? '-', due, amount, salon },
        }),
      );
  },
};
