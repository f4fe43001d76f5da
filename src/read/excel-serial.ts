/**
 * Excel serial numbers to zone-less ISO text (pure integer arithmetic: no Date, no time zone).
 */
import { FormatKind } from './number-format.js';
import type { CellDate } from './types.js';

const SECONDS_PER_DAY = 86_400;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Civil date of a day count from 1970-01-01 (Howard Hinnant's days_from_civil inverse). */
export function civilFromDays(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** Day count from 1970-01-01 of 1899-12-31 (Excel 1900 day 0) and of 1904-01-01 (1904 day 0). */
const DAY0_1900 = -25_568;
const DAY0_1904 = -24_107;

/**
 * The ISO text of serial `serial` shown with a format of `kind`, in the 1900 or 1904 date
 * system. Seconds are rounded (Excel's float noise: 0.499 ms off); serial 60 (Excel's
 * fictitious 1900-02-29) reads as 1900-02-28 (as openpyxl does). A value below one day with a
 * time in its format is a time of day `HH:mm:ss`; a date format whose value carries a time
 * keeps it (`YYYY-MM-DDTHH:mm:ss`) rather than losing it. Null (keep the number) for
 * negatives, non-finite values and durations ([h]:mm) of a day or more.
 */
export function serialToIso(serial: number, kind: FormatKind, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_466) return null;
  if (kind === FormatKind.Duration && serial >= 1) return null;
  // Excel's clock ticks in milliseconds: round to the millisecond first, then to the second
  // (as POI/EasyExcel do), so a POI-written .4999998 s - shown as .500 - becomes the next second.
  const total = Math.round(Math.round(serial * SECONDS_PER_DAY * 1000) / 1000);
  let day = Math.floor(total / SECONDS_PER_DAY);
  const secs = total - day * SECONDS_PER_DAY;
  const time = `${pad2(Math.floor(secs / 3600))}:${pad2(Math.floor(secs / 60) % 60)}:${pad2(secs % 60)}`;
  if (day === 0 && kind !== FormatKind.Date) return time;
  let base: number;
  if (date1904) {
    base = DAY0_1904;
  } else {
    base = DAY0_1900;
    // Lotus's leap-year bug: Excel counts a 1900-02-29, so serials after 59 are one day ahead.
    if (day >= 60) day -= 1;
  }
  const date = civilFromDays(base + day);
  if (kind === FormatKind.Date && secs === 0) return date;
  return `${date}T${time}`;
}

/** A CellDate for serial `serial`, or null when it is not a plausible date. */
export function serialToCellDate(serial: number, kind: FormatKind, date1904: boolean): CellDate | null {
  const iso = serialToIso(serial, kind, date1904);
  return iso === null ? null : { iso };
}

/**
 * A `t="d"` cell's ISO 8601 text as a CellDate: `2021-01-01`, `2021-01-01T10:10:10` (fraction
 * rounded to the second, zone suffix dropped) or `10:10:10`. Null when it is not ISO text.
 */
export function isoCellDate(text: string): CellDate | null {
  const m = /^\s*(?:(\d{4})-(\d{2})-(\d{2}))?(?:[T ]?(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?\s*$/.exec(
    text,
  );
  if (!m || (m[1] === undefined && m[4] === undefined)) return null;
  const date = m[1] !== undefined ? `${m[1]}-${m[2]}-${m[3]}` : null;
  if (m[4] === undefined) return { iso: date! };
  let secs = Number(m[4]) * 3600 + Number(m[5]) * 60 + Number(m[6] ?? 0);
  if (m[7] !== undefined && Number(`0.${m[7]}`) >= 0.5) secs += 1;
  let dayCarry = 0;
  if (secs >= SECONDS_PER_DAY) {
    secs -= SECONDS_PER_DAY;
    dayCarry = 1;
  }
  const time = `${pad2(Math.floor(secs / 3600))}:${pad2(Math.floor(secs / 60) % 60)}:${pad2(secs % 60)}`;
  if (date === null) return { iso: time };
  let d = date;
  if (dayCarry) {
    const days = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000 + 1;
    d = civilFromDays(days);
  }
  return { iso: `${d}T${time}` };
}
