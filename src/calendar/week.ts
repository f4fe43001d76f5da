/**
 * The center week (manual, "The center's week"): Wednesday to Tuesday, call days Wed-Fri,
 * holidays and make-up workdays from the config. (Stub: the engine fills this in.)
 */
import type { Config } from '../config/types.js';
import type { LocalDate } from '../model/records.js';
import type { WeekInfo } from '../model/results.js';
import { addDays, dayOfWeek, monthOf } from './local-date.js';

/** The center week containing `date`. */
export function weekContaining(date: LocalDate, config: Config): WeekInfo {
  void config;
  const back = (dayOfWeek(date) - 3 + 7) % 7;
  const start = addDays(date, -back);
  const friday = addDays(start, 2);
  return {
    start,
    end: addDays(start, 6),
    callDays: [start, addDays(start, 1), friday],
    friday,
    sunday: addDays(start, 4),
    month: monthOf(friday),
  };
}
