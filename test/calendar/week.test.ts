import { describe, expect, it } from 'vitest';
import { callSlot, callsClose, inviteWeek, monthRange, visitWeek, visitsClose, weekContaining, weeksOfMonth } from '../../src/calendar/week.js';
import { testConfig } from '../support/builder.js';

describe('center week', () => {
  const config = testConfig();

  it('runs Wednesday to Tuesday and is named by its Wednesday, from any date in it', () => {
    for (const d of ['2026-11-18', '2026-11-20', '2026-11-22', '2026-11-24']) {
      const w = weekContaining(d, config);
      expect(w).toEqual({
        start: '2026-11-18',
        end: '2026-11-24',
        callDays: ['2026-11-18', '2026-11-19', '2026-11-20'],
        friday: '2026-11-20',
        sunday: '2026-11-22',
        month: '2026-11',
      });
    }
    expect(weekContaining('2026-11-17', config).start).toBe('2026-11-11');
  });

  it('belongs to the month of its Friday: 2026-11-25..12-01 is November', () => {
    const w = weekContaining('2026-12-01', config);
    expect(w.start).toBe('2026-11-25');
    expect(w.month).toBe('2026-11');
    expect(weeksOfMonth('2026-11', config).map((x) => x.start)).toEqual(['2026-11-04', '2026-11-11', '2026-11-18', '2026-11-25']);
    expect(weeksOfMonth('2026-12', config)[0]!.start).toBe('2026-12-02');
    expect(weeksOfMonth('2026-10', config).map((x) => x.start)).toEqual(['2026-09-30', '2026-10-07', '2026-10-14', '2026-10-21', '2026-10-28']);
    expect(monthRange('2026-11', config)).toEqual({ start: '2026-11-04', end: '2026-12-01' });
  });

  it('drops a holiday from the call days and adds a weekend make-up workday', () => {
    const c = testConfig({ holidays: ['2026-11-19'], workdays: ['2026-11-21'] });
    const w = weekContaining('2026-11-18', c);
    expect(w.callDays).toEqual(['2026-11-18', '2026-11-20', '2026-11-21']);
    // The quota closes at the last call day's close of business.
    expect(callsClose(w, c)).toBe('2026-11-21T18:00:00');
    expect(callSlot('2026-11-21', c)).toEqual({ week: '2026-11-18', kind: 'quota' });
    expect(callSlot('2026-11-22', c)).toEqual({ week: '2026-11-18', kind: 'makeup' });
    expect(inviteWeek('2026-11-21', c)).toBe('2026-11-18');
  });

  it('closes calls and invites on Friday and make-ups and visits on Sunday, at close of business', () => {
    const w = weekContaining('2026-11-18', config);
    expect(callsClose(w, config)).toBe('2026-11-20T18:00:00');
    expect(visitsClose(w, config)).toBe('2026-11-22T18:00:00');
    const late = { ...config, closeOfBusiness: '20:30' };
    expect(callsClose(w, late)).toBe('2026-11-20T20:30:00');
  });

  it('counts a Monday call, invite and session toward the next week; weekend calls are make-ups', () => {
    expect(callSlot('2026-11-20', config)).toEqual({ week: '2026-11-18', kind: 'quota' });
    expect(callSlot('2026-11-21', config)).toEqual({ week: '2026-11-18', kind: 'makeup' });
    expect(callSlot('2026-11-22', config)).toEqual({ week: '2026-11-18', kind: 'makeup' });
    expect(callSlot('2026-11-23', config)).toEqual({ week: '2026-11-25', kind: 'quota' });
    expect(callSlot('2026-11-17', config)).toEqual({ week: '2026-11-18', kind: 'quota' });
    expect(inviteWeek('2026-11-20', config)).toBe('2026-11-18');
    expect(inviteWeek('2026-11-21', config)).toBe('2026-11-25');
    expect(inviteWeek('2026-11-23', config)).toBe('2026-11-25');
    expect(visitWeek('2026-11-22T17:59:00', config)).toBe('2026-11-18');
    expect(visitWeek('2026-11-22T18:00:00', config)).toBe('2026-11-18');
    expect(visitWeek('2026-11-22T18:30:00', config)).toBe('2026-11-25');
    expect(visitWeek('2026-11-23T19:00:00', config)).toBe('2026-11-25');
    expect(visitWeek('2026-11-18T10:00:00', config)).toBe('2026-11-18');
  });
});
