import { describe, expect, it } from 'vitest';
import { checkMonth } from '../../src/engine/check-week.js';
import { at, check, DataBuilder, fullCallWeek, result, testConfig } from '../support/builder.js';

const NOVEMBER = ['2026-11-04', '2026-11-11', '2026-11-18', '2026-11-25'];

/** A week in which the advisor meets calls and both invite quotas. */
function goodWeek(b: DataBuilder, advisor: string, start: string, calls = 50) {
  fullCallWeek(b, advisor, start, calls);
  b.invites(advisor, start, 15, 'first', `${start}T19:00:00`);
  b.invites(advisor, start, 4, 'second', `${start}T19:00:00`);
}

function month(weeks: string[], tweak?: (b: DataBuilder) => void) {
  const b = new DataBuilder();
  b.advisors = ['张伟', '李娜'];
  for (const w of weeks) for (const a of b.advisors) goodWeek(b, a, w);
  tweak?.(b);
  return b.build();
}

describe('team.bonus', () => {
  it('is pending while every known week is met and the month is not over', () => {
    const r = result(check(month(NOVEMBER.slice(0, 3)), '2026-11-18', '2026-11-20T19:00'), 'team.bonus', null);
    expect(r).toMatchObject({ status: 'pending', period: '2026-11', severity: 'quota', deadline: '2026-11-29T18:00:00' });
  });

  it('is missed as soon as one advisor misses calls.weekly in an earlier week of the month', () => {
    const ds = month(NOVEMBER.slice(0, 3), (b) => b.records.calls.splice(b.records.calls.findIndex((c) => c.advisor === '李娜' && c.date === '2026-11-12'), 1));
    const r = result(check(ds, '2026-11-18', '2026-11-18T09:00'), 'team.bonus', null);
    expect(r).toMatchObject({ status: 'missed', action: { type: 'team-bonus-cancelled', month: '2026-11' } });
    expect(r.message).toContain('李娜');
    expect(r.evidence.length).toBeGreaterThan(0);
  });

  it('is missed when a make-up owed is not done by Sunday close', () => {
    const ds = month(NOVEMBER.slice(0, 2), (b) => b.records.invites.splice(b.records.invites.findIndex((i) => i.advisor === '张伟' && i.date === '2026-11-11' && i.kind === 'first'), 1));
    expect(result(check(ds, '2026-11-11', '2026-11-15T17:00'), 'team.bonus', null).status).toBe('pending');
    const r = result(check(ds, '2026-11-11', '2026-11-15T18:00'), 'team.bonus', null);
    expect(r.status).toBe('missed');
    expect(r.message).toContain('周末补打电话'); // the rule by its name (invites.makeup)
  });

  it('is missed when a callback found a fabricated call in the month', () => {
    const ds = month(NOVEMBER.slice(0, 3), (b) => b.callback('张伟', '2026-11-13', 'fabricated'));
    expect(result(check(ds, '2026-11-18', '2026-11-19T09:00'), 'team.bonus', null).status).toBe('missed');
    const genuine = month(NOVEMBER.slice(0, 3), (b) => b.callback('张伟', '2026-11-13', 'genuine'));
    expect(result(check(genuine, '2026-11-18', '2026-11-19T09:00'), 'team.bonus', null).status).toBe('pending');
  });

  it('is met only once the month\'s last week has closed (Sunday 2026-11-29 close)', () => {
    const ds = month(NOVEMBER);
    expect(result(check(ds, '2026-11-25', '2026-11-29T17:59'), 'team.bonus', null).status).toBe('pending');
    expect(result(check(ds, '2026-11-25', '2026-11-29T18:00'), 'team.bonus', null).status).toBe('met');
    const m = checkMonth(ds, testConfig(), '2026-11', at('2026-12-02T09:00'));
    expect(m.teamBonus.status).toBe('met');
    expect(m.weeks.map((w) => w.week.start)).toEqual(NOVEMBER);
    expect(m.results.find((r) => r.rule === 'team.bonus')!.status).toBe('met');
    expect(m.weeks[0]!.results.some((r) => r.rule === 'team.bonus')).toBe(false);
  });

  it('leaves out weeks of the month the data does not hold', () => {
    // Data begins 2026-10-28: October's earlier weeks are not counted as missed.
    const b = new DataBuilder();
    b.advisors = ['张伟'];
    goodWeek(b, '张伟', '2026-10-28');
    expect(result(check(b.build(), '2026-10-28', '2026-11-01T18:00'), 'team.bonus', null).status).toBe('met');
  });
});
