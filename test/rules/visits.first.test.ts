import { describe, expect, it } from 'vitest';
import { check, DataBuilder, result } from '../support/builder.js';

function visits(n: number) {
  const b = new DataBuilder();
  b.advisors = ['张伟'];
  b.invites('张伟', '2026-11-18', n, 'first', '2026-11-21T10:00:00', { visited: 'yes' });
  b.invites('张伟', '2026-11-18', 2, 'first', '2026-11-21T11:00:00', { visited: 'rescheduled' });
  return b.build();
}

describe('visits.first', () => {
  it('misses 4 and meets 5 after Sunday close; rescheduled is no visit', () => {
    expect(result(check(visits(4), '2026-11-18', '2026-11-22T18:00'), 'visits.first')).toMatchObject({ status: 'missed', actual: 4, target: 5, severity: 'warning' });
    expect(result(check(visits(5), '2026-11-18', '2026-11-22T18:00'), 'visits.first').status).toBe('met');
  });
  it('is pending on Friday evening', () => {
    expect(result(check(visits(4), '2026-11-18', '2026-11-21T19:00'), 'visits.first').status).toBe('pending');
  });
});
