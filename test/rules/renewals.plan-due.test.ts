import { describe, expect, it } from 'vitest';
import { check, DataBuilder, result, results } from '../support/builder.js';

function plan(submitted: string) {
  const b = new DataBuilder();
  b.advisors = ['张伟', '李娜'];
  b.renewal('张伟', '2026-11', '小明', submitted);
  b.contract('张伟', '2026-11-19', { type: 'renewal', student: '小明', amount: 8_000 });
  return b.build();
}

describe('renewals.plan-due', () => {
  it('is met for a plan submitted on the 1st', () => {
    const report = check(plan('2026-11-01'), '2026-11-18', '2026-11-20T19:00');
    expect(result(report, 'renewals.plan-due')).toMatchObject({ status: 'met', period: '2026-11', deadline: '2026-11-01T23:59:59' });
    // Evaluated only for advisors with a plan row or a renewal contract.
    expect(results(report, 'renewals.plan-due', '李娜')).toHaveLength(0);
  });
  it('is missed for a plan submitted on the 2nd: its renewals are not counted', () => {
    const r = result(check(plan('2026-11-02'), '2026-11-18', '2026-11-20T19:00'), 'renewals.plan-due');
    expect(r).toMatchObject({ status: 'missed', severity: 'quota', action: { type: 'renewals-not-counted', contracts: 1, amount: 8_000 } });
  });
  it('is pending for a month whose due date has not come and no plan yet', () => {
    const b = new DataBuilder();
    b.advisors = ['张伟'];
    b.renewal('张伟', '2026-11', '小明', '2026-10-20');
    b.contract('张伟', '2026-10-29', { type: 'renewal', student: '小红' });
    // The week of 2026-10-28 belongs to October; 张伟 has a renewal in October but no October plan.
    expect(result(check(b.build(), '2026-10-28', '2026-10-30T19:00'), 'renewals.plan-due')).toMatchObject({ status: 'missed', period: '2026-10' });
  });
});
