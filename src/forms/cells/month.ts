/**
 * Months (`YYYY-MM`): `2026-12`, `2026/12`, `2026.12`, `2026年12月`, `202612`, a date or date
 * cell (its month), and, without a year, `12月` or a bare 1..12, whose year is the one that puts
 * the month nearest the reference date.
 */
import type { LocalDate, YearMonth } from '../../model/records.js';
import { isCellDate, type CellValue } from '../../read/types.js';
import { halfWidth } from './cell-text.js';
import { parseDate, parseDateText } from './date.js';
import { fail, ok, type Parsed } from './parsed.js';

function ym(y: number, m: number): YearMonth | null {
  return y >= 1900 && y <= 9999 && m >= 1 && m <= 12 ? `${y}-${String(m).padStart(2, '0')}` : null;
}

/** The year for a year-less month: the one of ref's year -1, 0, +1 whose month is nearest ref's. */
export function inferMonthYear(month: number, ref: LocalDate): YearMonth | null {
  if (month < 1 || month > 12) return null;
  const year = Number(ref.slice(0, 4));
  const refIndex = year * 12 + Number(ref.slice(5, 7)) - 1;
  let best = year;
  for (const y of [year - 1, year + 1]) {
    if (Math.abs(y * 12 + month - 1 - refIndex) < Math.abs(best * 12 + month - 1 - refIndex)) best = y;
  }
  return ym(best, month);
}

/** A month from text alone; null when the text is no month form (a full date is not one). */
export function parseMonthText(raw: string, ref: LocalDate): Parsed<YearMonth> | null {
  const s = halfWidth(raw);
  const m = /^(\d{4})\s*[-/.]\s*(\d{1,2})$/.exec(s) ?? /^(\d{4})\s*年\s*(\d{1,2})\s*月(份)?$/.exec(s) ?? /^(\d{4})(\d{2})$/.exec(s);
  if (m) {
    const v = ym(Number(m[1]), Number(m[2]));
    return v ? ok(v) : fail('bad-date');
  }
  const short = /^(\d{1,2})\s*月(份)?$/.exec(s);
  if (short) {
    const v = inferMonthYear(Number(short[1]), ref);
    return v ? ok(v) : fail('bad-date');
  }
  return null;
}

export function parseMonth(cell: CellValue, ref: LocalDate): Parsed<YearMonth> {
  if (isCellDate(cell)) {
    const d = parseDate(cell, ref);
    return d.ok ? ok(d.value.slice(0, 7)) : d;
  }
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 1 && cell <= 12) return ok(inferMonthYear(cell, ref)!);
    if (Number.isInteger(cell) && cell >= 190_001 && cell <= 999_912) return parseMonthText(String(cell), ref) ?? fail('bad-date');
    const d = parseDate(cell, ref);
    return d.ok ? ok(d.value.slice(0, 7)) : d;
  }
  if (typeof cell !== 'string') return fail('bad-date');
  const month = parseMonthText(cell, ref);
  if (month) return month;
  const date = parseDateText(cell, ref);
  return date ? (date.ok ? ok(date.value.slice(0, 7)) : date) : fail('bad-date');
}
