/**
 * Date-times: a date (any form of date.ts), then a space or `T`, then a time (any form of
 * time.ts): `2026/11/08 15:00`, `2026-11-08T15:00`, `11月8日 下午3点`; or a date-time cell, or an
 * Excel serial with a fraction. A date alone is read as that day at 00:00:00, since a sheet
 * may give the session's day without its hour.
 */
import type { LocalDate, LocalDateTime } from '../../model/records.js';
import { isCellDate, type CellValue } from '../../read/types.js';
import { parseDateText, serialToDateTime, splitDateTime } from './date.js';
import { fail, ok, type Parsed } from './parsed.js';
import { parseTimeText } from './time.js';

export function parseDateTime(cell: CellValue, ref: LocalDate): Parsed<LocalDateTime> {
  if (isCellDate(cell)) {
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(cell.iso)) return ok(cell.iso);
    if (/^\d{4}-\d{2}-\d{2}$/.test(cell.iso)) return ok(`${cell.iso}T00:00:00`);
    return fail('bad-date');
  }
  if (typeof cell === 'number') {
    const dt = serialToDateTime(cell);
    return dt ? ok(dt) : fail('bad-date');
  }
  if (typeof cell !== 'string') return fail('bad-date');
  const dateOnly = parseDateText(cell, ref);
  if (dateOnly) return dateOnly.ok ? ok(`${dateOnly.value}T00:00:00`) : dateOnly;
  const split = splitDateTime(cell);
  if (!split) return fail('bad-date');
  const date = parseDateText(split.date, ref);
  const time = parseTimeText(split.time);
  if (!date || !date.ok || !time) return fail('bad-date');
  return ok(`${date.value}T${time}`);
}
