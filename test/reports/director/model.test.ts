import { describe, expect, it } from 'vitest';
import { enrollmentAward, firstOrderAward } from '../../../src/reports/director/awards.js';
import { buildDirectorSummary, monthBounds, summaryJson, weeksOfMonth } from '../../../src/reports/director/model.js';
import { referralRewardsDue } from '../../../src/reports/director/referral-rewards.js';
import { MONTH, asOf, config, contract, dataset, engineCheck, result } from './month-fixture.js';

const summary = (check = engineCheck(), at = asOf()) => buildDirectorSummary({ dataset: dataset(), config: config(), month: MONTH, asOf: at, check });

describe('weeks of the month', () => {
  it('takes the weeks whose Friday is in the month, the week 11-25..12-01 included', () => {
    const weeks = weeksOfMonth('2026-11', config());
    expect(weeks.map((w) => [w.start, w.end])).toEqual([
      ['2026-11-04', '2026-11-10'],
      ['2026-11-11', '2026-11-17'],
      ['2026-11-18', '2026-11-24'],
      ['2026-11-25', '2026-12-01'],
    ]);
    // 10-28..11-03 has its Friday on 10-30: October's; December starts with 12-02.
    expect(weeksOfMonth('2026-10', config()).at(-1)!.start).toBe('2026-10-28');
    expect(weeksOfMonth('2026-12', config())[0]!.start).toBe('2026-12-02');
  });
});

describe('contracts, mixes and sales', () => {
  it('counts every contract signed in the month, renewals not counted included', () => {
    const s = summary();
    expect(s.contracts.count).toBe(9);
    expect(s.contracts.amount).toBe(121600);
    expect(s.contracts.byType).toEqual({ new: 5, referral: 1, renewal: 3 });
    expect(s.contracts.byCourse).toEqual({ one_year: 6, multi_year: 2, installment: 1 });
  });
  it('leaves the renewals the engine did not count out of sales, with the reason', () => {
    const s = summary();
    expect(s.renewals.counted).toEqual({ count: 1, amount: 9800 });
    expect(s.renewals.notCounted).toEqual({ count: 2, amount: 29000 });
    expect(s.salesAmount).toBe(121600 - 29000);
    expect(s.renewals.done.map((r) => [r.advisor, r.counted, r.reason])).toEqual([
      ['王芳', true, null],
      ['张伟', false, 'outside-plan'],
      ['李娜', false, 'plan-late'],
    ]);
    expect(s.renewals.planned).toBe(3);
    expect(s.renewals.plannedAmount).toBe(9000 + 9800 + 9000);
    const li = s.renewals.byAdvisor.find((a) => a.advisor === '李娜')!;
    expect(li).toMatchObject({ planned: 1, submitted: '2026-11-03', planStatus: 'missed', done: 1, notCounted: { count: 1, amount: 9000 } });
    // The engine's renewal share is used as given.
    expect(s.renewals.share).toBe(0.1058);
    expect(s.renewals.shareStatus).toBe('missed');
  });
  it('says a renewal with no plan at all is not counted for want of a plan', () => {
    const d = dataset();
    d.records.renewals = d.records.renewals.filter((r) => r.advisor !== '张伟');
    const s = buildDirectorSummary({ dataset: d, config: config(), month: MONTH, asOf: asOf(), check: engineCheck() });
    expect(s.renewals.done.find((r) => r.advisor === '张伟')!.reason).toBe('no-plan');
  });
  it('compares each share with its target and tolerance; the engine decides the status when it gives one', () => {
    const s = summary();
    const type = Object.fromEntries(s.typeMix.shares.map((x) => [x.key, x]));
    expect(type.new!.share).toBe(0.5556);
    expect(type.new!.target).toBe(0.4);
    expect(type.new!.off).toBe(true);
    expect(type.referral!.off).toBe(true);
    expect(type.renewal!.off).toBe(false);
    expect(s.typeMix).toMatchObject({ status: 'missed', statusSource: 'engine', tolerance: 0.1 });
    // No course-mix result from the engine: derived from the shares (one-year 67% vs 50% +- 10).
    const course = Object.fromEntries(s.courseMix.shares.map((x) => [x.key, x]));
    expect(course.one_year!.share).toBe(0.6667);
    expect(course.one_year!.off).toBe(true);
    expect(course.multi_year!.off).toBe(false);
    expect(course.installment!.off).toBe(false);
    expect(s.courseMix).toMatchObject({ status: 'missed', statusSource: 'shares' });
  });
  it('does not call a share exactly at the tolerance off', () => {
    const d = dataset();
    // 2 new, 1 referral, 2 renewal... of 10 -> make a month with exactly 20% renewals (30 - 10).
    d.records.contracts = [
      ...Array.from({ length: 5 }, () => contract({ date: '2026-11-10', advisor: '张伟', type: 'new' })),
      ...Array.from({ length: 3 }, () => contract({ date: '2026-11-10', advisor: '张伟', type: 'referral' })),
      ...Array.from({ length: 2 }, () => contract({ date: '2026-11-10', advisor: '张伟', type: 'renewal' })),
    ];
    const s = buildDirectorSummary({ dataset: d, config: config(), month: MONTH, asOf: asOf(), check: { month: MONTH, weeks: [], results: [] } });
    expect(s.typeMix.shares.map((x) => x.off)).toEqual([false, false, false]);
    expect(s.typeMix.status).toBe('met');
  });
});

describe('targets against results', () => {
  it('compares the month targets (blank advisor = center) with enrollments and sales', () => {
    const s = summary();
    expect(s.totals.enrollments).toEqual({ target: 8, actual: 6, status: 'missed' });
    expect(s.totals.amount).toEqual({ target: 100000, actual: 92600, status: 'missed' });
    const zhang = s.advisors.find((a) => a.advisor === '张伟')!;
    expect(zhang.enrollments).toEqual({ target: 2, actual: 2, status: 'met' });
    // 25,600 + 12,800 + 20,000 signed, the 20,000 renewal not counted.
    expect(zhang.amount).toEqual({ target: 30000, actual: 38400, status: 'met' });
    expect(zhang.contractAmount).toBe(58400);
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
  it('takes the sign rate, weekly call quota and talks from the engine', () => {
    const s = summary();
    const zhang = s.advisors.find((a) => a.advisor === '张伟')!;
    expect(zhang).toMatchObject({ signRate: 0.3333, signRateStatus: 'met', weeksMet: 4, weeks: 4, talks: 2, talksStatus: 'met' });
    expect(zhang.talkDates).toEqual(['2026-11-12', '2026-11-26']);
    const li = s.advisors.find((a) => a.advisor === '李娜')!;
    expect(li).toMatchObject({ weeksMet: 3, weeks: 4, talks: 0, talksStatus: 'missed' });
    // 王芳's October talk is not November's.
    expect(s.advisors.find((a) => a.advisor === '王芳')!.talks).toBe(0);
    expect(s.trend).toHaveLength(12);
    expect(s.trend.at(-2)).toMatchObject({ week: '2026-11-25', advisor: '李娜', effectiveCalls: 140, callStatus: 'missed', visits: 6 });
  });
});

describe('team bonus', () => {
  it('is cancelled with every reason: the advisor and week short of calls, the fabricated callback', () => {
    const s = summary();
    expect(s.teamBonus.status).toBe('cancelled');
    expect(s.teamBonus.reasons.map((r) => [r.kind, r.advisor, r.week, r.date, r.phone])).toEqual([
      ['calls-weekly', '李娜', '2026-11-25', null, null],
      // 12-01 is in the week 11-25..12-01, whose Friday is in November; the 12-02 callback is December's.
      ['fabricated-callback', '王芳', '2026-11-25', '2026-12-01', '139****5678'],
    ]);
    expect(s.teamBonus.reasons[0]).toMatchObject({ actual: 140, target: 150 });
  });
  it('is kept when the engine says met, pending with the open weeks named when undecided', () => {
    const d = dataset();
    d.records.callbacks = [];
    const ok = engineCheck('met');
    ok.weeks.forEach((w) => w.results.forEach((r) => (r.status = 'met')));
    expect(buildDirectorSummary({ dataset: d, config: config(), month: MONTH, asOf: asOf(), check: ok }).teamBonus).toEqual({ status: 'kept', ruleStatus: 'met', reasons: [] });
    const pending = buildDirectorSummary({ dataset: d, config: config(), month: MONTH, asOf: asOf('2026-11-20T19:00'), check: { ...ok, results: [result({ rule: 'team.bonus', status: 'pending' })] } });
    expect(pending.teamBonus.status).toBe('pending');
    expect(pending.teamBonus.reasons.map((r) => [r.kind, r.week])).toEqual([
      ['week-open', '2026-11-18'],
      ['week-open', '2026-11-25'],
    ]);
  });
  it('is pending when the engine gave no decision', () => {
    expect(summary({ month: MONTH, weeks: [], results: [] }).teamBonus.status).toBe('pending');
  });
});

describe('awards (§1.2.4)', () => {
  it('gives the enrollment award on a tie to the one who reached the count first', () => {
    const s = summary();
    expect(s.awards.enrollment).toBe('张伟');
    expect(s.awards.enrollmentCount).toBe(2);
    expect(s.awards.enrollmentTied).toEqual(['张伟', '李娜', '王芳']);
    expect(s.awards.enrollmentReachedOn).toBe('2026-11-05');
  });
  it('gives the first-order award to the first complete new contract, the earlier row on the same date', () => {
    expect(summary().awards.firstOrder).toBe('王芳');
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
  it('lists the referrals whose start + 2 months falls in the month, 300 yuan and two salon classes', () => {
    const s = summary();
    expect(s.referralRewards.due.map((r) => [r.advisor, r.start, r.due, r.amount, r.salonClasses])).toEqual([
      ['王芳', '2026-09-10', '2026-11-10', 300, 2],
      ['李娜', '2026-09-30', '2026-11-30', 300, 2],
    ]);
    expect(s.referralRewards.totalAmount).toBe(600);
    // The referrer cell held a phone: masked.
    expect(s.referralRewards.due[0]!.referrer).toBe('赵爸爸 137****1111');
    expect(s.referralRewards.due[0]!.phone).toBe('138****3333');
  });
  it('lists each reward in exactly one month', () => {
    const all = dataset().records.contracts;
    const p = { months: 2, amount: 300, salonClasses: 2 };
    const months = ['2026-10', '2026-11', '2026-12', '2027-01'].map((m) => {
      const { start, end } = monthBounds(m);
      return referralRewardsDue(all, start, end, p).due.length;
    });
    expect(months).toEqual([1, 2, 1, 1]);
  });
  it('reads the amounts from the config', () => {
    const c = config();
    c.rules['referrals.reward-due'] = { months: 2, amount: 500, salonClasses: 3 };
    const s = buildDirectorSummary({ dataset: dataset(), config: c, month: MONTH, asOf: asOf(), check: engineCheck() });
    expect(s.referralRewards.due[0]).toMatchObject({ amount: 500, salonClasses: 3 });
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
    const json = summaryJson(summary(), 'reports/月度汇总_2026-11.xlsx');
    expect(json).toMatchObject({
      month: '2026-11',
      contracts: { count: 9, amount: 121600, byType: { new: 5, referral: 1, renewal: 3 }, byCourse: { one_year: 6, multi_year: 2, installment: 1 } },
      salesAmount: 92600,
      renewals: { counted: { count: 1, amount: 9800 }, notCounted: { count: 2, amount: 29000 } },
      teamBonus: { status: 'cancelled' },
      awards: { enrollment: '张伟', firstOrder: '王芳' },
      file: 'reports/月度汇总_2026-11.xlsx',
    });
    expect((json.teamBonus as { reasons: unknown[] }).reasons).toHaveLength(2);
    expect(JSON.stringify(json)).not.toMatch(/1\d{10}/);
  });
});
