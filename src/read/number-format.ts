/**
 * Which number formats make a number a date, a time or a date-time: Excel stores dates as
 * serial numbers and only the cell's number format says so.
 */

/** What a number format shows: a plain number, a date, a date with time, or a time only. */
export const enum FormatKind {
  Number = 0,
  Date = 1,
  DateTime = 2,
  Time = 3,
  /** Elapsed time ([h]:mm:ss): a duration, not a moment; below one day it reads as a time. */
  Duration = 4,
}

/**
 * Built-in format ids that are dates/times (ECMA-376 18.8.30 plus the zh-CN/ja-JP built-ins
 * 27-36 and 50-58, e.g. 31 = yyyy"年"m"月"d"日", 32 = h"时"mm"分").
 */
const BUILT_IN: ReadonlyMap<number, FormatKind> = new Map<number, FormatKind>([
  [14, FormatKind.Date],
  [15, FormatKind.Date],
  [16, FormatKind.Date],
  [17, FormatKind.Date],
  [18, FormatKind.Time],
  [19, FormatKind.Time],
  [20, FormatKind.Time],
  [21, FormatKind.Time],
  [22, FormatKind.DateTime],
  [27, FormatKind.Date],
  [28, FormatKind.Date],
  [29, FormatKind.Date],
  [30, FormatKind.Date],
  [31, FormatKind.Date],
  [32, FormatKind.Time],
  [33, FormatKind.Time],
  [34, FormatKind.Time],
  [35, FormatKind.Time],
  [36, FormatKind.Date],
  [45, FormatKind.Time],
  [46, FormatKind.Duration],
  [47, FormatKind.Time],
  [50, FormatKind.Date],
  [51, FormatKind.Date],
  [52, FormatKind.Date],
  [53, FormatKind.Date],
  [54, FormatKind.Date],
  [55, FormatKind.Time],
  [56, FormatKind.Time],
  [57, FormatKind.Date],
  [58, FormatKind.Date],
]);

/** The kind of built-in format `id` (ids without a date meaning are numbers). */
export function builtInFormatKind(id: number): FormatKind {
  return BUILT_IN.get(id) ?? FormatKind.Number;
}

/** Elapsed-time tokens are the only bracketed parts that show time ([h]:mm, [mm]:ss, [ss]). */
const ELAPSED = /^\[(h+|m+|s+)\]$/i;

/**
 * The kind of a format code: a date when it shows y, d or a month (m not next to h/s), a time
 * when it shows h or s, a duration when it shows elapsed time ([h]:mm). Only the first section counts; quoted text, `\x` escapes, `_x`/`*x`
 * paddings and bracketed parts ([Red], [$-804], [DBNum1]) are ignored, except elapsed [h].
 */
export function formatCodeKind(code: string): FormatKind {
  let date = false;
  let time = false;
  let month = false;
  let elapsed = false;
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (c === ';') break;
    if (c === '"') {
      const end = code.indexOf('"', i + 1);
      if (end === -1) break;
      i = end;
      continue;
    }
    if (c === '\\' || c === '_' || c === '*') {
      i++;
      continue;
    }
    if (c === '[') {
      const end = code.indexOf(']', i + 1);
      if (end === -1) break;
      if (ELAPSED.test(code.slice(i, end + 1))) elapsed = true;
      i = end;
      continue;
    }
    switch (c) {
      case 'y':
      case 'Y':
      case 'd':
      case 'D':
        date = true;
        break;
      case 'h':
      case 'H':
      case 's':
      case 'S':
        time = true;
        break;
      case 'm':
      case 'M':
        month = true;
        break;
      case 'e':
      case 'E':
        // `e` is the era year in date formats, but also the exponent of 0.00E+00: only a date
        // format with other date letters is affected, so ignore it.
        break;
      default:
        break;
    }
  }
  if (elapsed && !date) return FormatKind.Duration;
  // A lone `m` (e.g. m"月") is a month; next to h/s it is minutes.
  if (month && !time) date = true;
  if (date && time) return FormatKind.DateTime;
  if (date) return FormatKind.Date;
  if (time) return FormatKind.Time;
  return FormatKind.Number;
}
