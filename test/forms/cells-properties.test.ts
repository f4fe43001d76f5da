import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../src/calendar/local-date.js';
import { parseDate } from '../../src/forms/cells/date.js';
import { parseMoney } from '../../src/forms/cells/number.js';
import { parsePhone } from '../../src/forms/cells/phone.js';

const day = fc.integer({ min: 0, max: 365 * 80 }).map((n) => addDays('1990-01-01', n));
const toFullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

describe('cell parsers, properties', () => {
  it('reads every written form of a date back to that date', () => {
    fc.assert(
      fc.property(day, (d) => {
        const [y, m, dd] = d.split('-').map(Number) as [number, number, number];
        for (const text of [d, `${y}/${m}/${dd}`, `${y}.${m}.${dd}`, `${y}年${m}月${dd}日`, toFullWidth(`${y}年${m}月${dd}日`)]) {
          const p = parseDate(text, '2026-11-20');
          expect(p.ok && p.value, text).toBe(d);
        }
      }),
    );
  });

  it('gives a year-less date the year that puts it within half a year of the as-of', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -180, max: 180 }), (ref, offset) => {
        const d = addDays(ref, offset);
        const [, m, dd] = d.split('-').map(Number) as [number, number, number];
        const p = parseDate(`${m}/${dd}`, ref);
        expect(p.ok).toBe(true);
        if (p.ok) {
          expect(p.value.slice(5)).toBe(d.slice(5));
          expect(Math.abs(daysBetween(ref, p.value))).toBeLessThanOrEqual(Math.abs(offset));
        }
      }),
    );
  });

  it('reads any mainland mobile however it is spaced or prefixed', () => {
    const mobile = fc.tuple(fc.constantFrom('13', '15', '17', '18', '19'), fc.stringMatching(/^\d{9}$/)).map(([a, b]) => a + b);
    fc.assert(
      fc.property(mobile, fc.constantFrom('', '+86 ', '+86-', '0086'), fc.boolean(), (n, prefix, dashed) => {
        const body = dashed ? `${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7)}` : n;
        const p = parsePhone(prefix + body);
        expect(p.ok && p.value).toBe(n);
      }),
    );
  });

  it('reads money written with currency marks and separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 99 }), (yuan, fen) => {
        const grouped = yuan.toLocaleString('en-US');
        // The decimal the text spells, as JavaScript reads it (4 + 94/100 is not the double 4.94).
        const amount = Number(`${yuan}.${String(fen).padStart(2, '0')}`);
        for (const text of [`¥${grouped}.${String(fen).padStart(2, '0')}`, `${yuan}.${String(fen).padStart(2, '0')}元`, `￥${grouped}.${String(fen).padStart(2, '0')}`]) {
          const p = parseMoney(text);
          expect(p.ok && p.value, text).toBe(amount);
        }
      }),
    );
  });
});
