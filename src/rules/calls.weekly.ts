/** calls.weekly - >= 50 effective calls per call day of the week by Friday's close (§1.1.1(1)③a,c,d). */
import { advisorCallDays } from '../calendar/advisor-week.js';
import { callsClose } from '../calendar/week.js';
import type { Config } from '../config/types.js';
import type { Dataset } from '../dataset/types.js';
import type { LeaveRecord, LeaveType } from '../model/records.js';
import type { WeekInfo } from '../model/results.js';
import { paramsOf } from './params.js';
import { leaveOn } from '../metrics/week-metrics.js';
import { countStatus, evidenceOf, finding, defineRule } from './finding.js';
import type { Rule, RuleContext } from './types.js';
import { choices, count, flag } from '../config/rule-params.js';

/** The leave types of the leave form: the words `excusedLeave` may list. */
const LEAVE_TYPES: readonly LeaveType[] = ['sick', 'personal', 'annual', 'other'];

export const meta = defineRule({
  id: 'calls.weekly',
  scope: 'week',
  severity: 'quota',
  section: '1.1.1(1)③a,c,d',
  params: { perCallDay: count(50), excusedLeave: choices(LEAVE_TYPES, ['sick']), sickNeedsProof: flag(true) },
});

/**
 * The week's call target of an advisor: 50 per call day the advisor is with the center (their
 * `from` / `until`), less each day excused by leave; `callDays` is that number of days.
 */
export function weeklyCallTarget(dataset: Dataset, config: Config, week: WeekInfo, advisor: string): { target: number; excused: LeaveRecord[]; callDays: number } {
  const perDay = paramsOf(config, meta.id).perCallDay;
  const excused: LeaveRecord[] = [];
  const days = advisorCallDays(week, config, advisor);
  for (const day of days) {
    const leave = leaveOn(dataset.records.leave, advisor, day, paramsOf(config, meta.id));
    if (leave?.excused) excused.push(leave.record);
  }
  return { target: perDay * (days.length - excused.length), excused, callDays: days.length };
}

export const rule: Rule = {
  meta,
  evaluate(ctx: RuleContext) {
    const { week } = ctx.week;
    const deadline = callsClose(week, ctx.config);
    return ctx.advisors.map((advisor) => {
      const records = ctx.week.records.get(advisor)!;
      const { target, excused } = weeklyCallTarget(ctx.dataset, ctx.config, week, advisor);
      const actual = records.effective.length;
      const status = countStatus(actual, target, ctx.asOf.local, deadline);
      return finding(meta, {
        advisor,
        status,
        actual,
        target,
        period: week.start,
        deadline,
        evidence: evidenceOf(excused, status === 'met' ? [] : records.effective),
      });
    });
  },
};
