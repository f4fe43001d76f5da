/**
 * What invites.first and invites.second share: invitations booked up to Friday's close against
 * the weekly target, scaled to the advisor's call days in the week (target x call days / 3,
 * rounded up), and the weekend make-up owed when either falls short (§1.1.1(2)②b: one +20
 * make-up, whichever of the two is short) - never on a public holiday.
 */
import { holidayWeekendDays, makeupDays, scaledWeekTarget } from '../calendar/advisor-week.js';
import { callsClose, visitsClose } from '../calendar/week.js';
import { getLang, type MessageKey } from '../i18n/index.js';
import { numParam } from '../metrics/advisors.js';
import type { RuleResult } from '../model/results.js';
import { weeklyCallTarget } from './calls.weekly.js';
import { countStatus, evidenceOf, finding } from './finding.js';
import type { RuleContext, RuleMeta, WeekView } from './types.js';

/** An advisor's call days in the week, and whether sick leave with a note excuses every one of them. */
function callDaysOf(ctx: RuleContext, view: WeekView, advisor: string): { callDays: number; allExcused: boolean } {
  const { target, callDays } = weeklyCallTarget(ctx.dataset, ctx.config, view.week, advisor);
  return { callDays, allExcused: callDays > 0 && target === 0 };
}

/**
 * Whether an advisor's invite (and visit) targets are zero: no call day of theirs in the week
 * (a holiday week, or outside their dates), or every one excused (sick leave with a note).
 */
export function invitesExcused(ctx: RuleContext, view: WeekView, advisor: string): boolean {
  const { callDays, allExcused } = callDaysOf(ctx, view, advisor);
  return callDays === 0 || allExcused;
}

/** A week quota of `ruleId` (`perWeek`) scaled to the advisor's call days in the week. */
export function scaledTarget(ctx: RuleContext, view: WeekView, advisor: string, ruleId: string): number {
  return scaledWeekTarget(numParam(ctx.config, ruleId, 'perWeek'), callDaysOf(ctx, view, advisor).callDays);
}

/** Whether either invite quota of the advisor was missed at Friday's close (before any make-up question). */
function invitesShort(ctx: RuleContext, view: WeekView, advisor: string): boolean {
  const deadline = callsClose(view.week, ctx.config);
  if (ctx.asOf.local < deadline || invitesExcused(ctx, view, advisor)) return false;
  const records = view.records.get(advisor)!;
  return (
    records.firstInvites.length < scaledTarget(ctx, view, advisor, 'invites.first') ||
    records.secondInvites.length < scaledTarget(ctx, view, advisor, 'invites.second')
  );
}

/** Whether an advisor owes the weekend make-up of a week (an invite quota missed, a weekend day that is no holiday). */
export function owesMakeup(ctx: RuleContext, view: WeekView, advisor: string): boolean {
  return makeupDays(view.week, ctx.config).length > 0 && invitesShort(ctx, view, advisor);
}

/** Whether an advisor is short of invites but owes no make-up because the weekend is a public holiday. */
export function makeupExcusedByHoliday(ctx: RuleContext, view: WeekView, advisor: string): boolean {
  return makeupDays(view.week, ctx.config).length === 0 && invitesShort(ctx, view, advisor);
}

/** The weekend's holidays as shown in a message (`10-03、10-04`). */
export function holidayDaysText(ctx: RuleContext, view: WeekView): string {
  return holidayWeekendDays(view.week, ctx.config).map((d) => d.slice(5)).join(getLang() === 'zh' ? '、' : ', ') || '-';
}

/** The findings of one invite kind for every advisor of a week. */
export function inviteFindings(meta: RuleMeta, ctx: RuleContext, view: WeekView, kind: 'first' | 'second'): RuleResult[] {
  const { week } = view;
  const deadline = callsClose(week, ctx.config);
  const extraCalls = numParam(ctx.config, 'invites.makeup', 'extraCalls');
  const noMakeupDay = makeupDays(week, ctx.config).length === 0;
  return ctx.advisors.map((advisor) => {
    const records = view.records.get(advisor)!;
    const invites = kind === 'first' ? records.firstInvites : records.secondInvites;
    const target = scaledTarget(ctx, view, advisor, meta.id);
    const status = invitesExcused(ctx, view, advisor) ? 'excused' : countStatus(invites.length, target, ctx.asOf.local, deadline);
    // The words follow the state: no make-up on a holiday weekend; a make-up already done is not asked again.
    const makeupDone = status === 'missed' && !noMakeupDay && records.makeup.length >= extraCalls;
    const messageKey: MessageKey | undefined = status !== 'missed' ? undefined : noMakeupDay ? `staff.invites.${kind}.no-makeup` : makeupDone ? `staff.invites.${kind}.makeup-done` : undefined;
    return finding(meta, {
      advisor,
      status,
      actual: invites.length,
      target,
      period: week.start,
      deadline,
      ...(noMakeupDay || makeupDone ? {} : { action: { type: 'weekend-makeup' as const, calls: extraCalls, due: week.sunday } }),
      evidence: evidenceOf(invites),
      messageKey,
      params: { holidays: holidayDaysText(ctx, view), makeup: records.makeup.length, calls: extraCalls, makeupDeadline: visitsClose(week, ctx.config).slice(0, 16).replace('T', ' ') },
    });
  });
}
