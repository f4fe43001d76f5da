import { describe, expect, it } from 'vitest';
import { check, DataBuilder, fullCallWeek, result, testConfig } from '../support/builder.js';

function week(perDay: number[]) {
  const b = new DataBuilder();
  b.advisors = ['张伟'];
  ['2026-11-18', '2026-11-19', '2026-11-20'].forEach((d, i) => b.calls('张伟', d, perDay[i]!));
  return b;
}

describe('calls.weekly', () => {
  it('misses 149 and meets 150 after Friday close', () => {
    const missed = result(check(week([50, 50, 49]).build(), '2026-11-18', '2026-11-20T19:00'), 'calls.weekly');
    expect(missed).toMatchObject({ status: 'missed', actual: 149, target: 150, severity: 'quota', deadline: '2026-11-20T18:00:00', period: '2026-11-18' });
    expect(missed.evidence.length).toBeGreaterThan(0);
    expect(missed.evidence.length).toBeLessThanOrEqual(20);
    expect(missed.evidence[0]).toMatchObject({ file: 'sheets/calls.xlsx', sheet: 'calls' });
    expect(result(check(week([50, 50, 50]).build(), '2026-11-18', '2026-11-20T19:00'), 'calls.weekly')).toMatchObject({ status: 'met', actual: 150 });
  });

  it('is pending before Friday close while short, and met as soon as 150 is reached', () => {
    expect(result(check(week([50, 50, 0]).build(), '2026-11-18', '2026-11-20T17:59'), 'calls.weekly').status).toBe('pending');
    expect(result(check(week([100, 50, 0]).build(), '2026-11-18', '2026-11-19T20:00'), 'calls.weekly').status).toBe('met');
  });

  it('lowers the target by 50 for a sick day with proof, not without', () => {
    const withProof = week([50, 0, 50]);
    withProof.leave('张伟', '2026-11-19', 'sick', true);
    expect(result(check(withProof.build(), '2026-11-18', '2026-11-21T10:00'), 'calls.weekly')).toMatchObject({ status: 'met', actual: 100, target: 100 });
    const noProof = week([50, 0, 50]);
    noProof.leave('张伟', '2026-11-19', 'sick', false);
    expect(result(check(noProof.build(), '2026-11-18', '2026-11-21T10:00'), 'calls.weekly')).toMatchObject({ status: 'missed', target: 150 });
  });

  it('does not excuse personal leave unless the config says so', () => {
    const b = week([50, 0, 50]);
    b.leave('张伟', '2026-11-19', 'personal', null);
    expect(result(check(b.build(), '2026-11-18', '2026-11-21T10:00'), 'calls.weekly')).toMatchObject({ status: 'missed', target: 150 });
    const config = testConfig();
    config.rules['calls.weekly']!.excusedLeave = ['sick', 'personal'];
    expect(result(check(b.build(), '2026-11-18', '2026-11-21T10:00', config), 'calls.weekly')).toMatchObject({ status: 'met', target: 100 });
  });

  it('is excused when every call day is sick leave with proof', () => {
    const b = week([0, 0, 0]);
    for (const d of ['2026-11-18', '2026-11-19', '2026-11-20']) b.leave('张伟', d, 'sick', true);
    expect(result(check(b.build(), '2026-11-18', '2026-11-21T10:00'), 'calls.weekly')).toMatchObject({ status: 'excused', target: 0 });
  });

  it('lowers the target to 100 for a holiday on Thursday, and counts a Saturday make-up workday as a call day', () => {
    const holiday = testConfig({ holidays: ['2026-11-19'] });
    expect(result(check(week([50, 0, 50]).build(), '2026-11-18', '2026-11-21T10:00', holiday), 'calls.weekly')).toMatchObject({ status: 'met', target: 100 });
    const workday = testConfig({ holidays: ['2026-11-19'], workdays: ['2026-11-21'] });
    const b = week([50, 0, 50]);
    b.calls('张伟', '2026-11-21', 50);
    const r = result(check(b.build(), '2026-11-18', '2026-11-21T19:00', workday), 'calls.weekly');
    expect(r).toMatchObject({ status: 'met', actual: 150, target: 150, deadline: '2026-11-21T18:00:00' });
    expect(check(b.build(), '2026-11-18', '2026-11-21T19:00', workday).advisors[0]!.metrics.makeupCalls).toBe(0);
  });

  it('counts Monday calls toward the next week, and weekend calls toward nothing but make-ups', () => {
    const b = new DataBuilder();
    b.advisors = ['张伟'];
    b.calls('张伟', '2026-11-23', 100);
    b.calls('张伟', '2026-11-22', 30);
    fullCallWeek(b, '张伟', '2026-11-25', 17);
    expect(result(check(b.build(), '2026-11-18', '2026-11-24T10:00'), 'calls.weekly').actual).toBe(0);
    expect(result(check(b.build(), '2026-11-25', '2026-11-27T19:00'), 'calls.weekly')).toMatchObject({ actual: 151, status: 'met' });
  });
});
