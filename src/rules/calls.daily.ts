/** calls.daily - >= 50 effective calls per advisor per call day (§1.1.1(1)②a); a warning only. */
import { dayClose } from '../calendar/week.js';
import type { Status } from '../model/results.js';
import { countStatus, finding, defineRule } from './finding.js';
import type { Rule, RuleContext } from './types.js';
import { count } from '../config/rule-params.js';

export const meta = defineRule({
  id: 'calls.daily',
  scope: 'week',
  severity: 'warning',
  section: '1.1.1(1)②a',
  params: { perDay: count(50) },
});

export const rule: Rule = {
  meta,
  evaluate(ctx: RuleContext) {
    const { week } = ctx.week;
    return ctx.advisors.flatMap((advisor) => {
      const days = ctx.week.advisors.find((a) => a.advisor === advisor)?.daily ?? [];
      if (days.length === 0) return [];
      const judged = days.map((d) => ({ d, status: countStatus(d.effectiveCalls, d.target, ctx.asOf.local, dayClose(d.date, ctx.config)) }));
      const short = judged.filter((j) => j.status === 'missed');
      const order: Status[] = ['missed', 'pending', 'met', 'excused'];
      const status = order.find((s) => judged.some((j) => j.status === s))!;
      // The worst short day (else the weakest day) stands for the week: its count against its target and its close.
      const counted = short.length > 0 ? short : judged.filter((j) => j.status !== 'excused');
      const worst = counted.reduce<(typeof judged)[number] | null>((w, j) => (w === null || j.d.effectiveCalls - j.d.target < w.d.effectiveCalls - w.d.target ? j : w), null);
      const days_ = short.map((j) => `${j.d.date.slice(5)} ${j.d.effectiveCalls}/${j.d.target}`).join(', ') || '-';
      return [
        finding(meta, {
          advisor,
          status,
          actual: worst?.d.effectiveCalls ?? 0,
          target: worst?.d.target ?? 0,
          period: week.start,
          deadline: worst ? dayClose(worst.d.date, ctx.config) : null,
          params: { days: days_ },
          detail: Object.fromEntries(days.map((d) => [d.date, d.effectiveCalls])),
        }),
      ];
    });
  },
};
