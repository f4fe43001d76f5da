import { describe, expect, it } from 'vitest';
import { enrollmentAward, firstOrderAward, isEnrollment } from '../../../src/reports/director/awards.js';
import {
  advisorNames,
  advisorRenewals,
  buildDirectorSummary,
  countByType,
  monthTarget,
  shareStatus,
  signRateOf,
  summaryJson,
  teamBonusDecision,
  weeklyTrend,
  type RenewalDone,
} from '../../../src/reports/director/model.js';
import { weeksOfMonth } from '../../../src/calendar/week.js';
import type { TargetRecord } from '../../../src/model/records.js';
import { MONTH, asOf, config, contract, dataset, engineCheck, renewal, result } from '../../support/month-fixture.js';

const summary = (check = engineCheck(), at = asOf()) => buildDirectorSummary({ dataset: dataset(), config: config(), month: MONTH, asOf: at, check });

describe('the month', () => {
  it('is the calendar month for figures dated by their own date; the weeks whose Friday is in it for the bonus and trend', () => {
    const s = summary();
    expect([s.monthStart, s.monthEnd]).toEqual(['2026-11-01', '2026-11-30']);
    expect([s.weeksStart, s.weeksEnd]).toEqual(['2026-11-04', '2026-12-01']);
    expect(s.weeks.map((w) => w.start)).toEqual(['2026-11-04', '2026-11-11', '2026-11-18', '2026-11-25']);
  });
});

describe('contracts, mixes and sales', () => {
  it("counts every contract of the calendar month, renewals not counted included (11-03 is November's, 12-01 December's)", () => {
    const s = summary();
    expect(s.contracts.count).toBe(10);
    expect(s.contracts.amount).toBe(134400);
    expect(s.contracts.byType).toEqual({ new: 6, referral: 1, renewal: 3 });
    expect(s.contracts.byCourse).toEqual({ one_year: 7, multi_year: 2, installment: 1 });
  });
  it('leaves the renewals the engine did not count out of sales, with its reason', () => {
    const s = summary();
    expect(s.renewals.counted).toEqual({ count: 1, amount: 9800 });
    expect(s.renewals.notCounted).toEqual({ count: 2, amount: 29000 });
    expect(s.salesAmount).toBe(134400 - 29000);
    // 王芳's renewal of 12-01 is December's: not in November's results (its week is November's).
    expect(s.renewals.done.map((r) => [r.date, r.advisor, r.counted, r.reason])).toEqual([
      ['2026-11-12', '王芳', true, 'in-plan'],
      ['2026-11-15', '张伟', false, 'not-in-plan'],
      ['2026-11-20', '李娜', false, 'plan-late'],
    ]);
    expect(s.renewals.planned).toBe(4);
    expect(s.renewals.plannedAmount).toBe(9000 + 9800 + 9800 + 9000);
    const li = s.renewals.byAdvisor.find((a) => a.advisor === '李娜')!;
    expect(li).toMatchObject({ planned: 1, submitted: '2026-11-03', planStatus: 'missed', done: 1, notCounted: { count: 1, amount: 9000 } });
    // The engine's renewal share is used as given.
    expect(s.renewals.share).toBe(0.093);
    expect(s.renewals.shareStatus).toBe('missed');
  });
  it('says a renewal with no plan at all is not counted for want of a plan', () => {
    const d = dataset();
    d.records.renewals = d.records.renewals.filter((r) => r.advisor !== '张伟');
    const s = buildDirectorSummary({ dataset: d, config: config(), month: MONTH, asOf: asOf(), check: engineCheck() });
    expect(s.renewals.done.find((r) => r.advisor === '张伟')!.reason).toBe('no-plan');
  });
  it('compares each share with its target and tolerance (a share on the edge is inside); status from the engine', () => {
    const s = summary();
    const type = Object.fromEntries(s.typeMix.shares.map((x) => [x.key, x]));
    expect(type.new).toMatchObject({ count: 6, share: 0.6, target: 0.4, deviation: 0.2, off: true });
    expect(type.referral).toMatchObject({ share: 0.1, deviation: -0.2, off: true });
    expect(type.renewal).toMatchObject({ share: 0.3, deviation: 0, off: false });
    expect(s.typeMix).toMatchObject({ status: 'missed', tolerance: 0.1 });
    const course = Object.fromEntries(s.courseMix.shares.map((x) => [x.key, x]));
    expect(course.one_year).toMatchObject({ share: 0.7, off: true });
    expect(course.multi_year).toMatchObject({ share: 0.2, off: false });
    expect(course.installment).toMatchObject({ share: 0.1, off: false });
    // No course-mix result from the engine: no status rather than one made up here.
    expect(s.courseMix.status).toBeNull();
  });
});

describe('targets against results', () => {
  it('compares the month targets (blank advisor = center) with enrollments and sales', () => {
    const s = summary();
    expect(s.totals.enrollments).toEqual({ target: 8, actual: 7, status: 'missed' });
    expect(s.totals.amount).toEqual({ target: 110000, actual: 105400, status: 'missed' });
    const zhang = s.advisors.find((a) => a.advisor === '张伟')!;
    expect(zhang.enrollments).toEqual({ target: 2, actual: 3, status: 'met' });
    // 12,800 (11-03) + 25,600 + 12,800 + 20,000 signed, the 20,000 renewal not counted.
    expect(zhang.amount).toEqual({ target: 30000, actual: 51200, status: 'met' });
    expect(zhang.contractAmount).toBe(71200);
    expect(s.advisors.find((a) => a.advisor === '李娜')!.amount.target).toBeNull();
    expect(s.advisors.find((a) => a.advisor === '李娜')!.amount.status).toBeNull();
  });
  it('keeps a short target pending while the month is open', () => {
    const s = summary(engineCheck('pending'), asOf('2026-11-20T19:00'));
    expect(s.closed).toBe(false);
    expect(s.totals.enrollments.status).toBe('pending');
  });
});

describe('per advisor', () => {
  it('takes the weekly call quota, trend and talk status from the engine; sign rate of the month from its visits', () => {
    const s = summary();
    const zhang = s.advisors.find((a) => a.advisor === '张伟')!;
    // 3 enrollments / 5 families that came in calendar November (A twice in one week counts once; 12-01 and 10-31 are not November's)
    expect(zhang).toMatchObject({ visits: 5, signRate: 0.6, signRateStatus: 'met', weeksMet: 4, weeks: 4, talks: 2, talksStatus: 'met' });
    expect(zhang.talkDates).toEqual(['2026-11-12', '2026-11-26']);
    const li = s.advisors.find((a) => a.advisor === '李娜')!;
    expect(li).toMatchObject({ weeksMet: 3, weeks: 4, talks: 0, talksStatus: 'missed' });
    // 王芳's October talk is not November's.
    expect(s.advisors.find((a) => a.advisor === '王芳')!.talks).toBe(0);
    // 张伟 5 + 李娜 1 visits; 7 enrollments.
    expect(s.totals).toMatchObject({ visits: 6, signRate: 1.1667, signRateStatus: 'met' });
    expect(s.trend).toHaveLength(12);
    expect(s.trend.at(-2)).toMatchObject({ week: '2026-11-25', advisor: '李娜', effectiveCalls: 140, callStatus: 'missed', visits: 6 });
  });
});

describe('team bonus', () => {
  it("is cancelled with every reason from the engine's misses: the advisor and week, the fabricated callback and its phone", () => {
    const s = summary();
    expect(s.teamBonus.status).toBe('cancelled');
    expect(s.teamBonus.reasons.map((r) => [r.kind, r.advisor, r.week, r.date, r.phone, r.actual, r.target])).toEqual([
      ['calls-weekly', '李娜', '2026-11-25', null, null, 140, 150],
      ['fabricated-callback', '王芳', '2026-11-25', '2026-12-01', '139****5678', null, null],
    ]);
  });
  it('is kept when the engine says met, pending with the open weeks named when undecided', () => {
    expect(summary(engineCheck('met')).teamBonus).toEqual({ status: 'kept', reasons: [] });
    const pending = summary(engineCheck('pending'), asOf('2026-11-20T19:00'));
    expect(pending.teamBonus.status).toBe('pending');
    expect(pending.teamBonus.reasons.map((r) => [r.kind, r.week])).toEqual([
      ['week-open', '2026-11-18'],
      ['week-open', '2026-11-25'],
    ]);
  });
});

describe('awards (§1.2.4)', () => {
  it('gives the enrollment award on a tie to the one who reached the count first', () => {
    const s = summary();
    // 张伟's contract of 11-03 is November's: 3 enrollments, alone.
    expect(s.awards).toMatchObject({ enrollment: '张伟', enrollmentCount: 3, enrollmentTied: ['张伟'], enrollmentReachedOn: '2026-11-06' });
    // Without it, three are tied at 2 and 张伟 reached 2 first.
    const tie = enrollmentAward(dataset().records.contracts.filter((c) => c.date >= '2026-11-04' && c.date <= '2026-11-30' && isEnrollment(c)));
    expect(tie).toEqual({ winner: '张伟', count: 2, tied: ['张伟', '李娜', '王芳'], reachedOn: '2026-11-06' });
  });
  it('gives the first-order award to the first complete new contract, the earlier row on the same date', () => {
    // 11-03 is November's first day with a complete new contract (its week's Friday is October's).
    expect(summary().awards.firstOrder).toBe('张伟');
    expect(summary().awards.firstOrderDate).toBe('2026-11-03');
    const same = [
      contract({ date: '2026-11-03', advisor: '甲' }, 9),
      contract({ date: '2026-11-03', advisor: '乙' }, 4),
      contract({ date: '2026-11-01', advisor: '丙', course: 'installment' }, 2),
      contract({ date: '2026-11-01', advisor: '丁', type: 'referral' }, 3),
    ];
    expect(firstOrderAward(same)!.advisor).toBe('乙');
    expect(firstOrderAward([])).toBeNull();
  });
  it('counts only new and referral contracts, and names nobody in an empty month', () => {
    const list = [
      contract({ date: '2026-11-01', advisor: '甲', type: 'renewal' }),
      contract({ date: '2026-11-02', advisor: '甲', type: 'renewal' }),
      contract({ date: '2026-11-03', advisor: '乙', type: 'referral' }),
    ];
    expect(enrollmentAward(list)).toMatchObject({ winner: '乙', count: 1 });
    expect(enrollmentAward([])).toEqual({ winner: null, count: 0, tied: [], reachedOn: null });
  });
});

describe('referral rewards', () => {
  it("lists the engine's rewards due in the month with the contract's details, phones masked", () => {
    const s = summary();
    expect(s.referralRewards.due.map((r) => [r.advisor, r.start, r.signed, r.due, r.amount, r.salonClasses, r.status])).toEqual([
      ['王芳', '2026-09-10', '2026-09-05', '2026-11-10', 300, 2, 'met'],
      // No start date: the engine counts from the signing date.
      ['李娜', null, '2026-09-25', '2026-11-25', 300, 2, 'met'],
      ['李娜', '2026-09-30', '2026-09-20', '2026-11-30', 300, 2, 'met'],
    ]);
    expect(s.referralRewards.totalAmount).toBe(900);
    // The referrer cell held a phone: masked.
    expect(s.referralRewards.due[0]!.referrer).toBe('赵爸爸 137****1111');
    expect(s.referralRewards.due[0]!.phone).toBe('138****3333');
  });
  it('passes the engine referral-owner warnings on, phones masked', () => {
    expect(summary().referralOwner).toEqual([{ advisor: '张伟', message: '介绍人 137****1111 在李娜名下', evidence: [expect.anything()] }]);
  });
});

describe('lead sources', () => {
  it('counts leads, valid rate (no invalid feedback, no invalid-number call), invited, visited, signed', () => {
    const s = summary();
    expect(s.leadSources.rows).toEqual([
      { source: '地推', leads: 3, valid: 1, validRate: 0.3333, invited: 1, visited: 1, signed: 1 },
      { source: '大众点评', leads: 1, valid: 1, validRate: 1, invited: 1, visited: 1, signed: 1 },
    ]);
    expect(s.leadSources.total).toMatchObject({ leads: 4, valid: 2, validRate: 0.5, invited: 2, visited: 2, signed: 2 });
  });
});

describe('--json', () => {
  it('has the fields of commands.md, with no phone in full', () => {
    const json = summaryJson(summary(), 'reports/月度汇总_2026-11.xlsx', (r) => `${r.kind} ${r.advisor}`);
    expect(json).toMatchObject({
      month: '2026-11',
      period: { start: '2026-11-01', end: '2026-11-30' },
      weeks: { start: '2026-11-04', end: '2026-12-01' },
      contracts: { count: 10, amount: 134400, byType: { new: 6, referral: 1, renewal: 3 }, byCourse: { one_year: 7, multi_year: 2, installment: 1 } },
      salesAmount: 105400,
      renewals: { counted: { count: 1, amount: 9800 }, notCounted: { count: 2, amount: 29000 } },
      teamBonus: { status: 'cancelled', reasons: [{ kind: 'calls-weekly', advisor: '李娜', week: '2026-11-25', text: 'calls-weekly 李娜' }, { phone: '139****5678' }] },
      awards: { enrollment: '张伟', firstOrder: '张伟' },
      file: 'reports/月度汇总_2026-11.xlsx',
    });
    expect(JSON.stringify(json)).not.toMatch(/1\d{10}/);
  });
});

describe('an empty month', () => {
  it('builds and writes without figures: no award, no shares, bonus pending with its open weeks', async () => {
    const { emptyRecords } = await import('../../../src/dataset/types.js');
    const { buildDirectorWorkbook } = await import('../../../src/reports/director/workbook.js');
    const d = { files: [], records: emptyRecords(), issues: [], advisors: [] };
    const s = buildDirectorSummary({ dataset: d, config: config(), month: MONTH, asOf: asOf('2026-11-01T09:00'), check: { month: MONTH, weeks: [], results: [], teamBonus: { status: 'pending', misses: [] } } });
    expect(s.contracts.count).toBe(0);
    expect(s.awards).toMatchObject({ enrollment: null, firstOrder: null });
    expect(s.typeMix.shares.map((x) => x.share)).toEqual([null, null, null]);
    expect(s.teamBonus.status).toBe('pending');
    expect(s.teamBonus.reasons).toHaveLength(4);
    const wb = await buildDirectorWorkbook(s, 'zh');
    expect(wb.worksheets).toHaveLength(9);
  });
});

describe("the summary's steps", () => {
  const target = (row: number, period: string, advisor: string | null, enrollments: number | null, amount: number | null): TargetRecord => ({
    origin: { file: 'targets.csv', sheet: null, row },
    period,
    advisor,
    enrollments,
    amount,
  });

  it('monthTarget: the month and advisor (null = center) only; the last row that gives the field wins', () => {
    const rows = [
      target(2, MONTH, null, 8, 100000),
      target(3, MONTH, null, 9, null), // a later enrollments target; its blank amount does not erase the first
      target(4, MONTH, '张伟', 2, 30000),
      target(5, '2026-12', null, 99, 999999),
    ];
    expect(monthTarget(rows, MONTH, null, 'enrollments')).toBe(9);
    expect(monthTarget(rows, MONTH, null, 'amount')).toBe(100000);
    expect(monthTarget(rows, MONTH, '张伟', 'amount')).toBe(30000);
    expect(monthTarget(rows, MONTH, '李娜', 'amount')).toBeNull();
    expect(monthTarget(rows, '2026-10', null, 'enrollments')).toBeNull();
  });

  it('advisorNames: the known advisors first, then each new name in order of appearance, once', () => {
    const cs = [contract({ date: '2026-11-04', advisor: '赵强' }), contract({ date: '2026-11-05', advisor: '张伟' }), contract({ date: '2026-11-06', advisor: '赵强' })];
    const plans = [renewal('陈静', '小强', '2026-10-30'), renewal('李娜', '小红', '2026-10-31')];
    const weeks = engineCheck('met').weeks.slice(0, 1);
    expect(advisorNames(['张伟', '李娜'], cs, plans, weeks)).toEqual(['张伟', '李娜', '赵强', '陈静', '王芳']);
  });

  it('countByType: every type present, contracts without a type left out', () => {
    const cs = [contract({ date: '2026-11-04', advisor: '张伟', type: 'referral' }), contract({ date: '2026-11-04', advisor: '张伟', type: null })];
    expect(countByType(cs)).toEqual({ new: 0, referral: 1, renewal: 0 });
    expect(Object.keys(countByType([]))).toEqual(['new', 'referral', 'renewal']);
  });

  it('signRateOf: no rate without visits; pending until the close, then judged against the target', () => {
    const close = '2026-12-01T21:00';
    expect(signRateOf(1, 0, 0.3, '2026-12-02T10:00', close)).toEqual({ rate: null, status: null });
    expect(signRateOf(1, 3, 0.3, '2026-11-20T10:00', close)).toEqual({ rate: 0.3333, status: 'pending' });
    expect(signRateOf(1, 3, 0.3, '2026-12-02T10:00', close)).toEqual({ rate: 0.3333, status: 'met' });
    expect(signRateOf(1, 4, 0.3, '2026-12-02T10:00', close)).toEqual({ rate: 0.25, status: 'missed' });
  });

  it('weeklyTrend: by week, then in the order of the names whatever order the engine gave; statuses from its results', () => {
    const weeks = engineCheck('missed').weeks.slice(2).reverse();
    weeks[0]!.results.push(result({ rule: 'contracts.sign-rate', advisor: '王芳', status: 'met', period: '2026-11-25' }));
    const trend = weeklyTrend(weeks, ['王芳', '李娜', '张伟']);
    expect(trend.map((t) => [t.week, t.advisor])).toEqual([
      ['2026-11-18', '王芳'],
      ['2026-11-18', '李娜'],
      ['2026-11-18', '张伟'],
      ['2026-11-25', '王芳'],
      ['2026-11-25', '李娜'],
      ['2026-11-25', '张伟'],
    ]);
    expect(trend[4]).toMatchObject({ effectiveCalls: 140, callTarget: 150, callStatus: 'missed', visits: 6, signRateStatus: null });
    expect(trend[3]!.signRateStatus).toBe('met');
  });

  it('advisorRenewals: only advisors with a plan, a renewal or a plan-due result; the latest submission date', () => {
    const done: RenewalDone[] = [
      { date: '2026-11-10', advisor: '王芳', student: null, phone: null, amount: 9800, counted: true, reason: 'in-plan', origin: { file: 'c', sheet: null, row: 2 } },
      { date: '2026-11-12', advisor: '王芳', student: null, phone: null, amount: 5000, counted: false, reason: 'not-in-plan', origin: { file: 'c', sheet: null, row: 3 } },
    ];
    const plans = [renewal('张伟', '小强', '2026-10-30'), renewal('张伟', '小刚', '2026-11-02'), renewal('张伟', '小明', '2026-10-31')];
    const find = (rule: string, advisor: string | null) => (rule === 'renewals.plan-due' && advisor === '李娜' ? result({ rule, advisor, status: 'missed' }) : undefined);
    const rows = advisorRenewals(['张伟', '李娜', '王芳', '赵强'], plans, done, find);
    expect(rows.map((r) => r.advisor)).toEqual(['张伟', '李娜', '王芳']);
    expect(rows[0]).toMatchObject({ planned: 3, plannedAmount: 27000, submitted: '2026-11-02', done: 0, planStatus: null });
    expect(rows[1]).toMatchObject({ planned: 0, submitted: null, planStatus: 'missed' });
    expect(rows[2]).toMatchObject({ done: 2, counted: { count: 1, amount: 9800 }, notCounted: { count: 1, amount: 5000 } });
  });

  it("teamBonusDecision: the engine's misses as reasons; while pending, only the weeks whose Sunday close is still ahead", () => {
    const cfg = config();
    const weeks = weeksOfMonth(MONTH, cfg);
    const callbacks = dataset().records.callbacks;
    const missed = teamBonusDecision(engineCheck('missed').teamBonus, callbacks, weeks, '2026-12-02T10:00', cfg);
    expect(missed.status).toBe('cancelled');
    // The fabricated callback of 12-01 is found by its origin (row 2), not by its advisor (row 3 is 王芳's too).
    expect(missed.reasons[1]).toMatchObject({ kind: 'fabricated-callback', week: '2026-11-25', date: '2026-12-01', phone: '139****5678' });
    // 11-22 is the Sunday of the week of 11-18: at 17:00 it is still open, after the close of business it is not.
    const sunday = weeks[2]!.sunday;
    expect(sunday).toBe('2026-11-22');
    const before = teamBonusDecision({ status: 'pending', misses: [] }, [], weeks, `${sunday}T17:00`, cfg);
    expect(before.reasons.map((r) => r.week)).toEqual(['2026-11-18', '2026-11-25']);
    const after = teamBonusDecision({ status: 'pending', misses: [] }, [], weeks, `${sunday}T23:00`, cfg);
    expect(after).toEqual({ status: 'pending', reasons: [expect.objectContaining({ kind: 'week-open', week: '2026-11-25' })] });
    expect(teamBonusDecision({ status: 'met', misses: [] }, [], weeks, `${sunday}T17:00`, cfg)).toEqual({ status: 'kept', reasons: [] });
  });
});

describe('shareStatus (the overview and the first page alike)', () => {
  it('met within the tolerance; off is pending while the month is open, missed once closed; none without contracts', () => {
    expect(shareStatus({ share: 0.5, off: false }, false)).toBe('met');
    expect(shareStatus({ share: 0.5, off: true }, false)).toBe('pending');
    expect(shareStatus({ share: 0.5, off: true }, true)).toBe('missed');
    expect(shareStatus({ share: null, off: false }, true)).toBeNull();
  });
});
