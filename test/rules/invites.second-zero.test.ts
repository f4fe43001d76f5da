import { describe, expect, it } from 'vitest';
import { check, DataBuilder, result } from '../support/builder.js';

function seconds(n: number) {
  const b = new DataBuilder();
  b.advisors = ['张伟'];
  b.invites('张伟', '2026-11-18', n, 'second', '2026-11-22T10:00:00');
  return b.build();
}

describe('invites.second-zero', () => {
  it('moves 1/5 of the prospect cards after a week with zero second invites', () => {
    expect(result(check(seconds(0), '2026-11-18', '2026-11-20T19:00'), 'invites.second-zero')).toMatchObject({
      status: 'missed',
      actual: 0,
      action: { type: 'cards-reassigned', share: 0.2 },
    });
  });
  it('is met with one second invite and pending before the close', () => {
    expect(result(check(seconds(1), '2026-11-18', '2026-11-20T19:00'), 'invites.second-zero').status).toBe('met');
    expect(result(check(seconds(0), '2026-11-18', '2026-11-20T10:00'), 'invites.second-zero').status).toBe('pending');
  });
});
