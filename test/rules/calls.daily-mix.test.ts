import { describe, expect, it } from 'vitest';
import { check, DataBuilder, result } from '../support/builder.js';

function day(first: number, second: number, care: number) {
  const b = new DataBuilder();
  b.advisors = ['张伟'];
  for (const d of ['2026-11-18', '2026-11-19', '2026-11-20']) {
    b.calls('张伟', d, first, { purpose: 'first_invite' });
    b.calls('张伟', d, second, { purpose: 'second_invite' });
    b.calls('张伟', d, care, { purpose: 'member_care' });
  }
  return b.build();
}

describe('calls.daily-mix', () => {
  it('holds with 36/10/4 each day', () => {
    expect(result(check(day(36, 10, 4), '2026-11-18', '2026-11-20T19:00'), 'calls.daily-mix')).toMatchObject({ status: 'met', severity: 'info', actual: 3, target: 3 });
  });
  it('is off when a day has 9 second-invite calls', () => {
    const r = result(check(day(37, 9, 4), '2026-11-18', '2026-11-20T19:00'), 'calls.daily-mix');
    expect(r).toMatchObject({ status: 'missed', actual: 0 });
    expect(r.message).toContain('37/9/4');
  });
  it('waits for the last call day before calling the mix held', () => {
    expect(result(check(day(36, 10, 4), '2026-11-18', '2026-11-20T10:00'), 'calls.daily-mix').status).toBe('pending');
  });
});
