import { describe, expect, it } from 'vitest';
import { check, DataBuilder, result } from '../support/builder.js';

function visits(first: number, second: number, session = '2026-11-22T10:00:00') {
  const b = new DataBuilder();
  b.advisors = ['张伟'];
  b.invites('张伟', '2026-11-18', first, 'first', session, { visited: 'yes' });
  b.invites('张伟', '2026-11-18', second, 'second', session, { visited: 'yes' });
  return b.build();
}

describe('visits.total', () => {
  it('cuts next week\'s new leads by 1/5 at 4 visits, meets 5', () => {
    expect(result(check(visits(3, 1), '2026-11-18', '2026-11-22T18:00'), 'visits.total')).toMatchObject({
      status: 'missed',
      actual: 4,
      target: 5,
      severity: 'quota',
      deadline: '2026-11-22T18:00:00',
      action: { type: 'new-leads-cut', share: 0.2 },
    });
    expect(result(check(visits(3, 2), '2026-11-18', '2026-11-22T18:00'), 'visits.total').status).toBe('met');
  });
  it('is pending before Sunday close and counts a Monday session toward the next week', () => {
    expect(result(check(visits(3, 1), '2026-11-18', '2026-11-22T12:00'), 'visits.total').status).toBe('pending');
    const monday = visits(5, 0, '2026-11-23T19:00:00');
    expect(result(check(monday, '2026-11-18', '2026-11-23T20:00'), 'visits.total').actual).toBe(0);
    expect(result(check(monday, '2026-11-25', '2026-11-23T20:00'), 'visits.total')).toMatchObject({ actual: 5, status: 'met' });
  });
  it('is excused for an advisor on sick leave with a note every call day', () => {
    const b = new DataBuilder();
    b.advisors = ['张伟'];
    for (const d of ['2026-11-18', '2026-11-19', '2026-11-20']) b.leave('张伟', d, 'sick', true);
    expect(result(check(b.build(), '2026-11-18', '2026-11-23T09:00'), 'visits.total').status).toBe('excused');
  });
  it('does not count a session that has not happened by the as-of time', () => {
    expect(result(check(visits(5, 0, '2026-11-22T10:00:00'), '2026-11-18', '2026-11-22T09:00'), 'visits.total').actual).toBe(0);
  });
});
