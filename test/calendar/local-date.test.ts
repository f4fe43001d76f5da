import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dayOfWeek, daysBetween, isLocalDate, offsetAt, resolveAsOf, wallClock } from '../../src/calendar/local-date.js';

describe('local dates', () => {
  it('does calendar arithmetic without the machine time zone', () => {
    expect(addDays('2026-11-28', 4)).toBe('2026-12-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-10-28', '2026-12-01')).toBe(34);
    expect(dayOfWeek('2026-11-18')).toBe(3); // a Wednesday
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-09-15', 2)).toBe('2026-11-15');
  });
  it('rejects impossible dates', () => {
    expect(isLocalDate('2026-02-30')).toBe(false);
    expect(isLocalDate('2026-02-28')).toBe(true);
    expect(isLocalDate('20261118')).toBe(false);
  });
  it('reads the wall clock of an instant in the center zone', () => {
    expect(wallClock(new Date('2026-11-20T11:00:00Z'), 'Asia/Shanghai')).toBe('2026-11-20T19:00:00');
    expect(offsetAt('2026-11-20T19:00:00', 'Asia/Shanghai')).toBe('+08:00');
    expect(offsetAt('2026-07-01T12:00:00', 'America/New_York')).toBe('-04:00');
  });
  it('gives Asia/Shanghai (arithmetic since 1992) and UTC the wall clock ICU gives', () => {
    const icu = (ms: number, zone: string) => {
      const p = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(ms));
      const get = (t: string) => p.find((x) => x.type === t)!.value;
      return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}`;
    };
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1992, 0, 1), max: Date.UTC(2100, 0, 1) }), fc.constantFrom('Asia/Shanghai', 'UTC'), (ms, zone) => {
        expect(wallClock(new Date(ms), zone)).toBe(icu(ms, zone));
      }),
      { numRuns: 500 },
    );
    expect(wallClock(new Date('2026-11-20T15:59:59.999Z'), 'Asia/Shanghai')).toBe('2026-11-20T23:59:59');
    expect(wallClock(new Date('2026-11-20T16:00:00Z'), 'Asia/Shanghai')).toBe('2026-11-21T00:00:00');
  });
  it('keeps the zone rules of earlier years: Shanghai had daylight saving until 1991', () => {
    expect(wallClock(new Date('1990-07-01T12:00:00Z'), 'Asia/Shanghai')).toBe('1990-07-01T21:00:00');
    expect(wallClock(new Date('1990-12-01T12:00:00Z'), 'Asia/Shanghai')).toBe('1990-12-01T20:00:00');
  });
  it('gives the same dates when asked again (conversions are remembered)', () => {
    for (let i = 0; i < 3; i++) {
      expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
      expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
      expect(isLocalDate('2023-02-29')).toBe(false);
    }
  });
});

describe('--as-of', () => {
  it('takes a local date-time in the center zone', () => {
    expect(resolveAsOf('2026-11-20T19:00', 'Asia/Shanghai')).toEqual({
      local: '2026-11-20T19:00:00',
      iso: '2026-11-20T19:00:00+08:00',
    });
    expect(resolveAsOf('2026-11-20 19:00:30', 'Asia/Shanghai')?.local).toBe('2026-11-20T19:00:30');
  });
  it('takes a date as the end of that day', () => {
    expect(resolveAsOf('2026-11-22', 'Asia/Shanghai')?.local).toBe('2026-11-22T23:59:59');
  });
  it('converts an instant with an offset to the center wall clock', () => {
    expect(resolveAsOf('2026-11-20T11:00:00Z', 'Asia/Shanghai')?.iso).toBe('2026-11-20T19:00:00+08:00');
  });
  it('defaults to now, given explicitly', () => {
    expect(resolveAsOf(undefined, 'Asia/Shanghai', new Date('2026-11-23T03:00:00Z'))?.local).toBe('2026-11-23T11:00:00');
  });
  it('refuses what is not a time', () => {
    expect(resolveAsOf('friday', 'Asia/Shanghai')).toBeNull();
    expect(resolveAsOf('2026-11-20T25:00', 'Asia/Shanghai')).toBeNull();
    expect(resolveAsOf('2026-13-01', 'Asia/Shanghai')).toBeNull();
  });
});
