/** The demo center's history (issue 15) through the real binary: eight weeks of trend, the decline of week 11-18. */
import { describe, expect, it } from 'vitest';
import type { CheckReport } from '../../src/model/results.js';
import { runCli } from '../support/run-cli.js';

describe('the demo center has eight weeks of history', () => {
  it('gives the trend of 8 weeks and, on Sunday evening, the visits decline traced to 刘洋', () => {
    const run = runCli(['check', '--data', 'fixtures/demo-center', '--week', '2026-11-18', '--as-of', '2026-11-22T20:00', '--json']);
    const report = JSON.parse(run.stdout) as CheckReport;
    expect(report.trend!.weeks).toEqual(['2026-09-30', '2026-10-07', '2026-10-14', '2026-10-21', '2026-10-28', '2026-11-04', '2026-11-11', '2026-11-18']);
    expect(report.trend!.center.visits.every((v) => v !== null && v > 0)).toBe(true);
    // Week 09-30 has one call day (National Day): about a third of a week's calls.
    expect(report.trend!.center.effectiveCalls[0]).toBeLessThan(400);
    const decline = report.results.find((r) => r.rule === 'analysis.visits-decline')!;
    expect(decline).toMatchObject({ status: 'missed', actual: 39, target: 52, detail: { baseline: 50 } });
    expect(decline.detail!.advisors).toEqual([{ advisor: '刘洋', metric: 'visits', previous: 8, current: 3, cause: 'visits' }]);
    // Four closed weeks of their own: every advisor's target plan uses own rates.
    expect(Object.values(report.targetPlan!).map((p) => p.rates.source)).toEqual(['own', 'own', 'own', 'own', 'own', 'own']);
  });
});
