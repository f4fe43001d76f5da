/**
 * Arithmetic on zone-less local dates (`YYYY-MM-DD`) and date-times (`YYYY-MM-DDTHH:mm:ss`).
 * Everything is done in UTC internally so the machine's time zone never matters.
 */
import type { LocalDate, LocalDateTime } from '../model/records.js';
import { FIXED_OFFSETS } from '../config/time-zones.js';

const DAY_MS = 86_400_000;

/**
 * Dates repeat (a season of records holds a few hundred distinct days, read tens of thousands
 * of times by the date parser and the rules): each is converted once. Bounded, so a million
 * distinct keys cannot grow it without end.
 */
const CACHE_LIMIT = 50_000;
const utcMsOf = new Map<string, number>();
const dateOfMs = new Map<number, LocalDate>();

function toUtcMs(date: LocalDate): number {
  let ms = utcMsOf.get(date);
  if (ms === undefined) {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    ms = Date.UTC(y, m - 1, d);
    if (utcMsOf.size < CACHE_LIMIT) utcMsOf.set(date, ms);
  }
  return ms;
}

function fromUtcMs(ms: number): LocalDate {
  let date = dateOfMs.get(ms);
  if (date === undefined) {
    date = new Date(ms).toISOString().slice(0, 10);
    if (dateOfMs.size < CACHE_LIMIT) dateOfMs.set(ms, date);
  }
  return date;
}

export function isLocalDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  return fromUtcMs(toUtcMs(s)) === s;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Days from a to b (b - a). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS);
}

/** 0 Sunday .. 6 Saturday. */
export function dayOfWeek(date: LocalDate): number {
  return new Date(toUtcMs(date)).getUTCDay();
}

export function addMonths(date: LocalDate, months: number): LocalDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

/** `YYYY-MM` of a date. */
export function monthOf(date: LocalDate): string {
  return date.slice(0, 7);
}

/** The date part of a local date-time. */
export function datePart(dt: LocalDateTime): LocalDate {
  return dt.slice(0, 10);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock date-time of an instant in a time zone, e.g. `2026-11-20T19:00:00`. */
export function wallClock(instant: Date, timeZone: string): LocalDateTime {
  const fixed = Object.hasOwn(FIXED_OFFSETS, timeZone) ? FIXED_OFFSETS[timeZone]! : null;
  const ms = instant.getTime();
  if (fixed && ms >= fixed.sinceMs && Number.isFinite(ms)) {
    const iso = new Date(Math.floor(ms / 1000) * 1000 + fixed.minutes * 60_000).toISOString();
    if (iso.length === 24) return iso.slice(0, 19); // years 0000-9999
  }
  const parts = formatterFor(timeZone).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}`;
}

/** The UTC offset of a time zone at a wall-clock time, as `+08:00`. */
export function offsetAt(local: LocalDateTime, timeZone: string): string {
  // Treat the wall clock as UTC, see what wall clock that instant has in the zone, and take the difference.
  const asUtc = Date.parse(`${local}Z`);
  const wall = Date.parse(`${wallClock(new Date(asUtc), timeZone)}Z`);
  let minutes = Math.round((wall - asUtc) / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  minutes = Math.abs(minutes);
  return `${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A resolved `--as-of`: the center's wall clock, and the same instant as ISO with offset. */
export interface AsOf {
  local: LocalDateTime;
  iso: string;
}

/**
 * Reads `--as-of`: a local date (`2026-11-20`, taken as the end of that day), a local
 * date-time (`2026-11-20T19:00`, `2026-11-20 19:00`), or an ISO instant with offset/Z.
 * Without one, now. Returns null when the text is not a date.
 */
export function resolveAsOf(input: string | undefined, timeZone: string, now: Date = new Date()): AsOf | null {
  let local: LocalDateTime;
  if (input === undefined || input === '') {
    local = wallClock(now, timeZone);
  } else {
    const s = input.trim();
    let m = /^(\d{4}-\d{2}-\d{2})$/.exec(s);
    if (m) {
      if (!isLocalDate(m[1]!)) return null;
      local = `${m[1]}T23:59:59`;
    } else if ((m = /^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(s))) {
      const [, d, hh, mm, ss] = m;
      if (!isLocalDate(d!) || Number(hh) > 23 || Number(mm) > 59 || Number(ss ?? 0) > 59) return null;
      local = `${d}T${hh!.padStart(2, '0')}:${mm}:${ss ?? '00'}`;
    } else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(s)) {
      const ms = Date.parse(s);
      if (Number.isNaN(ms)) return null;
      local = wallClock(new Date(ms), timeZone);
    } else {
      return null;
    }
  }
  return { local, iso: `${local}${offsetAt(local, timeZone)}` };
}
