/**
 * Dates as people write them (spec/forms.md): real Excel dates (CellDate), Excel serial numbers,
 * and text `2026-11-20`, `2026/11/20`, `2026.11.20`, `2026年11月20日`, `20261120`, and, without
 * a year, `11月20日` and `11/20`, whose year is the one that puts the date nearest the reference
 * date (the as-of), so `12/30` read on 2027-01-02 is 2026-12-30.
 */
import { daysBetween } from '../../calendar/local-date.js';
import type { LocalDate } from '../../model/records.js';
import { isCellDate, type CellValue } from '../../read/types.js';
import { halfWidth } from './cell-text.js';
import { fail, ok, type Parsed } from './parsed.js';

/** Excel's day 0 in the 1900 system, counting its phantom 1900-02-29 (serial 60). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** 2099-12-31: larger numbers are not dates a club sheet holds (maybe `20261120` typed as a number). */
const MAX_SERIAL = 73_050;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Days in a month of the Gregorian calendar. */
function monthDays(y: number, m: number): number {
  if (m === 2) return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** `YYYY-MM-DD` when y/m/d is a real calendar day, else null (2026-02-30 is not). */
export function makeDate(y: number, m: number, d: number): LocalDate | null {
  if (!(y >= 1900 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= monthDays(y, m))) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** The date of an ISO text's first ten characters when it is a real day. */
function isoDate(iso: string): LocalDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? makeDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** The year for a year-less month/day: the one of ref's year -1, 0, +1 nearest to ref. */
export function inferYear(month: number, day: number, ref: LocalDate): LocalDate | null {
  const year = Number(ref.slice(0, 4));
  let best: LocalDate | null = null;
  for (const y of [year - 1, year, year + 1]) {
    const d = makeDate(y, month, day);
    if (d && (best === null || Math.abs(daysBetween(ref, d)) < Math.abs(daysBetween(ref, best)))) best = d;
  }
  return best;
}

/** An Excel serial number (1900 system) as a date-time `YYYY-MM-DDTHH:mm:ss`, or null out of range. */
export function serialToDateTime(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_SERIAL + 1) return null;
  // Serials below 60 predate Excel's phantom 1900-02-29; 60 itself is that phantom day.
  if (Math.floor(serial) === 60) return null;
  const shifted = serial < 60 ? serial + 1 : serial;
  const ms = EXCEL_EPOCH_MS + Math.round(shifted * 86_400) * 1000;
  return new Date(ms).toISOString().slice(0, 19);
}

/** Reads the date part of a text (no time part allowed); null when it is not a date. */
export function parseDateText(raw: string, ref: LocalDate): Parsed<LocalDate> | null {
  // A weekday note after the date is common: 2026-11-20(周五), 11月20日 星期五.
  const s = halfWidth(raw).replace(/\s*\(?(周|星期|礼拜)[一二三四五六日天]\)?$/, '');
  let m = /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$/.exec(s) ?? /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/.exec(s);
  if (!m) m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) {
    const d = makeDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return d ? ok(d) : fail('bad-date');
  }
  m = /^(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/.exec(s) ?? /^(\d{1,2})\s*\/\s*(\d{1,2})$/.exec(s);
  if (m) {
    const d = inferYear(Number(m[1]), Number(m[2]), ref);
    return d ? ok(d) : fail('bad-date');
  }
  return null;
}

/** Serial numbers already read: a million rows hold a few hundred dates (one string each). */
const SERIAL_DATES = new Map<number, Parsed<LocalDate>>();
/** The same for date cells, by their ISO text. */
const ISO_DATES = new Map<string, Parsed<LocalDate>>();
/** Text dates read so far for the as-of date `textDatesRef` (year-less dates take their year from it). */
const TEXT_DATES = new Map<string, Parsed<LocalDate>>();
let textDatesRef = '';

/** A date cell. A date-time cell or text keeps its date part (exports often add `00:00:00`). */
export function parseDate(cell: CellValue, ref: LocalDate): Parsed<LocalDate> {
  if (isCellDate(cell)) {
    let parsed = ISO_DATES.get(cell.iso);
    if (parsed === undefined) {
      const d = isoDate(cell.iso);
      parsed = Object.freeze(d ? ok(d) : fail<LocalDate>('bad-date'));
      if (ISO_DATES.size >= 100_000) ISO_DATES.clear();
      ISO_DATES.set(cell.iso, parsed);
    }
    return parsed;
  }
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 19_000_101 && cell <= 29_991_231) {
      return parseDateText(String(cell), ref) ?? fail('bad-date');
    }
    let parsed = SERIAL_DATES.get(cell);
    if (parsed === undefined) {
      const dt = serialToDateTime(cell);
      parsed = Object.freeze(dt ? ok(dt.slice(0, 10)) : fail<LocalDate>('bad-date'));
      if (SERIAL_DATES.size >= 100_000) SERIAL_DATES.clear();
      SERIAL_DATES.set(cell, parsed);
    }
    return parsed;
  }
  if (typeof cell !== 'string') return fail('bad-date');
  // A CSV's dates are text: a million cells repeat a few dates, each read once per as-of date.
  if (ref !== textDatesRef) {
    TEXT_DATES.clear();
    textDatesRef = ref;
  }
  let parsed = TEXT_DATES.get(cell);
  if (parsed === undefined) {
    parsed = Object.freeze(parseDateString(cell, ref));
    if (TEXT_DATES.size >= 100_000) TEXT_DATES.clear();
    TEXT_DATES.set(cell, parsed);
  }
  return parsed;
}

/** A date written as text (a date-time's date part too). */
function parseDateString(cell: string, ref: LocalDate): Parsed<LocalDate> {
  const direct = parseDateText(cell, ref);
  if (direct) return direct;
  const split = splitDateTime(cell);
  if (split && split.time !== '') return parseDateText(split.date, ref) ?? fail('bad-date');
  return fail('bad-date');
}

/**
 * Splits `date<space or T>time` (also `11月8日下午3点`, where 日 ends the date); null when
 * the text has no time part.
 */
export function splitDateTime(raw: string): { date: string; time: string } | null {
  const s = halfWidth(raw);
  let m = /^(\d{4}-\d{1,2}-\d{1,2})T(.+)$/.exec(s);
  if (!m) m = /^(\S+?)\s+(.+)$/.exec(s);
  if (!m) m = /^(.+?[日号])(.+)$/.exec(s);
  return m ? { date: m[1]!, time: m[2]!.trim() } : null;
}

