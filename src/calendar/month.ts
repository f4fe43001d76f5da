/**
 * Calendar months (issue 12, "calendar months for money"): everything dated by its own date -
 * contracts and their mixes, the month's sign rate, renewals, awards, referral rewards, targets,
 * talks, the director's summary - belongs to the calendar month of that date. Only the
 * week-based quotas (`team.bonus`: a missed week cancels the month's bonus) keep the rule "a
 * week belongs to its Friday's month" (calendar/week.ts weeksOfMonth, monthRange).
 */
import type { LocalDate } from '../model/records.js';
import { addDays, addMonths } from './local-date.js';

/** The first and last day of calendar month `month` (`YYYY-MM`). */
export function calendarMonth(month: string): { start: LocalDate; end: LocalDate } {
  const start = `${month}-01`;
  return { start, end: addDays(addMonths(start, 1), -1) };
}

/** Whether `date` falls in calendar month `month`. */
export function inCalendarMonth(date: LocalDate, month: string): boolean {
  return date.startsWith(`${month}-`);
}
