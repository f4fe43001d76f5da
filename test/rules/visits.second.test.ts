import { describe, expect, it } from 'vitest';
import { check, DataBuilder, result } from '../support/builder.js';

function visits(n: number) {
  const b = new DataBuilder();
  b.advisors = ['张伟'];
  b.invites('张伟', '2026-11-18', n, 'second', '2026-11-22T10:00:00', { visited: 'yes' });
  b.invites('张伟', '2026-11-18', 1, 'second', '2026-11-22T10:00:00', { visited: 'no' });
  return b.build();
}

describe('visits.second', () => {
  it('misses 1 and meets 2 after Sunday close', () => {
    expect(result(check(visits(1), '2026-11-18', '2026-11-23T09:00'), 'visits.second')).toMatchObject({ status: 'missed', actual: 1, target: 2 });
    expect(result(check(visits(2), '2026-11-18', '2026-11-23T09:00'), 'visits.second').status).toBe('met');
  });
});
