import { describe, expect, it } from 'vitest';
import { enrollmentAward, firstOrderAward, isEnrollment } from '../../../src/reports/director/awards.js';
import { buildDirectorSummary, summaryJson } from '../../../src/reports/director/model.js';
import { MONTH, asOf, config, contract, dataset, engineCheck } from '../../support/month-fixture.js';

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
