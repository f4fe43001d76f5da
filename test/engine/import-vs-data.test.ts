import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/run-cli.js';
import type { CheckReport } from '../../src/model/results.js';

const WEEK = ['--week', '2026-11-18', '--as-of', '2026-11-22T20:00'];

/** The report without where its evidence lives (paths differ: sheets/... vs fixtures/...). */
function judged(report: CheckReport) {
  return {
    week: report.week,
    advisors: report.advisors,
    results: report.results.map(({ evidence, ...r }) => ({ ...r, evidence: evidence.map((e) => [e.sheet, e.row]) })),
    issues: report.dataIssues.map((i) => [i.code, i.severity, i.sheet, i.row, i.column]).sort(),
  };
}

describe('a center week is judged the same through import or --data', () => {
  it('gives the same metrics, statuses and issues for the demo center', () => {
    const ws = join(mkdtempSync(join(tmpdir(), 'clubcrm-ws-')), 'center');
    expect(runCli(['init', ws]).status).toBe(0);
    const imported = runCli(['import', join(ROOT, 'fixtures/demo-center')], { cwd: ws });
    expect([0, 1]).toContain(imported.status); // the demo has planted data issues
    const viaImport = runCli(['check', '--json', ...WEEK], { cwd: ws });
    const viaData = runCli(['check', '--json', '--data', join(ROOT, 'fixtures/demo-center'), ...WEEK], { cwd: mkdtempSync(join(tmpdir(), 'clubcrm-cwd-')) });
    expect(viaImport.status).toBe(viaData.status);
    const a = judged(JSON.parse(viaImport.stdout) as CheckReport);
    const b = judged(JSON.parse(viaData.stdout) as CheckReport);
    expect(a.advisors.length).toBe(6);
    expect(a).toEqual(b);
  });
});
