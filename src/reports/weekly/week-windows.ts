/**
 * Which dated records of the input belong to a center week, for the breakdowns the engine does
 * not hand over (by event form, sessions, the callback sample). manual.md, "The center's week":
 * what is dated after a quota's close counts toward the next week of the same kind.
 */
import { addDays } from '../../calendar/local-date.js';
import type { LocalDate, LocalDateTime } from '../../model/records.js';
import type { WeekInfo } from '../../model/results.js';

/** Inclusive date range. */
export interface DateRange {
  from: LocalDate;
  to: LocalDate;
}

/**
 * Invitations counted for the week: dated after the previous Friday (so the previous weekend,
 * Monday and Tuesday) up to this Friday.
 */
export function inviteDates(week: WeekInfo): DateRange {
  return { from: addDays(week.friday, -6), to: week.friday };
}

/**
 * Calls of the week, make-up calls included: Monday and Tuesday before it (they count toward
 * this week's quota), the call days, and this week's Saturday and Sunday (make-up calls). The
 * previous Saturday and Sunday are the previous week's make-ups.
 */
export function callDates(week: WeekInfo): DateRange {
  return { from: addDays(week.start, -2), to: week.sunday };
}

/** Sessions that are visits of the week: after the previous Sunday's close, up to this Sunday's close. */
export function visitWindow(week: WeekInfo, closeOfBusiness: string): { after: LocalDateTime; upTo: LocalDateTime } {
  const close = `${closeOfBusiness}:00`.slice(0, 8);
  return { after: `${addDays(week.sunday, -7)}T${close}`, upTo: `${week.sunday}T${close}` };
}

/** `date` within the inclusive range. */
export function inRange(date: LocalDate, range: DateRange): boolean {
  return date >= range.from && date <= range.to;
}

/** A date-time of the close of business on `date`. */
export function closeOn(date: LocalDate, closeOfBusiness: string): LocalDateTime {
  return `${date}T${`${closeOfBusiness}:00`.slice(0, 8)}`;
}
