/**
 * `clubcrm weekly-report` on the bundled demo center through the real binary: on Friday evening
 * visits and make-ups are pending and the make-ups owed are listed with their Sunday due time; on
 * Sunday evening they are final. The workbook shows the JSON's figures, and its callback sample
 * reads back as the callbacks form.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/load.js';
import { readFile } from '../../../src/dataset/read-file.js';
import type { CheckReport, WeekMetrics } from '../../../src/model/results.js';
import { hasStackTrace, ROOT, runCli } from '../../support/run-cli.js';
import { RULE_SPECS } from '../../../src/rules/index.js';

const DEMO = join(ROOT, 'fixtures', 'demo-center');
const expected = JSON.parse(readFileSync(join(DEMO, 'expected.json'), 'utf8')) as {
  storyWeek: Record<'friday' | 'sunday', { asOf: string; advisors: { advisor: string; metrics: WeekMetrics }[] }>;
};
const dir = mkdtempSync(join(tmpdir(), 'weekly-demo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const VISIT_RULES = ['visits.first', 'visits.second', 'visits.total', 'invites.makeup'];

describe('weekly-report on the demo center, Friday evening (--json)', () => {
  const out = join(dir, 'friday.xlsx');
  const run = runCli(['weekly-report', '--data', DEMO, '--week', '2026-11-18', '--as-of', '2026-11-20T19:00', '--json', '--out', out, '--no-image']);
  const json = JSON.parse(run.stdout) as CheckReport & { file: string };

  it('writes the workbook, exits 0 and prints the check --json report plus file, alone', () => {
    expect(run.status).toBe(0);
    expect(hasStackTrace(run.stderr)).toBe(false);
    expect(Object.keys(json)).toEqual(['center', 'week', 'asOf', 'advisors', 'results', 'dataIssues', 'trend', 'renewalPipeline', 'targetPlan', 'file', 'messagesFile']);
    expect(json.week).toEqual({ start: '2026-11-18', end: '2026-11-24' });
    expect(json.file).toBe(out);
    expect(existsSync(out)).toBe(true);
    for (const a of expected.storyWeek.friday.advisors) {
      expect(json.advisors.find((x) => x.advisor === a.advisor)?.metrics).toEqual(a.metrics);
    }
  });

  it('shows visits and make-ups pending, and who owes how many calls by when', async () => {
    // Before Sunday's close a visit quota is pending, or met once reached; never missed.
    const visits = json.results.filter((r) => VISIT_RULES.includes(r.rule) && r.advisor !== null);
    expect(visits.filter((r) => r.status === 'pending').length).toBeGreaterThan(visits.length / 2);
    expect(visits.map((r) => r.status)).not.toContain('missed');
    const owing = json.results.filter((r) => r.rule === 'invites.makeup');
    expect(owing.length).toBeGreaterThan(0);
    expect(new Set(owing.map((r) => r.status))).toEqual(new Set(['pending']));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('周报汇总')!;
    const owedCol = [...Array(ws.columnCount).keys()].map((i) => i + 1).find((c) => ws.getCell(3, c).value === '应补')!;
    for (const r of owing) {
      const row = [...Array(json.advisors.length).keys()].map((i) => ws.getRow(4 + i)).find((x) => x.getCell(1).value === r.advisor)!;
      expect(row.getCell(owedCol).value).toBe(r.target);
      expect(row.getCell(owedCol + 2).value).toEqual(new Date(`${r.deadline}Z`));
      expect(row.getCell(owedCol + 3).value).toBe('… 待定');
    }
  });

  it('shows every advisor figure of the JSON in the summary, cell by cell', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('周报汇总')!;
    json.advisors.forEach((a, i) => {
      const row = ws.getRow(4 + i);
      expect(row.getCell(1).value).toBe(a.advisor);
      expect([2, 5, 6, 7].map((c) => row.getCell(c).value)).toEqual([
        a.metrics.effectiveCalls, a.metrics.newCalls, a.metrics.oldCalls, a.metrics.invalidCalls,
      ]);
    });
  });

  it('has a callback sample that reads back as the callbacks form, 5 calls per advisor', async () => {
    const { sheets } = await readFile(out, 'friday.xlsx', { asOf: '2026-11-23T12:00:00', config: defaultConfig(RULE_SPECS) });
    const callbacks = sheets.find((s) => s.form === 'callbacks')!;
    expect(callbacks.name).toBe('回访抽查');
    expect(callbacks.records).toHaveLength(5 * json.advisors.length);
    for (const a of json.advisors) expect([...callbacks.records].filter((r) => r.advisor === a.advisor)).toHaveLength(5);
  });
});

describe('weekly-report on the demo center, Sunday evening', () => {
  const out = join(dir, 'sunday.xlsx');
  const run = runCli(['weekly-report', '--data', DEMO, '--week', '2026-11-18', '--as-of', '2026-11-22T19:00', '--out', out, '--no-image']);

  it('prints the summary and the path, with no phone in full, and exits 0', () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`周报已写入：${out}`);
    expect(run.stdout).toContain('周末补打电话：');
    expect(run.stdout).not.toMatch(/(?<!\d)1\d{10}(?!\d)/);
    expect(run.stdout).not.toContain('… 待定）');
  });

  it('shows visits and make-ups final', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('问题与处理')!;
    for (let r = 2; r <= ws.rowCount; r++) {
      if (VISIT_RULES.includes(String(ws.getCell(r, 2).value))) expect(ws.getCell(r, 7).value).not.toBe('… 待定');
    }
  });

  it('refuses to replace the workbook without --force (exit 2, a clear message)', () => {
    const again = runCli(['weekly-report', '--data', DEMO, '--week', '2026-11-18', '--as-of', '2026-11-22T19:00', '--out', out, '--no-image']);
    expect(again.status).toBe(2);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('--force');
    expect(hasStackTrace(again.stderr)).toBe(false);
  });
});
