/** A target period: a month (`YYYY-MM`, `2026年12月`, `12月`) or a date of a week (`YYYY-MM-DD`). */
import type { LocalDate } from '../../model/records.js';
import { isCellDate, type CellValue } from '../../read/types.js';
import { parseDate } from './date.js';
import { parseMonthText } from './month.js';
import { fail, type Parsed } from './parsed.js';

export function parsePeriod(cell: CellValue, ref: LocalDate): Parsed<string> {
  if (typeof cell === 'string') {
    const month = parseMonthText(cell, ref);
    if (month) return month;
  }
  if (typeof cell === 'string' || typeof cell === 'number' || isCellDate(cell)) return parseDate(cell, ref);
  return fail('bad-date');
}
