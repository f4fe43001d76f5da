import { describe, expect, it } from 'vitest';
import { check, DataBuilder, result } from '../support/builder.js';

function invites(n: number) {
  const b = new DataBuilder();
  b.advisors = ['张伟'];
  b.invites('张伟', '2026-11-18', n, 'second', '2026-11-22T10:00:00');
  return b.build();
}

describe('invites.second', () => {
  it('misses 3 after Friday close with the weekend make-up, meets 4', () => {
    expect(result(check(invites(3), '2026-11-18', '2026-11-20T18:00'), 'invites.second')).toMatchObject({
      status: 'missed',
      actual: 3,
      target: 4,
      action: { type: 'weekend-makeup', calls: 20, due: '2026-11-22' },
    });
    expect(result(check(invites(4), '2026-11-18', '2026-11-20T18:00'), 'invites.second').status).toBe('met');
  });
  it('is pending before the close', () => {
    expect(result(check(invites(3), '2026-11-18', '2026-11-20T17:59'), 'invites.second').status).toBe('pending');
  });
});
