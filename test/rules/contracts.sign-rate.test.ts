import { describe, expect, it } from 'vitest';
import { check, DataBuilder, result, results } from '../support/builder.js';

function week(visits: number, signed: number, renewals = 0) {
  const b = new DataBuilder();
  b.advisors = ['张伟'];
  b.invites('张伟', '2026-11-18', visits, 'first', '2026-11-21T10:00:00', { visited: 'yes' });
  for (let i = 0; i < signed; i++) b.contract('张伟', '2026-11-21', { type: i % 2 ? 'referral' : 'new' });
  for (let i = 0; i < renewals; i++) b.contract('张伟', '2026-11-21', { type: 'renewal' });
  return b.build();
}

describe('contracts.sign-rate', () => {
  it('is met at 3 of 10 visits (renewals do not count) and warns at 2 of 10', () => {
    expect(result(check(week(10, 3, 2), '2026-11-18', '2026-11-22T19:00'), 'contracts.sign-rate')).toMatchObject({ status: 'met', actual: 0.3, target: 0.3 });
    expect(result(check(week(10, 2, 2), '2026-11-18', '2026-11-22T19:00'), 'contracts.sign-rate')).toMatchObject({ status: 'missed', actual: 0.2, severity: 'warning' });
  });
  it('is pending before Sunday close, and not judged without a visit', () => {
    expect(result(check(week(10, 2), '2026-11-18', '2026-11-21T19:00'), 'contracts.sign-rate').status).toBe('pending');
    expect(results(check(week(0, 2), '2026-11-18', '2026-11-22T19:00'), 'contracts.sign-rate')).toHaveLength(0);
  });
});
