/** calls.daily-mix - of each call day's 50: 36 first-invite, 10 second-invite, 4 member-care (§1.1.1(1)②a). */
import { dayClose } from '../calendar/week.js';
import { paramsOf } from './params.js';
import { closeStatus, finding, defineRule } from './finding.js';
import type { Rule, RuleContext } from './types.js';
import { count } from '../config/rule-params.js';

export const meta = defineRule({
  id: 'calls.daily-mix',
  scope: 'week',
  severity: 'info',
  section: '1.1.1(1)②a',
  params: { firstInvite: count(36), secondInvite: count(10), memberCare: count(4) },
});

export const rule: Rule = {
  meta,
  evaluate(ctx: RuleContext) {
    const { week } = ctx.week;
    const mix = paramsOf(ctx.config, meta.id);
    const perDay = paramsOf(ctx.config, 'calls.daily').perDay;
    return ctx.advisors.flatMap((advisor) => {
      const days = (ctx.week.advisors.find((a) => a.advisor === advisor)?.daily ?? []).filter((d) => d.target > 0);
      if (days.length === 0) return [];
      // The mix scales with the day's target (a day excused in part would lower it).
      const held = days.map((d) => {
        const f = d.target / perDay;
        return {
          d,
          ok: d.firstInviteCalls >= mix.firstInvite * f && d.secondInviteCalls >= mix.secondInvite * f && d.memberCareCalls >= mix.memberCare * f,
          closed: ctx.asOf.local >= dayClose(d.date, ctx.config),
        };
      });
      const off = held.filter((h) => h.closed && !h.ok);
      const last = days[days.length - 1]!.date;
      const status = off.length > 0 ? 'missed' : closeStatus(true, ctx.asOf.local, dayClose(last, ctx.config));
      return [
        finding(meta, {
          advisor,
          status,
          actual: held.filter((h) => h.ok).length,
          target: days.length,
          period: week.start,
          deadline: dayClose(last, ctx.config),
          params: {
            days: off.map((h) => `${h.d.date.slice(5)} ${h.d.firstInviteCalls}/${h.d.secondInviteCalls}/${h.d.memberCareCalls}`).join(', ') || '-',
          },
        }),
      ];
    });
  },
};
