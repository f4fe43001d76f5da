import { describe, expect, it } from 'vitest';
import { check, DataBuilder, result, results } from '../support/builder.js';

function shortWeek(makeupCalls: number, day = '2026-11-22') {
  const b = new DataBuilder();
  b.advisors = ['张伟', '李娜'];
  b.invites('张伟', '2026-11-18', 15, 'first', '2026-11-21T10:00:00');
  b.invites('张伟', '2026-11-18', 3, 'second', '2026-11-21T10:00:00');
  b.invites('李娜', '2026-11-18', 15, 'first', '2026-11-21T10:00:00');
  b.invites('李娜', '2026-11-18', 4, 'second', '2026-11-21T10:00:00');
  b.calls('张伟', day, makeupCalls);
  return b.build();
}

describe('invites.makeup', () => {
  it('is evaluated only for an advisor who owes a make-up, and only after Friday close', () => {
    expect(results(check(shortWeek(0), '2026-11-18', '2026-11-20T12:00'), 'invites.makeup')).toHaveLength(0);
    const report = check(shortWeek(0), '2026-11-18', '2026-11-21T12:00');
    expect(results(report, 'invites.makeup').map((r) => r.advisor)).toEqual(['张伟']);
    expect(result(report, 'invites.makeup')).toMatchObject({ status: 'pending', target: 20, deadline: '2026-11-22T18:00:00' });
  });
  it('is met with 20 weekend effective calls by Sunday close', () => {
    expect(result(check(shortWeek(20), '2026-11-18', '2026-11-22T19:00'), 'invites.makeup')).toMatchObject({ status: 'met', actual: 20 });
  });
  it('is missed with 19 after Sunday close; Monday calls do not make up', () => {
    expect(result(check(shortWeek(19), '2026-11-18', '2026-11-22T18:00'), 'invites.makeup')).toMatchObject({ status: 'missed', actual: 19, severity: 'quota' });
    expect(result(check(shortWeek(20, '2026-11-23'), '2026-11-18', '2026-11-23T20:00'), 'invites.makeup')).toMatchObject({ status: 'missed', actual: 0 });
  });
});
