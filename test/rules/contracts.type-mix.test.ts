import { describe, expect, it } from 'vitest';
import { check, DataBuilder, result } from '../support/builder.js';

function mix(n: number, r: number, w: number) {
  const b = new DataBuilder();
  b.advisors = ['张伟'];
  for (let i = 0; i < n; i++) b.contract('张伟', '2026-11-19', { type: 'new' });
  for (let i = 0; i < r; i++) b.contract('张伟', '2026-11-19', { type: 'referral' });
  for (let i = 0; i < w; i++) b.contract('张伟', '2026-11-19', { type: 'renewal' });
  return b.build();
}

describe('contracts.type-mix', () => {
  it('holds inside the tolerance once the month has closed (center and advisor)', () => {
    const report = check(mix(5, 3, 2), '2026-11-25', '2026-12-02T09:00');
    expect(result(report, 'contracts.type-mix', null)).toMatchObject({ status: 'met', actual: 10, detail: { new: 0.5, referral: 0.3, renewal: 0.2 } });
    expect(result(report, 'contracts.type-mix', '张伟').status).toBe('met');
  });
  it('warns outside the tolerance, and is pending before the month closes', () => {
    expect(result(check(mix(8, 1, 1), '2026-11-25', '2026-12-02T09:00'), 'contracts.type-mix', null)).toMatchObject({ status: 'missed', severity: 'warning' });
    expect(result(check(mix(8, 1, 1), '2026-11-18', '2026-11-20T19:00'), 'contracts.type-mix', null).status).toBe('pending');
  });
});
