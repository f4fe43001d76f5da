/**
 * invites.makeup - the +20 weekend effective calls owed after a short invite week, by Sunday's
 * close (§1.1.1(2)②b); never owed on a public holiday: when both weekend days are holidays the
 * advisor short of invites gets an `excused` finding that says why.
 */
import { visitsClose } from '../calendar/week.js';
import { paramsOf } from './params.js';
import type { RuleResult } from '../model/results.js';
import { countStatus, evidenceOf, finding, defineRule } from './finding.js';
import { holidayDaysText, makeupExcusedByHoliday, owesMakeup } from './invite-quota.js';
import type { Rule, RuleContext, WeekView } from './types.js';
import { count } from '../config/rule-params.js';

export const meta = defineRule({
  id: 'invites.makeup',
  scope: 'week',
  severity: 'quota',
  section: '1.1.1(2)②b',
  params: { extraCalls: count(20) },
  extraMessages: ['staff.invites.makeup.holiday'],
});

/** The make-up findings of a week: only for the advisors short of invites (team.bonus reads them too). */
export function makeupFindings(ctx: RuleContext, view: WeekView): RuleResult[] {
  const deadline = visitsClose(view.week, ctx.config);
  const target = paramsOf(ctx.config, meta.id).extraCalls;
  return ctx.advisors.flatMap((advisor) => {
    if (makeupExcusedByHoliday(ctx, view, advisor)) {
      return [
        finding(meta, {
          advisor,
          status: 'excused',
          actual: 0,
          target: 0,
          period: view.week.start,
          deadline,
          messageKey: 'staff.invites.makeup.holiday',
          params: { holidays: holidayDaysText(ctx, view), calls: target },
        }),
      ];
    }
    if (!owesMakeup(ctx, view, advisor)) return [];
    const makeup = view.records.get(advisor)!.makeup;
    return [
      finding(meta, {
        advisor,
        status: countStatus(makeup.length, target, ctx.asOf.local, deadline),
        actual: makeup.length,
        target,
        period: view.week.start,
        deadline,
        evidence: evidenceOf(makeup),
      }),
    ];
  });
}

export const rule: Rule = { meta, evaluate: (ctx) => makeupFindings(ctx, ctx.week) };
