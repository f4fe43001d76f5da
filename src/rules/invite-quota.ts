/**
 * What invites.first and invites.second share: invitations booked up to Friday's close against
 * the weekly target, and the weekend make-up owed when either falls short (§1.1.1(2)②b: one
 * +20 make-up, whichever of the two is short).
 */
import { callsClose } from '../calendar/week.js';
import { numParam } from '../metrics/advisors.js';
import type { RuleResult } from '../model/results.js';
import { weeklyCallTarget } from './calls.weekly.js';
import { countStatus, evidenceOf, finding } from './finding.js';
import type { RuleContext, RuleMeta, WeekView } from './types.js';

/** Whether an advisor's invite target is zero: every call day of the week excused. */
export function invitesExcused(ctx: RuleContext, view: WeekView, advisor: string): boolean {
  return view.week.callDays.length > 0 && weeklyCallTarget(ctx.dataset, ctx.config, view.week, advisor).target === 0;
}

/** The findings of one invite kind for every advisor of a week. */
export function inviteFindings(meta: RuleMeta, ctx: RuleContext, view: WeekView, kind: 'first' | 'second'): RuleResult[] {
  const { week } = view;
  const deadline = callsClose(week, ctx.config);
  const target = numParam(ctx.config, meta.id, 'perWeek');
  return ctx.advisors.map((advisor) => {
    const records = view.records.get(advisor)!;
    const invites = kind === 'first' ? records.firstInvites : records.secondInvites;
    const status = invitesExcused(ctx, view, advisor) ? 'excused' : countStatus(invites.length, target, ctx.asOf.local, deadline);
    return finding(meta, {
      advisor,
      status,
      actual: invites.length,
      target,
      period: week.start,
      deadline,
      action: { type: 'weekend-makeup', calls: numParam(ctx.config, 'invites.makeup', 'extraCalls'), due: week.sunday },
      evidence: evidenceOf(invites),
    });
  });
}

/** Whether an advisor owes the weekend make-up of a week (an invite quota missed). */
export function owesMakeup(ctx: RuleContext, view: WeekView, advisor: string): boolean {
  const deadline = callsClose(view.week, ctx.config);
  if (ctx.asOf.local < deadline || invitesExcused(ctx, view, advisor)) return false;
  const records = view.records.get(advisor)!;
  return (
    records.firstInvites.length < numParam(ctx.config, 'invites.first', 'perWeek') ||
    records.secondInvites.length < numParam(ctx.config, 'invites.second', 'perWeek')
  );
}
