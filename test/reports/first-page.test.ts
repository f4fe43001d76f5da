/**
 * The director's one page (issue 13 item 1) through the real binary on the demo center: the
 * weekly report's first sheet 本周结论 and the monthly summary's 本月结论 read back - A4 portrait,
 * fitted to one page wide and tall at 10 pt or more, at most 8 data columns, 初版/终版 in the title
 * and the default file name (Sunday's final written beside Friday's draft without --force), the
 * team-bonus sentence, each figure as actual/target with its status word in one number cell.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { BODY_PT, PAGE_HEIGHT_PT, PAGE_WIDTH_PX, columnPixels } from '../../src/reports/page-sheet.js';
import { STATUS_COLORS } from '../../src/workbook/workbook-style.js';
import { ROOT, runCli } from '../support/run-cli.js';

const DEMO = join(ROOT, 'fixtures', 'demo-center');
const dir = mkdtempSync(join(tmpdir(), 'first-page-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function firstSheet(path: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets[0]!;
}

/** The printed body size once the sheet is fitted to one A4 portrait page. */
function fittedBodyPt(ws: ExcelJS.Worksheet): number {
  let widthPx = 0;
  for (let c = 1; c <= ws.columnCount; c++) widthPx += columnPixels(ws.getColumn(c).width ?? 8.43);
  let heightPt = 0;
  for (let r = 1; r <= ws.rowCount; r++) heightPt += ws.getRow(r).height ?? 18;
  return BODY_PT * Math.min(1, PAGE_WIDTH_PX / widthPx, PAGE_HEIGHT_PT / heightPt);
}

function expectOnePage(ws: ExcelJS.Worksheet): void {
  expect(ws.pageSetup.orientation).toBe('portrait');
  expect(ws.pageSetup.paperSize).toBe(9);
  expect(ws.pageSetup.fitToPage).toBe(true);
  expect(ws.pageSetup.fitToWidth).toBe(1);
  expect(ws.pageSetup.fitToHeight).toBe(1);
  expect(ws.columnCount).toBeLessThanOrEqual(8);
  expect(fittedBodyPt(ws)).toBeGreaterThanOrEqual(10);
  // No cell uses a font below 10 pt.
  ws.eachRow((row) => row.eachCell((cell) => expect(cell.font?.size ?? 11).toBeGreaterThanOrEqual(10)));
}

/** Every text of the sheet (numbers as their formats show them are checked separately). */
function texts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => typeof cell.value === 'string' && out.push(cell.value)));
  return out;
}

describe('weekly report first page 本周结论 (real binary, demo center)', () => {
  const friday = runCli(['weekly-report', '--data', DEMO, '--week', '2026-11-18', '--as-of', '2026-11-20T19:00', '--out', `${dir}/`, '--no-image']);
  const sunday = runCli(['weekly-report', '--data', DEMO, '--week', '2026-11-18', '--as-of', '2026-11-22T19:00', '--out', `${dir}/`, '--no-image']);
  const draft = join(dir, '周报_2026-11-18_初版.xlsx');
  const final = join(dir, '周报_2026-11-18_终版.xlsx');

  it('writes Friday as 初版 and Sunday as 终版 beside it, without --force', () => {
    expect(friday.status).toBe(0);
    expect(sunday.status, sunday.stderr).toBe(0);
    expect(existsSync(draft)).toBe(true);
    expect(existsSync(final)).toBe(true);
  });

  it('is the first sheet: one A4 portrait page at 10 pt or more, at most 8 columns, the edition in the title', async () => {
    for (const [path, word] of [[draft, '初版'], [final, '终版']] as const) {
      const ws = await firstSheet(path);
      expect(ws.name).toBe('本周结论');
      expectOnePage(ws);
      expect(ws.getCell(1, 1).value).toBe(`示例中心 销售部工作周报 · ${word}`);
    }
  });

  it('says the team bonus in a sentence with who, which week and what', async () => {
    const all = texts(await firstSheet(draft));
    expect(all).toContain('✘ 2026-11 全队奖金取消：王芳：2026-11-18 周有效呼出 149，未达 150。');
  });

  it('has one row per advisor and the center total, each figure actual/target with its status word and colour in one number cell', async () => {
    const ws = await firstSheet(draft);
    const rowOf = (name: string) => {
      for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === name) return ws.getRow(r);
      throw new Error(`no row ${name}`);
    };
    const header = rowOf('顾问');
    expect([2, 3, 4, 5, 6, 7].map((c) => header.getCell(c).value)).toEqual(['有效呼出', '一邀', '二邀', '到访', '签约', '金额']);
    const wf = rowOf('王芳').getCell(2);
    expect(wf.value).toBe(149);
    expect(wf.numFmt).toBe('#,##0"/150 ✘ 未达标"');
    expect((wf.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(STATUS_COLORS.missed.fill);
    // The center total judges the center: 867 of 850 is met although 王芳 missed.
    const total = rowOf('中心合计').getCell(2);
    expect(total.value).toBe(867);
    expect(total.numFmt).toBe('#,##0"/850 ✔ 达标"');
    for (const name of ['陈静', '李娜', '刘洋', '王芳', '张伟', '赵强']) rowOf(name);
  });

  it("prints check's figure table on the terminal (actual/target with marks), the same rows as check", () => {
    const check = runCli(['check', '--data', DEMO, '--week', '2026-11-18', '--as-of', '2026-11-20T19:00']);
    const rowOf = (text: string) => text.split('\n').find((l) => l.startsWith('│ 王芳 '))!;
    expect(rowOf(friday.stdout).split('│').map((c) => c.trim()).filter(Boolean).slice(0, 4)).toEqual(['王芳', '149/150 ✘', '15/15 ✔', '4/4 ✔']);
    expect(rowOf(check.stdout).startsWith(rowOf(friday.stdout).slice(0, -1))).toBe(true);
  });

  it('lists what follows (make-ups owed and by when) and the center against last week', async () => {
    const ws = await firstSheet(draft);
    const all = texts(ws);
    expect(all).toContain('陈静：2026-11-22 18:00 前补打 20 个有效电话（已补 0）');
    expect(all).toContain('中心本周与上周');
    const callsRow = [...Array(ws.rowCount).keys()].map((i) => ws.getRow(i + 1)).find((r) => r.getCell(1).value === '有效呼出')!;
    expect([2, 3, 4].map((c) => callsRow.getCell(c).value)).toEqual([867, 934, -67]);
    // A rate's change is in percentage points, not a percentage of the rate.
    const rateRow = [...Array(ws.rowCount).keys()].map((i) => ws.getRow(i + 1)).find((r) => r.getCell(1).value === '签约率')!;
    const [now, before] = [rateRow.getCell(2).value as number, rateRow.getCell(3).value as number];
    expect(rateRow.getCell(4).value).toBe(Math.round((now - before) * 1000) / 10);
    expect(rateRow.getCell(4).numFmt).toContain('个百分点');
    expect(all.join('\n')).not.toMatch(/(?<!\d)1\d{10}(?!\d)/);
  });

  it("carries the analysis: Sunday's visits decline with the advisor and its cause, and the month's targets per week", async () => {
    const all = texts(await firstSheet(final));
    expect(all).toContain('趋势与本月目标');
    const decline = all.find((s) => s.startsWith('中心到访 39，上周 52'));
    expect(decline).toMatch(/刘洋：邀约够但到访少（邀约质量）/);
    expect(all.find((s) => s.startsWith('目标分解（2026-11，剩余 1 周）'))).toMatch(/张伟 已达成/);
    // Friday: the week's visits are still open, so no decline is named yet.
    expect(texts(await firstSheet(draft)).some((s) => s.startsWith('中心到访'))).toBe(false);
  });
});

describe('monthly summary first page 本月结论 (real binary, demo center)', () => {
  const run = runCli(['director-summary', '--data', DEMO, '--month', '2026-11', '--as-of', '2026-12-02T10:00', '--out', `${dir}/`, '--lang', 'en', '--no-image']);
  const path = join(dir, '月度汇总_2026-11_终版.xlsx');

  it('is the first sheet: one A4 portrait page, the month in calendar dates, 终版, the bonus sentence', async () => {
    expect(run.status, run.stderr).toBe(0);
    const ws = await firstSheet(path);
    expect(ws.name).toBe('This month');
    expectOnePage(ws);
    expect(ws.getCell(1, 1).value).toBe('示例中心 monthly summary 2026-11 · final');
    expect(String(ws.getCell(2, 1).value)).toMatch(/^2026-11-01 – 2026-11-30 \(calendar month\)/);
    expect(texts(ws)).toContain('✘ Team bonus cancelled: 王芳: 149 effective calls in the week of 2026-11-18, below 150');
  });
});
