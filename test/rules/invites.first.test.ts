import { describe, expect, it } from 'vitest';
import { check, DataBuilder, result } from '../support/builder.js';

function invites(n: number, date = '2026-11-19') {
  const b = new DataBuilder();
  b.advisors = ['张伟'];
  b.invites('张伟', date, n, 'first', '2026-11-21T10:00:00');
  return b;
}

describe('invites.first', () => {
  it('misses 14 after Friday close, with a 20-call weekend make-up due Sunday', () => {
    const r = result(check(invites(14).build(), '2026-11-18', '2026-11-20T19:00'), 'invites.first');
    expect(r).toMatchObject({ status: 'missed', actual: 14, target: 15, severity: 'quota', action: { type: 'weekend-makeup', calls: 20, due: '2026-11-22' } });
    expect(r.evidence).toHaveLength(14);
  });
  it('meets 15, even before the close; 14 is pending before the close', () => {
    expect(result(check(invites(15).build(), '2026-11-18', '2026-11-19T20:00'), 'invites.first')).toMatchObject({ status: 'met' });
    expect(result(check(invites(15).build(), '2026-11-18', '2026-11-19T20:00'), 'invites.first').action).toBeUndefined();
    expect(result(check(invites(14).build(), '2026-11-18', '2026-11-20T17:00'), 'invites.first').status).toBe('pending');
  });
  it('counts a Monday invitation toward the next week', () => {
    const b = invites(15, '2026-11-23');
    expect(result(check(b.build(), '2026-11-18', '2026-11-24T10:00'), 'invites.first').actual).toBe(0);
    expect(result(check(b.build(), '2026-11-25', '2026-11-27T19:00'), 'invites.first')).toMatchObject({ actual: 15, status: 'met' });
  });
});
