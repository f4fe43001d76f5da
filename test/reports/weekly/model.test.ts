import { describe, expect, it } from 'vitest';
import { buildWeeklyModel, centerStatus } from '../../../src/reports/weekly/model.js';
import { drawCallbackSample } from '../../../src/reports/weekly/callback-sample.js';
import { renderWeeklySummary } from '../../../src/render/weekly-summary.js';
import { checkReport, config, dataset, FRIDAY, SUNDAY, WEEK } from '../../support/weekly-fixture.js';

const model = (final: boolean) =>
  buildWeeklyModel({ report: checkReport(final), dataset: dataset(), config: config(), week: WEEK, asOf: final ? SUNDAY : FRIDAY });

describe('weekly report model', () => {
  it('takes every figure from the engine report', () => {
    const m = model(false);
    const report = checkReport(false);
    expect(m.report).toEqual(report);
    expect(m.advisors.map((a) => a.advisor)).toEqual(['张伟', '李娜', '王芳']);
    const zw = m.advisors[0]!;
    expect(zw.metrics).toEqual(report.advisors[0]!.metrics);
    expect(zw.checks.calls).toEqual({ rule: 'calls.weekly', actual: 152, target: 150, status: 'met' });
    expect(zw.checks.secondInvites).toEqual({ rule: 'invites.second', actual: 3, target: 4, status: 'missed' });
    expect(zw.counts).toEqual({ met: 2, missed: 1, pending: 5, excused: 0 });
    // Center total: sums of the advisors' figures and targets, judged on the sums.
    expect(m.center.checks.calls).toEqual({ rule: 'calls.weekly', actual: 292, target: 300, status: 'missed' });
    expect(m.center.metrics.effectiveCalls).toBe(292);
    expect(m.center.teamBonus?.status).toBe('missed');
  });

  it('judges the center total by its sum against the sum of targets, not by whether someone missed', () => {
    const m = model(true);
    expect(m.center.checks.firstVisits).toEqual({ rule: 'visits.first', actual: 7, target: 5, status: 'met' });
    expect(m.center.checks.visits).toEqual({ rule: 'visits.total', actual: 8, target: 10, status: 'missed' });
    // Friday: short while some advisor's figure is still open is pending.
    expect(model(false).center.checks.visits.status).toBe('pending');
    // An advisor who missed does not make the center miss when the sum reaches the sum of targets.
    expect(centerStatus(10, 10, ['missed', 'met'])).toBe('met');
    expect(centerStatus(9, 10, ['met', 'pending'])).toBe('pending');
    expect(centerStatus(9, 10, ['met', 'missed'])).toBe('missed');
    expect(centerStatus(0, 0, ['excused', 'excused'])).toBe('excused');
    expect(centerStatus(3, null, [null])).toBe(null);
  });

  it('on Friday evening: make-ups owed with their Sunday due time, visits pending', () => {
    const m = model(false);
    expect(m.makeups).toEqual([
      { advisor: '张伟', calls: 20, done: 0, due: '2026-11-22T18:00:00', status: 'pending', causes: ['invites.second'] },
      { advisor: '李娜', calls: 20, done: 0, due: '2026-11-22T18:00:00', status: 'pending', causes: ['invites.second'] },
    ]);
    const zw = m.advisors[0]!;
    expect(zw.checks.visits.status).toBe('pending');
    expect(zw.checks.firstVisits.status).toBe('pending');
    expect(zw.consequences.bonus).toEqual({ status: 'pending', rules: ['invites.makeup'] });
    const ln = m.advisors[1]!;
    expect(ln.consequences.cardsReassigned).toEqual({ share: 0.2, status: 'missed' });
    expect(ln.consequences.newLeadsCut).toEqual({ share: 0.2, status: 'pending' });
    expect(ln.consequences.bonus).toEqual({ status: 'missed', rules: ['calls.weekly'] });
    const text = renderWeeklySummary(m, 'reports/周报_2026-11-18.xlsx', 'zh');
    expect(text).toContain('张伟：应补 20 个有效电话，已补 0，截止 2026-11-22 18:00（… 待定）');
    expect(text).toContain('周报已写入：reports/周报_2026-11-18.xlsx');
  });

  it('on Sunday evening: make-ups and visits are final', () => {
    const m = model(true);
    expect(m.makeups.map((x) => [x.advisor, x.done, x.status])).toEqual([
      ['张伟', 22, 'met'],
      ['李娜', 0, 'missed'],
    ]);
    expect(m.advisors[0]!.checks.visits).toEqual({ rule: 'visits.total', actual: 6, target: 5, status: 'met' });
    expect(m.advisors[1]!.consequences.newLeadsCut).toEqual({ share: 0.2, status: 'missed' });
    expect(m.advisors.flatMap((a) => [a.checks.visits.status, a.checks.firstVisits.status])).not.toContain('pending');
    const text = renderWeeklySummary(m, 'x.xlsx', 'en');
    expect(text).toContain('李娜: 20 effective calls owed, 0 made, due 2026-11-22 18:00 (✘ missed)');
  });

  it('plans the weekend sessions: helper where an advisor brings two families, observers in demos', () => {
    const m = model(false);
    expect(m.sessions.map((s) => [s.session, s.event, s.upcoming])).toEqual([
      ['2026-11-21T10:00:00', 'demo', true],
      ['2026-11-22T15:00:00', 'salon', true],
    ]);
    const demo = m.sessions[0]!;
    expect(demo.advisors.map((a) => [a.advisor, a.role, a.families.length, a.helperNeeded])).toEqual([
      ['张伟', 'host', 2, true],
      ['李娜', 'host', 1, false],
      ['王芳', 'observer', 0, false],
    ]);
    // No observers outside demo sessions.
    expect(m.sessions[1]!.advisors.map((a) => a.role)).toEqual(['host']);
  });

  it('counts invitations and visits by event form', () => {
    const m = model(false);
    const zwDemo = m.events.find((e) => e.advisor === '张伟' && e.event === 'demo')!;
    expect(zwDemo).toMatchObject({ firstInvites: 3, firstVisits: 1, open: 2 });
    const lnSalon = m.events.find((e) => e.advisor === '李娜' && e.event === 'salon')!;
    expect(lnSalon).toMatchObject({ secondInvites: 1, open: 1 });
  });

  it('compares the targets sheet with the results', () => {
    const m = model(false);
    expect(m.targets).toEqual([
      { advisor: null, enrollments: { target: 5, actual: 0, status: 'pending' }, amount: { target: 50000, actual: 25600, status: 'pending' } },
    ]);
  });
});

describe('callback sample', () => {
  const calls = dataset().records.calls.toArray();
  const pools = (names: string[], list = calls) =>
    names.map((advisor) => ({ advisor, calls: list.filter((c) => c.advisor === advisor && c.outcome === 'interested' && c.date >= WEEK.start) }));

  it('draws up to n effective calls of the week per advisor (as the engine counted them), one per phone', () => {
    const m = model(false);
    expect(m.callbacks.available).toEqual({ 张伟: 8, 李娜: 8, 王芳: 0 });
    expect(m.callbacks.items.filter((i) => i.advisor === '张伟')).toHaveLength(5);
    expect(m.callbacks.items.filter((i) => i.advisor === '王芳')).toHaveLength(0);
    const phones = m.callbacks.items.map((i) => i.phone);
    expect(new Set(phones).size).toBe(phones.length);
    // Never an invalid number, never a call of another week.
    expect(phones.some((p) => p.includes('9999') || p.includes('8888'))).toBe(false);
    expect(model(false).callbacks).toEqual(m.callbacks);
  });

  it('does not depend on the order of the rows; another seed draws another sample', () => {
    const a = drawCallbackSample(pools(['张伟', '李娜']), WEEK, { perAdvisor: 5 });
    const b = drawCallbackSample(pools(['张伟', '李娜'], [...calls].reverse()), WEEK, { perAdvisor: 5 });
    expect(b).toEqual(a);
    const other = drawCallbackSample(pools(['张伟', '李娜']), WEEK, { perAdvisor: 5, seed: a.seed + 1 });
    expect(other.items.map((i) => i.phone)).not.toEqual(a.items.map((i) => i.phone));
  });

  it('an added advisor leaves the samples of the others alone', () => {
    const a = drawCallbackSample(pools(['张伟', '李娜']), WEEK, { perAdvisor: 5 });
    const one = drawCallbackSample(pools(['李娜']), WEEK, { perAdvisor: 5 });
    expect(one.items).toEqual(a.items.filter((i) => i.advisor === '李娜'));
  });
});
