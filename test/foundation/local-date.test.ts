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
