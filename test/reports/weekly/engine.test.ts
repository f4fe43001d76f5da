/**
 * The weekly report on the real engine: the workbook shows exactly what checkWeek gives, pending
 * on Friday evening and final on Sunday evening.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AsOf } from '../../../src/calendar/local-date.js';
import { checkWeek } from '../../../src/engine/check-week.js';
import { buildWeeklyModel } from '../../../src/reports/weekly/model.js';
import { writeWeeklyWorkbook } from '../../../src/reports/weekly/workbook.js';
import { renderWeeklySummary } from '../../../src/render/weekly-summary.js';
import { config, dataset, FRIDAY, SUNDAY, WEEK } from '../../support/weekly-fixture.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'weekly-engine-'));
});
afterAll(() => (process.env.KEEP ? undefined : rmSync(dir, { recursive: true, force: true })));

async function run(asOf: AsOf) {
  const ds = dataset();
  const report = checkWeek(ds, config(), WEEK, asOf);
  const model = buildWeeklyModel({ report, dataset: ds, config: config(), week: WEEK, asOf });
  const path = join(dir, `${asOf.local.slice(0, 10)}.xlsx`);
  await writeWeeklyWorkbook(model, { config: config(), files: ds.files, version: '0.0.0', lang: 'zh' }, path, true);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return { report, model, wb };
}

const result = (report: Awaited<ReturnType<typeof run>>['report'], rule: string, advisor: string) =>
  report.results.find((r) => r.rule === rule && r.advisor === advisor)!;

describe('weekly report on the engine', () => {
  it('Friday evening: make-ups and visits pending, the make-up list says who owes what by when', async () => {
    const { report, model, wb } = await run(FRIDAY);
    expect(result(report, 'invites.makeup', '张伟').status).toBe('pending');
    expect(result(report, 'visits.total', '张伟').status).toBe('pending');
    expect(model.makeups.find((m) => m.advisor === '张伟')).toMatchObject({ calls: 20, done: 0, due: '2026-11-22T18:00:00', status: 'pending' });
    const text = renderWeeklySummary(model, 'r.xlsx', 'zh');
    expect(text).toContain('张伟：应补 20 个有效电话，已补 0，截止 2026-11-22 18:00（… 待定）');
    const ws = wb.getWorksheet('周报汇总')!;
    const row = [4, 5, 6].find((r) => ws.getCell(r, 1).value === '张伟')!;
    const values = ws.getRow(row).values as unknown[];
    expect(values.filter((v) => v === '… 待定').length).toBeGreaterThanOrEqual(4);
  });

  it('Sunday evening: make-ups and visits final', async () => {
    const { report, model } = await run(SUNDAY);
    expect(result(report, 'invites.makeup', '张伟')).toMatchObject({ status: 'met', actual: 22 });
    expect(result(report, 'invites.makeup', '李娜').status).toBe('missed');
    for (const rule of ['visits.first', 'visits.second', 'visits.total', 'invites.makeup']) {
      expect(report.results.filter((r) => r.rule === rule).map((r) => r.status)).not.toContain('pending');
    }
    expect(result(report, 'visits.first', '张伟').actual).toBe(3);
    expect(model.makeups.find((m) => m.advisor === '张伟')).toMatchObject({ done: 22, status: 'met' });
    // The make-up calls join the callback pool once made.
    expect(model.callbacks.available['张伟']).toBe(8 + 22);
  });

  it('the workbook shows the engine figures cell by cell, and the breakdowns add up to them', async () => {
    const { report, model, wb } = await run(SUNDAY);
    const ws = wb.getWorksheet('周报汇总')!;
    report.advisors.forEach((a, i) => {
      const row = ws.getRow(4 + i);
      expect(row.getCell(1).value).toBe(a.advisor);
      expect(row.getCell(2).value).toBe(a.metrics.effectiveCalls);
      expect(row.getCell(3).value).toBe(result(report, 'calls.weekly', a.advisor).target);
      const events = model.events.filter((e) => e.advisor === a.advisor);
      expect(events.reduce((s, e) => s + e.firstInvites, 0)).toBe(a.metrics.firstInvites);
      expect(events.reduce((s, e) => s + e.secondInvites, 0)).toBe(a.metrics.secondInvites);
      expect(events.reduce((s, e) => s + e.firstVisits, 0)).toBe(a.metrics.firstVisits);
      expect(events.reduce((s, e) => s + e.secondVisits, 0)).toBe(a.metrics.secondVisits);
    });
    const findings = wb.getWorksheet('问题与处理')!;
    expect(findings.rowCount).toBe(report.results.length + 1);
    const seen = new Set<string>();
    for (let r = 2; r <= findings.rowCount; r++) {
      const row = findings.getRow(r);
      const advisor = row.getCell(1).value === '中心' ? null : row.getCell(1).value;
      const match = report.results.find(
        (x) => x.rule === row.getCell(16).value && x.advisor === advisor && x.period === row.getCell(4).value,
      )!;
      expect(match).toBeTruthy();
      expect(row.getCell(5).value ?? null).toBe(match.actual);
      expect(row.getCell(6).value ?? null).toBe(match.target);
      seen.add(`${match.rule}|${match.advisor}|${match.period}`);
    }
    expect(seen.size).toBe(report.results.length);
  });
});
