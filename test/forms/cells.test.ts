import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBool, parseChoice } from '../../src/forms/cells/choice.js';
import { inferYear, parseDate, serialToDateTime } from '../../src/forms/cells/date.js';
import { parseDateTime } from '../../src/forms/cells/date-time.js';
import { parseMonth } from '../../src/forms/cells/month.js';
import { parseMoney, parseNumber } from '../../src/forms/cells/number.js';
import { parsePeriod } from '../../src/forms/cells/period.js';
import { parsePhone, plainMobileBytes, plainMobileNumber } from '../../src/forms/cells/phone.js';
import { parseName, parseText } from '../../src/forms/cells/text.js';
import { parseTime } from '../../src/forms/cells/time.js';
import { parseCell } from '../../src/forms/cells/parse-cell.js';
import { YES_NO } from '../../src/forms/define-form.js';
import { FORM_DEFS } from '../../src/forms/index.js';
import type { CellValue } from '../../src/read/types.js';

const REF = '2026-11-20';
const value = <T>(p: { ok: true; value: T } | { ok: false; code: string }) => (p.ok ? p.value : `!${p.code}`);

describe('dates', () => {
  it.each<[CellValue, string]>([
    [{ iso: '2026-11-20' }, '2026-11-20'],
    [{ iso: '2026-11-20T15:00:00' }, '2026-11-20'],
    [46346, '2026-11-20'],
    [46346.75, '2026-11-20'],
    ['2026-11-20', '2026-11-20'],
    ['2026/11/20', '2026-11-20'],
    ['2026.11.20', '2026-11-20'],
    ['2026-1-5', '2026-01-05'],
    ['2026年11月20日', '2026-11-20'],
    ['2026 年 11 月 20 日', '2026-11-20'],
    ['２０２６年１１月２０日', '2026-11-20'],
    ['11月20日', '2026-11-20'],
    ['11月20号', '2026-11-20'],
    ['11/20', '2026-11-20'],
    ['20261120', '2026-11-20'],
    [20261120, '2026-11-20'],
    ['2026-11-20 00:00:00', '2026-11-20'],
    ['2026-11-20（周五）', '2026-11-20'],
    ['2026-02-30', '!bad-date'],
    ['2/30', '!bad-date'],
    ['2026-13-01', '!bad-date'],
    ['明天', '!bad-date'],
    ['13812345678', '!bad-date'],
    [true, '!bad-date'],
    [60, '!bad-date'],
    [{ iso: '14:30:00' }, '!bad-date'],
  ])('%j -> %s', (cell, expected) => {
    expect(value(parseDate(cell, REF))).toBe(expected);
  });

  it('gives a year-less date the year that puts it nearest the as-of', () => {
    expect(value(parseDate('12/30', '2027-01-02'))).toBe('2026-12-30');
    expect(value(parseDate('1/3', '2026-12-30'))).toBe('2027-01-03');
    expect(value(parseDate('6月1日', '2026-11-20'))).toBe('2026-06-01');
    // 2/29 exists only in 2028 of 2027, 2028, 2029.
    expect(inferYear(2, 29, '2028-06-01')).toBe('2028-02-29');
    expect(inferYear(2, 29, '2026-06-01')).toBeNull();
  });

  it('reads Excel serials in the 1900 system', () => {
    expect(serialToDateTime(1)).toBe('1900-01-01T00:00:00');
    expect(serialToDateTime(61)).toBe('1900-03-01T00:00:00');
    expect(serialToDateTime(46346.5)).toBe('2026-11-20T12:00:00');
    expect(serialToDateTime(0)).toBeNull();
  });
});

describe('times and date-times', () => {
  it.each<[CellValue, string]>([
    ['14:30', '14:30:00'],
    ['14:30:15', '14:30:15'],
    ['９:０５', '09:05:00'],
    ['下午2:30', '14:30:00'],
    ['下午 2:30', '14:30:00'],
    ['上午9点', '09:00:00'],
    ['9点半', '09:30:00'],
    ['晚上7点', '19:00:00'],
    ['中午12点', '12:00:00'],
    ['中午1点', '13:00:00'],
    ['14点30分', '14:30:00'],
    ['2:30 PM', '14:30:00'],
    [0.5, '12:00:00'],
    [{ iso: '10:10:10' }, '10:10:10'],
    ['25:00', '!bad-date'],
    ['soon', '!bad-date'],
  ])('time %j -> %s', (cell, expected) => {
    expect(value(parseTime(cell))).toBe(expected);
  });

  it.each<[CellValue, string]>([
    ['2026/11/08 15:00', '2026-11-08T15:00:00'],
    ['2026-11-08T15:00', '2026-11-08T15:00:00'],
    ['2026-11-08 下午3:00', '2026-11-08T15:00:00'],
    ['11月22日下午2点', '2026-11-22T14:00:00'],
    ['11/22 10:30', '2026-11-22T10:30:00'],
    ['2026-11-22', '2026-11-22T00:00:00'],
    [{ iso: '2026-11-22T10:00:00' }, '2026-11-22T10:00:00'],
    [{ iso: '2026-11-22' }, '2026-11-22T00:00:00'],
    [46348.4375, '2026-11-22T10:30:00'],
    ['2026-11-31 10:00', '!bad-date'],
    ['2026-11-22 25:00', '!bad-date'],
    ['next week', '!bad-date'],
  ])('date-time %j -> %s', (cell, expected) => {
    expect(value(parseDateTime(cell, REF))).toBe(expected);
  });
});

describe('months and periods', () => {
  it.each<[CellValue, string, string]>([
    ['2026-12', REF, '2026-12'],
    ['2026/12', REF, '2026-12'],
    ['2026年12月', REF, '2026-12'],
    ['12月', REF, '2026-12'],
    ['1月', '2026-12-15', '2027-01'],
    ['12月份', '2027-01-10', '2026-12'],
    [12, REF, '2026-12'],
    [{ iso: '2026-12-01' }, REF, '2026-12'],
    ['2026-12-01', REF, '2026-12'],
    ['2026-13', REF, '!bad-date'],
    ['十二月', REF, '!bad-date'],
  ])('month %j (as of %s) -> %s', (cell, ref, expected) => {
    expect(value(parseMonth(cell, ref))).toBe(expected);
  });

  it('reads a period as a month or a date', () => {
    expect(value(parsePeriod('2026-12', REF))).toBe('2026-12');
    expect(value(parsePeriod('2026年12月', REF))).toBe('2026-12');
    expect(value(parsePeriod('2026-11-18', REF))).toBe('2026-11-18');
    expect(value(parsePeriod({ iso: '2026-11-18' }, REF))).toBe('2026-11-18');
    expect(value(parsePeriod('someday', REF))).toBe('!bad-date');
  });
});

describe('numbers and money', () => {
  it.each<[CellValue, number | string]>([
    [1280, 1280],
    ['1280', 1280],
    ['1,280.00', 1280],
    ['¥1,280.00', 1280],
    ['￥12,800', 12800],
    ['1280元', 1280],
    ['１２８０', 1280],
    ['RMB 1280', 1280],
    ['1.28万', 12800],
    ['-500', -500],
    [2087.0249999999996, 2087.03],
    ['1,28', '!bad-number'],
    ['一千', '!bad-number'],
    ['12a', '!bad-number'],
    [true, '!bad-number'],
    [{ iso: '2026-11-20' }, '!bad-number'],
  ])('money %j -> %s', (cell, expected) => {
    expect(value(parseMoney(cell))).toBe(expected);
  });

  it('keeps decimals of plain numbers and removes float noise', () => {
    expect(value(parseNumber('7.500'))).toBe(7.5);
    expect(value(parseNumber(0.1 + 0.2))).toBe(0.3);
  });
});

describe('phones', () => {
  it.each<[CellValue, string]>([
    ['13812345678', '13812345678'],
    [13812345678, '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['+86-138-1234-5678', '13812345678'],
    ['0086 13812345678', '13812345678'],
    ['８６１３８１２３４５６７８', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['010-12345678', '010-12345678'],
    ['0755 1234567', '0755 1234567'],
    ['(021)12345678', '(021)12345678'],
    ['400-123-4567', '400-123-4567'],
    ['12345', '!bad-phone'],
    ['1381234567', '!bad-phone'],
    ['138123456789', '!bad-phone'],
    ['无', '!bad-phone'],
    [{ iso: '2026-11-20' }, '!bad-phone'],
  ])('%j -> %s', (cell, expected) => {
    expect(value(parsePhone(cell))).toBe(expected);
  });
});

describe('plainMobileNumber', () => {
  // readRow hands such a text to the call store as this number instead of parsing it: it must
  // be a number exactly when parsePhone reads the text as itself, a mobile.
  it.each(['13812345678', '19999999999', '13000000000', '12345678901', '1381234567', '138123456789', ' 13812345678', '1381234567x', '１３８１２３４５６７８', '+8613812345678', '23812345678'])('%s', (text) => {
    const parsed = parsePhone(text);
    const mobile = parsed.ok && parsed.value === text && /^1[3-9]\d{9}$/.test(text);
    expect(plainMobileNumber(text)).toBe(mobile ? Number(text) : Number.NaN);
  });

  it('reads UTF-8 bytes as it reads their text (plainMobileBytes, the same rule for the reader)', () => {
    const texts = ['13812345678', '19999999999', '13000000000', '12345678901', '1381234567', '138123456789', ' 13812345678', '1381234567x', '１３８１２３４５６７８', '1９812345678', '23812345678', '', '10000000000', '13/12345678'];
    for (const text of texts) {
      // Somewhere inside a bigger buffer, as the reader has it.
      const bytes = Buffer.from(`<t>${text}</t>`, 'utf8');
      const from = 3;
      const to = bytes.length - 4;
      expect([text, plainMobileBytes(bytes, from, to)]).toEqual([text, plainMobileNumber(text)]);
    }
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('1', '3', '9', '0', '2', 'x', ' ', '８'), minLength: 9, maxLength: 13 }), (text) => {
        const bytes = Buffer.from(text, 'utf8');
        expect(Object.is(plainMobileBytes(bytes, 0, bytes.length), plainMobileNumber(text))).toBe(true);
      }),
      { numRuns: 2000, seed: 20261202 },
    );
  });
});

describe('enumerations and yes/no', () => {
  const outcome = FORM_DEFS.calls.fields.find((f) => f.key === 'outcome')!.values!;
  const course = FORM_DEFS.contracts.fields.find((f) => f.key === 'course')!.values!;
  it.each<[string, string]>([
    ['已邀约', 'invited'],
    ['Invited', 'invited'],
    [' INVITED ', 'invited'],
    ['no answer', 'no_answer'],
    ['No_Answer', 'no_answer'],
    ['未接通', 'no_answer'],
    ['空号', 'invalid_number'],
    ['maybe', '!bad-enum'],
  ])('outcome %j -> %s', (cell, expected) => {
    expect(value(parseChoice(cell, outcome))).toBe(expected);
  });
  it('accepts the listed synonyms', () => {
    expect(value(parseChoice('ele-babies+2年', course))).toBe('multi_year');
    expect(value(parseChoice('ELE-BABIES', course))).toBe('one_year');
    expect(value(parseChoice('6m', course))).toBe('installment');
    expect(value(parseChoice('6M', course))).toBe('installment');
  });
  it.each<[CellValue, boolean | string]>([
    ['是', true],
    ['否', false],
    ['yes', true],
    ['No', false],
    ['Y', true],
    ['n', false],
    ['TRUE', true],
    ['false', false],
    ['√', true],
    ['×', false],
    [1, true],
    [0, false],
    ['1', true],
    [true, true],
    [false, false],
    ['也许', '!bad-enum'],
  ])('bool %j -> %s', (cell, expected) => {
    expect(value(parseBool(cell, YES_NO))).toBe(expected);
  });
});

describe('names and text', () => {
  it('trims names, folds full-width spaces and joins Chinese characters', () => {
    expect(parseName('  张伟 ')).toBe('张伟');
    expect(parseName('张\u3000伟')).toBe('张伟');
    expect(parseName('Anna  Li')).toBe('Anna Li');
    expect(parseName('   ')).toBeNull();
  });
  it('keeps text as written, numbers without float noise', () => {
    expect(parseText(' 备注 ')).toBe('备注');
    expect(parseText(123)).toBe('123');
    expect(parseText('')).toBeNull();
  });
});

describe('parseCell', () => {
  it('reads a blank cell as null for every type, without an issue', () => {
    for (const form of Object.values(FORM_DEFS)) {
      for (const field of form.fields) {
        expect(parseCell(field, null, REF)).toEqual({ ok: true, value: null });
        expect(parseCell(field, ' \u3000', REF)).toEqual({ ok: true, value: null });
      }
    }
  });
});
