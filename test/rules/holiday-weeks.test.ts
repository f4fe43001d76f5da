/**
 * Issue 12 item 4 through the real binary: in a holiday week the invite and visit quotas scale
 * with the call days (target x call days / 3, rounded up) as the call quota does, and no weekend
 * make-up is owed on a public holiday.
 */
import { describe, expect, it } from 'vitest';
import { checkJson, resultOf, Sheets } from '../support/staff-workspace.js';

describe('the National Day week (one call day: 2026-09-30)', () => {
  const s = new Sheets();
  // 张伟 does a one-call-day week's work: 50 calls, 5 first and 2 second invites, 2 + 1 visits.
  s.call('张伟', '2026-09-30', 50);
  s.invite('张伟', '2026-09-30', 2, '一次邀约', '2026-10-03 10:00', '是');
  s.invite('张伟', '2026-09-30', 3, '一次邀约', '2026-10-03 10:00', '否');
  s.invite('张伟', '2026-09-30', 1, '二次邀约', '2026-10-04 10:00', '是');
  s.invite('张伟', '2026-09-30', 1, '二次邀约', '2026-10-04 10:00', '否');
  // 李娜 is short of first invites: the weekend (10-03, 10-04) is a public holiday.
  s.call('李娜', '2026-09-30', 50);
  s.invite('李娜', '2026-09-30', 3, '一次邀约', '2026-10-03 15:00', '是');
  s.invite('李娜', '2026-09-30', 2, '二次邀约', '2026-10-04 15:00', '是');
  const dir = s.write({ advisors: ['张伟', '李娜'] });
  const { run, json } = checkJson(dir, '2026-09-30', '2026-10-04T20:00');

  it('asks 50 calls, 5 first and 2 second invites, visits 2 first, 1 second, 2 in total (was 150, 15, 4, 5, 2, 5)', () => {
    const expected: [string, number, number][] = [
      ['calls.weekly', 50, 50],
      ['invites.first', 5, 5],
      ['invites.second', 2, 2],
      ['visits.first', 2, 2],
      ['visits.second', 1, 1],
      ['visits.total', 3, 2],
    ];
    for (const [rule, actual, target] of expected) {
      expect(resultOf(json, rule, '张伟'), rule).toMatchObject({ actual, target, status: 'met' });
    }
  });

  it('owes no make-up on the holiday weekend: excused with the reason, no weekend-makeup action, the bonus safe', () => {
    const first = resultOf(json, 'invites.first', '李娜')!;
    expect(first).toMatchObject({ status: 'missed', actual: 3, target: 5 });
    expect(first.action).toBeUndefined();
    expect(first.message).toContain('public holiday');
    expect(first.message).not.toContain('20 extra');
    const makeup = resultOf(json, 'invites.makeup', '李娜')!;
    expect(makeup.status).toBe('excused');
    expect(makeup.message).toMatch(/10-03, 10-04.*public holiday/);
    expect(json.results.some((r) => r.action?.type === 'weekend-makeup')).toBe(false);
    expect(resultOf(json, 'team.bonus', null)!.status).not.toBe('missed');
    // A missed invite quota still makes check exit 1.
    expect(run.status).toBe(1);
  });
});

describe('a weekend with one public holiday', () => {
  it('counts make-up calls only on the day that is not a holiday', () => {
    const s = new Sheets();
    s.call('张伟', '2026-11-18', 50).call('张伟', '2026-11-19', 50).call('张伟', '2026-11-20', 50);
    s.invite('张伟', '2026-11-18', 10, '一次邀约', '2026-11-22 10:00', '是');
    s.invite('张伟', '2026-11-18', 4, '二次邀约', '2026-11-22 10:00', '是');
    s.call('张伟', '2026-11-21', 15).call('张伟', '2026-11-22', 12);
    const dir = s.write({ advisors: ['张伟'], calendar: { holidays: ['2026-11-21'] } });
    const { json } = checkJson(dir, '2026-11-18', '2026-11-22T20:00');
    expect(resultOf(json, 'invites.first', '张伟')).toMatchObject({ status: 'missed', target: 15, action: { type: 'weekend-makeup' } });
    // Saturday's 15 calls fall on the holiday: only Sunday's 12 are make-up calls (27 before).
    expect(resultOf(json, 'invites.makeup', '张伟')).toMatchObject({ status: 'missed', actual: 12, target: 20 });
    expect(json.advisors.find((a) => a.advisor === '张伟')!.metrics.makeupCalls).toBe(12);
  });
});

describe('a week with no call day (Spring Festival, 2026-02-18 to 02-20)', () => {
  it('excuses every week quota (the invite and visit quotas were 15, 4 and 5 before) and owes no make-up', () => {
    const s = new Sheets();
    s.call('张伟', '2026-02-18', 3);
    const dir = s.write({ advisors: ['张伟'] });
    const { run, json } = checkJson(dir, '2026-02-18', '2026-02-22T20:00');
    for (const rule of ['calls.weekly', 'invites.first', 'invites.second', 'invites.second-zero', 'visits.first', 'visits.second', 'visits.total']) {
      expect(resultOf(json, rule, '张伟')?.status, rule).toBe('excused');
    }
    expect(resultOf(json, 'invites.makeup', '张伟')).toBeUndefined();
    expect(run.status).toBe(0);
  });
});
