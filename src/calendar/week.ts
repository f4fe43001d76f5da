/**
 * The center week (manual, "The center's week"): Wednesday to Tuesday, call days Wed-Fri less
 * the config's holidays plus its make-up workdays on the weekend; calls and invites close at
 * the last call day's close of business (Friday), make-ups and visits at Sunday's. What falls
 * after a close counts toward the next week of the same kind, except effective weekend calls,
 * which are that week's make-up calls.
 */
import { WEEK_DEFAULTS } from '../config/defaults.js';
import type { Config } from '../config/types.js';
import type { LocalDate, LocalDateTime } from '../model/records.js';
import type { WeekInfo } from '../model/results.js';
import { addDays, datePart, dayOfWeek, monthOf } from './local-date.js';

/** Days from the week's start to its calls close (Friday) and to its visits close (Sunday). */
const CALLS_CLOSE_OFFSET = (WEEK_DEFAULTS.callsCloseDay - WEEK_DEFAULTS.startDay + 7) % 7;
const VISITS_CLOSE_OFFSET = (WEEK_DEFAULTS.visitsCloseDay - WEEK_DEFAULTS.startDay + 7) % 7;

/** Week starts already worked out: a million calls fall on a few hundred distinct dates. */
const startCache = new Map<LocalDate, LocalDate>();

/** The start (Wednesday) of the center week containing `date`. */
export function weekStartOf(date: LocalDate): LocalDate {
  let start = startCache.get(date);
  if (start === undefined) {
    start = addDays(date, -((dayOfWeek(date) - WEEK_DEFAULTS.startDay + 7) % 7));
    // Bounded: dates are few, but a pathological input must not grow the map without end.
    if (startCache.size > 100_000) startCache.clear();
    startCache.set(date, start);
  }
  return start;
}

interface CalendarCache {
  size: number;
  weeks: Map<LocalDate, WeekInfo>;
  slots: Map<LocalDate, CallSlot>;
}

/** Weeks and call slots already worked out, per calendar (the engine asks for the same ones millions of times). */
const cache = new WeakMap<Config['calendar'], CalendarCache>();

function cacheOf(config: Config): CalendarCache {
  const size = config.calendar.holidays.length * 100_003 + config.calendar.workdays.length;
  let entry = cache.get(config.calendar);
  // A calendar edited in place (a different number of days) starts a fresh cache.
  if (!entry || entry.size !== size) {
    entry = { size, weeks: new Map(), slots: new Map() };
    cache.set(config.calendar, entry);
  }
  return entry;
}

/** The center week containing `date`. */
export function weekContaining(date: LocalDate, config: Config): WeekInfo {
  const start = weekStartOf(date);
  const entry = cacheOf(config);
  let week = entry.weeks.get(start);
  if (!week) {
    // Frozen: the one object is shared by every caller asking for this week.
    week = Object.freeze({ ...buildWeek(start, config), callDays: Object.freeze(buildWeek(start, config).callDays) as string[] });
    entry.weeks.set(start, week);
  }
  return week;
}

function buildWeek(start: LocalDate, config: Config): WeekInfo {
  const friday = addDays(start, CALLS_CLOSE_OFFSET);
  const sunday = addDays(start, VISITS_CLOSE_OFFSET);
  const holidays = new Set(config.calendar.holidays);
  const workdays = new Set(config.calendar.workdays);
  const callDays: LocalDate[] = [];
  for (let i = 0; i <= VISITS_CLOSE_OFFSET; i++) {
    const day = addDays(start, i);
    const usual = WEEK_DEFAULTS.callDays.includes(dayOfWeek(day));
    // Only a weekend make-up workday adds a call day: Monday and Tuesday belong to the next quota.
    if (usual ? !holidays.has(day) : i > CALLS_CLOSE_OFFSET && workdays.has(day)) callDays.push(day);
  }
  return { start, end: addDays(start, 6), callDays, friday, sunday, month: monthOf(friday) };
}

/** The weeks whose Friday falls in `month` (`YYYY-MM`), in order. */
export function weeksOfMonth(month: string, config: Config): WeekInfo[] {
  const weeks: WeekInfo[] = [];
  let week = weekContaining(`${month}-01`, config);
  if (week.month < month) week = weekContaining(addDays(week.start, 7), config);
  while (week.month === month) {
    weeks.push(week);
    week = weekContaining(addDays(week.start, 7), config);
  }
  return weeks;
}

/** The first and last date of a month's weeks (a month's figures cover its weeks, manual "The center's week"). */
export function monthRange(month: string, config: Config): { start: LocalDate; end: LocalDate } {
  const weeks = weeksOfMonth(month, config);
  return { start: weeks[0]!.start, end: weeks[weeks.length - 1]!.end };
}

function atClose(date: LocalDate, config: Config): LocalDateTime {
  return `${date}T${config.closeOfBusiness}:00`;
}

/** The last call day of the week (Friday, or a later weekend make-up workday). */
function lastCallDay(week: WeekInfo): LocalDate {
  return week.callDays.reduce((a, b) => (b > a ? b : a), week.friday);
}

/** When the week's call and invite quotas close: the last call day's close of business. */
export function callsClose(week: WeekInfo, config: Config): LocalDateTime {
  return atClose(lastCallDay(week), config);
}

/** When the week's make-ups and visits close: Sunday's close of business. */
export function visitsClose(week: WeekInfo, config: Config): LocalDateTime {
  return atClose(week.sunday, config);
}

/** The close of a call day (calls.daily). */
export function dayClose(date: LocalDate, config: Config): LocalDateTime {
  return atClose(date, config);
}

/** Which week's figure a call counts toward: its quota (`quota`) or its weekend make-up (`makeup`). */
export interface CallSlot {
  week: LocalDate;
  kind: 'quota' | 'makeup';
}

/** The slot of a call dated `date` (manual, "The center's week"); one frozen object per date and calendar. */
export function callSlot(date: LocalDate, config: Config): CallSlot {
  const slots = cacheOf(config).slots;
  let slot = slots.get(date);
  if (slot === undefined) {
    slot = Object.freeze(slotOf(date, config));
    if (slots.size > 100_000) slots.clear();
    slots.set(date, slot);
  }
  return slot;
}

function slotOf(date: LocalDate, config: Config): CallSlot {
  const week = weekContaining(date, config);
  if (week.callDays.includes(date) || date <= week.friday) return { week: week.start, kind: 'quota' };
  if (date <= week.sunday) {
    // A weekend call after the close is a make-up call, unless that day is an official workday.
    return { week: week.start, kind: 'makeup' };
  }
  return { week: addDays(week.start, 7), kind: 'quota' };
}

/** The week whose invite quota an invitation dated `date` counts toward. */
export function inviteWeek(date: LocalDate, config: Config): LocalDate {
  const week = weekContaining(date, config);
  return date <= lastCallDay(week) ? week.start : addDays(week.start, 7);
}

/** The week whose visits a session at `session` counts toward (up to Sunday's close). */
export function visitWeek(session: LocalDateTime, config: Config): LocalDate {
  const week = weekContaining(datePart(session), config);
  return session <= visitsClose(week, config) ? week.start : addDays(week.start, 7);
}
