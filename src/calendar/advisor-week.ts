/**
 * An advisor's share of a center week (manual, "The center's week"): the call days inside the
 * advisor's `from` / `until` dates, the week quotas scaled to them (target x call days / 3,
 * rounded up, as the call quota scales by 50 a day), and the weekend days on which a make-up
 * can be owed (never a public holiday).
 */
import { WEEK_DEFAULTS } from '../config/defaults.js';
import type { AdvisorConfig, Config } from '../config/types.js';
import type { LocalDate } from '../model/records.js';
import type { WeekInfo } from '../model/results.js';
import { addDays } from './local-date.js';

/** Call days of a usual week (Wed, Thu, Fri): the denominator of every scaled week quota. */
export const USUAL_CALL_DAYS = WEEK_DEFAULTS.callDays.length;

/** The config entry of an advisor (by canonical name), or undefined (no list, or a name that matches nobody). */
export function advisorEntry(config: Config, advisor: string): AdvisorConfig | undefined {
  return config.advisors.find((a) => a.name === advisor);
}

/** Whether `date` lies within the advisor's dates (an advisor without dates is always in service). */
export function inService(config: Config, advisor: string, date: LocalDate): boolean {
  const a = advisorEntry(config, advisor);
  return !a || ((a.from === undefined || date >= a.from) && (a.until === undefined || date <= a.until));
}

/** Whether the advisor's dates overlap `start`..`end` (both included). */
export function servesDuring(config: Config, advisor: string, start: LocalDate, end: LocalDate): boolean {
  const a = advisorEntry(config, advisor);
  return !a || ((a.from === undefined || a.from <= end) && (a.until === undefined || a.until >= start));
}

/** Whether the advisor has left before `date` (their `until` is earlier). */
export function leftBefore(config: Config, advisor: string, date: LocalDate): boolean {
  const until = advisorEntry(config, advisor)?.until;
  return until !== undefined && until < date;
}

/** The week's call days on which the advisor is with the center. */
export function advisorCallDays(week: WeekInfo, config: Config, advisor: string): LocalDate[] {
  const a = advisorEntry(config, advisor);
  if (!a || (a.from === undefined && a.until === undefined)) return week.callDays;
  return week.callDays.filter((d) => inService(config, advisor, d));
}

/** A week quota for `callDays` call days: target x callDays / 3, rounded up (0 call days: 0, i.e. excused). */
export function scaledWeekTarget(perWeek: number, callDays: number): number {
  if (callDays === USUAL_CALL_DAYS) return perWeek;
  // The epsilon keeps 15 x 2 / 3 = 10 from becoming 11.
  return Math.max(0, Math.ceil((perWeek * callDays) / USUAL_CALL_DAYS - 1e-9));
}

/** Saturday and Sunday of the week. */
export function weekendDays(week: WeekInfo): LocalDate[] {
  return [addDays(week.sunday, -1), week.sunday];
}

/** The weekend days on which make-up calls count: neither a public holiday nor an official workday (a call day). */
export function makeupDays(week: WeekInfo, config: Config): LocalDate[] {
  const holidays = new Set(config.calendar.holidays);
  return weekendDays(week).filter((d) => !holidays.has(d) && !week.callDays.includes(d));
}

/** The weekend days that are public holidays (why no make-up is owed when there is no make-up day). */
export function holidayWeekendDays(week: WeekInfo, config: Config): LocalDate[] {
  const holidays = new Set(config.calendar.holidays);
  return weekendDays(week).filter((d) => holidays.has(d));
}
