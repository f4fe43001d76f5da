import { describe, expect, it } from 'vitest';
import { weekContaining } from '../../src/calendar/week.js';
import { newLeadClassifier, weekMetrics } from '../../src/metrics/week-metrics.js';
import { at, DataBuilder, testConfig } from '../support/builder.js';

const config = testConfig();
const week = weekContaining('2026-11-18', config);
const metricsOf = (b: DataBuilder, asOf = '2026-11-24T23:00', advisor = '张伟') =>
  weekMetrics(b.build(), config, week, at(asOf), [advisor])[0]!;

describe('week metrics', () => {
  it('counts effective calls of the quota period (previous Mon-Tue through Friday), make-ups apart', () => {
    const b = new DataBuilder();
    b.calls('张伟', '2026-11-16', 3); // Monday before: this week's quota
    b.calls('张伟', '2026-11-18', 10, { purpose: 'first_invite' });
    b.calls('张伟', '2026-11-19', 5, { purpose: 'second_invite' });
    b.calls('张伟', '2026-11-20', 2, { purpose: 'member_care' });
    b.calls('张伟', '2026-11-20', 4, { outcome: 'no_answer' });
    b.calls('张伟', '2026-11-20', 3, { outcome: 'wrong_number' });
    b.calls('张伟', '2026-11-21', 6); // Saturday: make-up
    b.calls('张伟', '2026-11-23', 7); // Monday after: next week
    b.calls('李娜', '2026-11-18', 9);
    const m = metricsOf(b).metrics;
    expect(m.effectiveCalls).toBe(20);
    expect(m.firstInviteCalls).toBe(13);
    expect(m.secondInviteCalls).toBe(5);
    expect(m.memberCareCalls).toBe(2);
    expect(m.invalidCalls).toBe(3);
    expect(m.makeupCalls).toBe(6);
    expect(m.newCalls + m.oldCalls).toBe(20);
  });

  it('reads a blank list as new when this advisor never called the phone on an earlier date', () => {
    const b = new DataBuilder();
    const [earlier] = b.calls('张伟', '2026-11-04', 1);
    b.calls('张伟', '2026-11-18', 1, { list: null, phone: earlier!.phone }); // called before: old
    b.calls('张伟', '2026-11-18', 2, { list: null }); // never called: new
    b.calls('李娜', '2026-11-18', 1, { list: null, phone: earlier!.phone }); // another advisor's first call: new
    b.calls('张伟', '2026-11-19', 1, { list: 'new', phone: earlier!.phone }); // the sheet says new: new
    const m = metricsOf(b).metrics;
    expect(m.newCalls).toBe(3);
    expect(m.oldCalls).toBe(1);
    const calls = b.build().records.calls;
    const isNew = newLeadClassifier(calls);
    const lina = b.records.calls.findIndex((c) => c.advisor === '李娜');
    expect(isNew(calls.row(lina))).toBe(true);
    expect(isNew(calls.row(lina - 1))).toBe(true); // 张伟's never-called phones
    expect(isNew(calls.row(1))).toBe(false); // 张伟 called it on 11-04
  });

  it('counts invites by invite date up to Friday, visits by session up to Sunday close, contracts in the week', () => {
    const b = new DataBuilder();
    b.invites('张伟', '2026-11-16', 2, 'first', '2026-11-19T19:00:00', { visited: 'yes' }); // Monday before: this week
    b.invites('张伟', '2026-11-20', 1, 'second', '2026-11-22T10:00:00', { visited: 'yes' });
    b.invites('张伟', '2026-11-21', 1, 'first', '2026-11-22T11:00:00', { visited: 'rescheduled' }); // Saturday: next week's invite
    b.invites('张伟', '2026-11-23', 1, 'first', '2026-11-23T19:00:00', { visited: 'yes' }); // Monday session: next week's visit
    b.invites('张伟', '2026-11-11', 1, 'first', '2026-11-22T19:00:00', { visited: 'yes' }); // after Sunday close: next week
    b.contract('张伟', '2026-11-22', { type: 'new', amount: 12_800 });
    b.contract('张伟', '2026-11-24', { type: 'renewal', amount: 9_000 });
    b.contract('张伟', '2026-11-25', { type: 'new', amount: 1 });
    const m = metricsOf(b).metrics;
    expect([m.firstInvites, m.secondInvites]).toEqual([2, 1]);
    expect([m.firstVisits, m.secondVisits]).toEqual([2, 1]);
    expect([m.contracts, m.amount]).toEqual([2, 21_800]);
    expect(m.signRate).toBe(0.3333);
  });

  it('leaves out what is after the as-of time: a session not yet held is not a visit', () => {
    const b = new DataBuilder();
    b.invites('张伟', '2026-11-18', 1, 'first', '2026-11-21T10:00:00', { visited: 'yes' });
    b.calls('张伟', '2026-11-20', 4);
    const m = metricsOf(b, '2026-11-19T12:00').metrics;
    expect(m.firstVisits).toBe(0);
    expect(m.effectiveCalls).toBe(0);
    expect(m.signRate).toBe(0);
  });

  it('gives each call day its mix and its target (0 when excused by sick leave with proof)', () => {
    const b = new DataBuilder();
    b.calls('张伟', '2026-11-18', 36, { purpose: 'first_invite' });
    b.calls('张伟', '2026-11-18', 10, { purpose: 'second_invite' });
    b.calls('张伟', '2026-11-18', 4, { purpose: 'member_care' });
    b.leave('张伟', '2026-11-19', 'sick', true);
    b.leave('张伟', '2026-11-20', 'sick', false);
    const daily = metricsOf(b).daily;
    expect(daily.map((d) => [d.date, d.effectiveCalls, d.target, d.leave])).toEqual([
      ['2026-11-18', 50, 50, null],
      ['2026-11-19', 0, 0, 'sick'],
      ['2026-11-20', 0, 50, 'sick'],
    ]);
    expect([daily[0]!.firstInviteCalls, daily[0]!.secondInviteCalls, daily[0]!.memberCareCalls]).toEqual([36, 10, 4]);
  });
});
