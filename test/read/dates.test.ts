import { describe, expect, it } from 'vitest';
import { FormatKind, builtInFormatKind, formatCodeKind } from '../../src/read/number-format.js';
import { civilFromDays, isoCellDate, serialToIso } from '../../src/read/excel-serial.js';

describe('number formats', () => {
  it('knows the date/time built-ins, including the zh-CN ones', () => {
    for (const id of [14, 15, 16, 17, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58]) {
      expect(builtInFormatKind(id), String(id)).toBe(FormatKind.Date);
    }
    for (const id of [18, 19, 20, 21, 32, 33, 34, 35, 45, 47, 55, 56]) expect(builtInFormatKind(id), String(id)).toBe(FormatKind.Time);
    expect(builtInFormatKind(22)).toBe(FormatKind.DateTime);
    expect(builtInFormatKind(46)).toBe(FormatKind.Duration);
    for (const id of [0, 1, 2, 9, 10, 11, 12, 13, 37, 44, 49, 59]) expect(builtInFormatKind(id), String(id)).toBe(FormatKind.Number);
  });

  it('reads custom codes, ignoring quoted text, escapes and brackets', () => {
    expect(formatCodeKind('yyyy"年"m"月"d"日"')).toBe(FormatKind.Date);
    expect(formatCodeKind('m"月"d"日"')).toBe(FormatKind.Date);
    expect(formatCodeKind('yyyy"年"m"月"')).toBe(FormatKind.Date);
    expect(formatCodeKind('[$-804]yyyy/m/d\\ h:mm')).toBe(FormatKind.DateTime);
    expect(formatCodeKind('yyyy-mm-dd hh:mm:ss')).toBe(FormatKind.DateTime);
    expect(formatCodeKind('h"时"mm"分"')).toBe(FormatKind.Time);
    expect(formatCodeKind('上午/下午h"时"mm"分"')).toBe(FormatKind.Time);
    expect(formatCodeKind('mm:ss.0')).toBe(FormatKind.Time);
    expect(formatCodeKind('[h]:mm:ss')).toBe(FormatKind.Duration);
    expect(formatCodeKind('mmm')).toBe(FormatKind.Date);
    expect(formatCodeKind('General')).toBe(FormatKind.Number);
    expect(formatCodeKind('#,##0.00_);[Red]\\(#,##0.00\\)')).toBe(FormatKind.Number);
    expect(formatCodeKind('0.00"天数"')).toBe(FormatKind.Number);
    expect(formatCodeKind('"yyyy"0')).toBe(FormatKind.Number);
    expect(formatCodeKind('[Red]0.00;[Blue]d')).toBe(FormatKind.Number);
    expect(formatCodeKind('0.00E+00')).toBe(FormatKind.Number);
    expect(formatCodeKind('\\d0')).toBe(FormatKind.Number);
  });
});

describe('serial numbers', () => {
  it('converts 1900-system serials, with Excel\'s fictitious 1900-02-29', () => {
    expect(serialToIso(1, FormatKind.Date, false)).toBe('1900-01-01');
    expect(serialToIso(59, FormatKind.Date, false)).toBe('1900-02-28');
    expect(serialToIso(60, FormatKind.Date, false)).toBe('1900-02-28');
    expect(serialToIso(61, FormatKind.Date, false)).toBe('1900-03-01');
    expect(serialToIso(44197, FormatKind.Date, false)).toBe('2021-01-01');
    expect(serialToIso(46346, FormatKind.Date, false)).toBe('2026-11-20');
  });

  it('converts 1904-system serials', () => {
    expect(serialToIso(0, FormatKind.Date, true)).toBe('1904-01-01');
    expect(serialToIso(42735, FormatKind.Date, true)).toBe('2021-01-01');
    expect(serialToIso(1, FormatKind.Date, true)).toBe('1904-01-02');
  });

  it('rounds sub-second float noise to the nearest second, via Excel\'s milliseconds', () => {
    expect(serialToIso(44927.000004629626, FormatKind.DateTime, false)).toBe('2023-01-01T00:00:00'); // .400 s
    expect(serialToIso(44927.000005775466, FormatKind.DateTime, false)).toBe('2023-01-01T00:00:00'); // .499 s
    expect(serialToIso(44927.000005787035, FormatKind.DateTime, false)).toBe('2023-01-01T00:00:01'); // .4999998 s
    expect(serialToIso(46346.99999999, FormatKind.DateTime, false)).toBe('2026-11-21T00:00:00');
    expect(serialToIso(46346.604166666664, FormatKind.DateTime, false)).toBe('2026-11-20T14:30:00');
  });

  it('gives a time of day for values below one day with a time format', () => {
    expect(serialToIso(0.6041666666666666, FormatKind.Time, false)).toBe('14:30:00');
    expect(serialToIso(0.5, FormatKind.DateTime, false)).toBe('12:00:00');
    expect(serialToIso(0.5, FormatKind.Duration, false)).toBe('12:00:00');
    expect(serialToIso(0.5, FormatKind.Time, true)).toBe('12:00:00');
  });

  it('keeps a time written under a date-only format, and durations of a day or more stay numbers', () => {
    expect(serialToIso(46346.5, FormatKind.Date, false)).toBe('2026-11-20T12:00:00');
    expect(serialToIso(1.5, FormatKind.Duration, false)).toBeNull();
    expect(serialToIso(-1, FormatKind.Date, false)).toBeNull();
    expect(serialToIso(Number.NaN, FormatKind.Date, false)).toBeNull();
  });

  it('counts civil days without Date or time zones', () => {
    expect(civilFromDays(0)).toBe('1970-01-01');
    expect(civilFromDays(-25568)).toBe('1899-12-31');
    expect(civilFromDays(11016)).toBe('2000-02-29');
  });
});

describe('t="d" ISO cells', () => {
  it('reads dates, date-times and times, dropping zones and rounding fractions', () => {
    expect(isoCellDate('2021-01-01')).toEqual({ iso: '2021-01-01' });
    expect(isoCellDate('2021-01-01T10:10:10')).toEqual({ iso: '2021-01-01T10:10:10' });
    expect(isoCellDate('10:10:10')).toEqual({ iso: '10:10:10' });
    expect(isoCellDate('2014-02-14T08:27:48.765Z')).toEqual({ iso: '2014-02-14T08:27:49' });
    expect(isoCellDate('2014-02-14T23:59:59.6Z')).toEqual({ iso: '2014-02-15T00:00:00' });
    expect(isoCellDate('2021-01-01T10:10')).toEqual({ iso: '2021-01-01T10:10:00' });
    expect(isoCellDate('tomorrow')).toBeNull();
  });
});
