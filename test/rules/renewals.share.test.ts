import { describe, expect, it } from 'vitest';
import { check, DataBuilder, result } from '../support/builder.js';

function month(renewal: number, other: number, planned = true) {
  const b = new DataBuilder();
  b.advisors = ['张伟'];
  if (planned) b.renewal('张伟', '2026-11', '小明', '2026-11-01');
  b.contract('张伟', '2026-11-19', { type: 'renewal', student: '小明', amount: renewal });
  b.contract('张伟', '2026-11-19', { type: 'new', amount: other });
  return b.build();
}

describe('renewals.share', () => {
  it('holds at 30% of sales after the month closes', () => {
    expect(result(check(month(3_000, 7_000), '2026-11-25', '2026-12-02T09:00'), 'renewals.share', null)).toMatchObject({ status: 'met', actual: 0.3 });
  });
  it('warns at 10%, and counts only renewals counted toward sales', () => {
    expect(result(check(month(1_000, 9_000), '2026-11-25', '2026-12-02T09:00'), 'renewals.share', null).status).toBe('missed');
    expect(result(check(month(3_000, 7_000, false), '2026-11-25', '2026-12-02T09:00'), 'renewals.share', null)).toMatchObject({ status: 'missed', actual: 0 });
  });
  it('is pending before the month closes', () => {
    expect(result(check(month(3_000, 7_000), '2026-11-18', '2026-11-20T19:00'), 'renewals.share', null).status).toBe('pending');
  });
});
