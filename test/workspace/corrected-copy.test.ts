/** Issue 12 item 3: a corrected (annotated) copy replaces the sheet it was made from, under any file name. */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ZipArchive } from '../../src/read/zip.js';
import { readSourceMarker, withSourceMarker } from '../../src/workspace/source-marker.js';
import { zipParts } from '../../src/xlsx-write/zip.js';
import { runCli } from '../support/run-cli.js';
import { readFileSync } from 'node:fs';

const AS_OF = '2026-11-20T19:00';

/** 赵强's invitations: families A, B, C first-invited (A and B came), D's row with a bad invite type. */
async function invitesWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('顾问邀约统计表');
  ws.addRow(['邀约日期', '顾问', '客户姓名', '联系电话', '邀约类型', '预约场次', '是否到访']);
  const day = new Date(Date.UTC(2026, 10, 18));
  const session = new Date(Date.UTC(2026, 10, 19, 10));
  ws.addRow([day, '赵强', '甲', '13800000001', '一邀', session, '是']);
  ws.addRow([day, '赵强', '乙', '13800000002', '一邀', session, '是']);
  ws.addRow([day, '赵强', '丙', '13800000003', '一邀', session, '否']);
  ws.addRow([day, '赵强', '丁', '13800000004', '三邀', session, '否']);
  await wb.xlsx.writeFile(path);
}

/** What an advisor's Excel does: one cell's text changed, every other part (the custom properties too) kept. */
async function editLikeExcel(path: string, from: string, to: string, out: string): Promise<void> {
  const bytes = readFileSync(path);
  const zip = await ZipArchive.open(path, path, bytes.length, bytes);
  const parts: { name: string; data: Buffer }[] = [];
  for (const e of zip.entries) {
    let data = await zip.read(e);
    if (/^xl\/(sharedStrings|worksheets\/sheet\d+)\.xml$/.test(e.name)) data = Buffer.from(data.toString('utf8').split(from).join(to), 'utf8');
    parts.push({ name: e.name, data });
  }
  writeFileSync(out, zipParts(parts));
}

function figures(ws: string): { firstInvites: number; firstVisits: number } {
  const r = runCli(['check', '--dir', ws, '--week', '2026-11-18', '--as-of', AS_OF, '--json']);
  const m = (JSON.parse(r.stdout) as { advisors: { advisor: string; metrics: { firstInvites: number; firstVisits: number } }[] }).advisors.find((a) => a.advisor === '赵强')!.metrics;
  return { firstInvites: m.firstInvites, firstVisits: m.firstVisits };
}

function workspace(): { ws: string; inbox: string } {
  const root = mkdtempSync(join(tmpdir(), 'clubcrm-corrected-'));
  const ws = join(root, 'center');
  mkdirSync(ws);
  writeFileSync(join(ws, 'clubcrm.config.json'), JSON.stringify({ center: '测试中心', advisors: ['赵强'] }));
  const inbox = join(root, 'inbox');
  mkdirSync(inbox);
  return { ws, inbox };
}

describe('a corrected copy replaces its source', () => {
  it('marks the annotated copy with its source, and the marker survives an edit that keeps the package', async () => {
    const { ws, inbox } = workspace();
    await invitesWorkbook(join(inbox, '赵强.xlsx'));
    const r = runCli(['import', join(inbox, '赵强.xlsx'), '--dir', ws, '--annotate', '--as-of', AS_OF, '--json']);
    const annotated = (JSON.parse(r.stdout) as { annotated: string[] }).annotated[0]!;
    const marker = await readSourceMarker(readFileSync(join(ws, annotated)));
    expect(marker?.source).toBe('sheets/赵强.xlsx');
    expect(marker?.sha256).toMatch(/^[0-9a-f]{64}$/);
    // exceljs still reads the marked copy (the package stays valid), with its notes.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(ws, annotated));
    // The first sheet is 问题清单; the advisor's own sheet follows it, its problem cells noted.
    expect(wb.worksheets[0]!.name).toBe('问题清单');
    expect(String(wb.worksheets[1]!.getCell('E5').note)).toContain('三邀');
    // A workbook that already has custom properties (WPS writes KSOProductBuildVer) keeps them.
    const again = await withSourceMarker(readFileSync(join(ws, annotated)), { source: 'sheets/x.xlsx', sha256: 'a'.repeat(64) });
    expect(await readSourceMarker(again)).toEqual({ source: 'sheets/x.xlsx', sha256: 'a'.repeat(64) });
    expect(await readSourceMarker(readFileSync(join(inbox, '赵强.xlsx')))).toBeNull();
  });

  it('through the binary: re-imported under another name it replaces its source; the figures stay those of one sheet', async () => {
    const { ws, inbox } = workspace();
    await invitesWorkbook(join(inbox, '赵强.xlsx'));
    const first = runCli(['import', join(inbox, '赵强.xlsx'), '--dir', ws, '--annotate', '--as-of', AS_OF, '--json']);
    const annotated = (JSON.parse(first.stdout) as { annotated: string[] }).annotated[0]!;
    const before = figures(ws);
    expect(before).toEqual({ firstInvites: 3, firstVisits: 2 });

    // The advisor sends the annotated copy back untouched, under another name: nothing is counted twice.
    const back = join(inbox, '赵强(1).xlsx');
    copyFileSync(join(ws, annotated), back);
    const plain = runCli(['import', back, '--dir', ws, '--as-of', AS_OF, '--lang', 'en']);
    expect(plain.stdout).toContain('the corrected copy of sheets/赵强.xlsx, which it replaces');
    expect(figures(ws)).toEqual(before);
    expect(readdirSync(join(ws, 'sheets'))).toEqual(['赵强.xlsx']);

    // Annotated again and corrected (D's invite type fixed), sent as 赵强_待修改.xlsx: D's invite now counts, nothing else doubles.
    const second = runCli(['import', join(ws, 'sheets', '赵强.xlsx'), '--dir', ws, '--annotate', '--as-of', AS_OF, '--json']);
    const annotated2 = (JSON.parse(second.stdout) as { annotated: string[] }).annotated[0]!;
    const fixed = join(inbox, '赵强_待修改.xlsx');
    await editLikeExcel(join(ws, annotated2), '三邀', '一邀', fixed);
    const r = runCli(['import', fixed, '--dir', ws, '--as-of', AS_OF, '--json']);
    const report = JSON.parse(r.stdout) as { copied: { to: string; action: string; replaces: string | null; keptAs: string | null }[] };
    expect(report.copied).toEqual([{ from: expect.any(String), to: 'sheets/赵强.xlsx', action: 'replaced', keptAs: expect.stringMatching(/^replaced\/赵强\.20\d{6}-\d{6}\.[0-9a-f]{8}\.xlsx$/), replaces: 'sheets/赵强.xlsx' }]);
    expect(figures(ws)).toEqual({ firstInvites: 4, firstVisits: 2 });
    expect(readdirSync(join(ws, 'sheets'))).toEqual(['赵强.xlsx']);
    expect(readdirSync(join(ws, 'replaced')).length).toBe(2);
  });

  it('a CSV source is replaced by its corrected .xlsx copy, the CSV kept aside', async () => {
    const { ws, inbox } = workspace();
    writeFileSync(join(inbox, 'zq.csv'), '邀约日期,顾问,客户姓名,联系电话,邀约类型,预约场次,是否到访\n2026-11-18,赵强,甲,13800000001,一邀,2026-11-19 10:00,是\n2026-11-18,赵强,丁,13800000004,三邀,2026-11-19 10:00,否\n');
    const first = runCli(['import', join(inbox, 'zq.csv'), '--dir', ws, '--annotate', '--as-of', AS_OF, '--json']);
    const annotated = (JSON.parse(first.stdout) as { annotated: string[] }).annotated[0]!;
    await editLikeExcel(join(ws, annotated), '三邀', '一邀', join(inbox, 'zq-fixed.xlsx'));
    runCli(['import', join(inbox, 'zq-fixed.xlsx'), '--dir', ws, '--as-of', AS_OF]);
    expect(readdirSync(join(ws, 'sheets'))).toEqual(['zq.xlsx']);
    expect(existsSync(join(ws, 'replaced'))).toBe(true);
    expect(readdirSync(join(ws, 'replaced')).some((f) => f.startsWith('zq.') && f.endsWith('.csv'))).toBe(true);
    expect(figures(ws)).toEqual({ firstInvites: 2, firstVisits: 1 });
  });

  it('a correction never overwrites a newer version of its source: it is stored beside it and said so', async () => {
    const { ws, inbox } = workspace();
    await invitesWorkbook(join(inbox, '赵强.xlsx'));
    const first = runCli(['import', join(inbox, '赵强.xlsx'), '--dir', ws, '--annotate', '--as-of', AS_OF, '--json']);
    const annotated = (JSON.parse(first.stdout) as { annotated: string[] }).annotated[0]!;
    // Meanwhile the advisor sent a newer 赵强.xlsx the usual way.
    await editLikeExcel(join(inbox, '赵强.xlsx'), '三邀', '二邀', join(inbox, 'newer.xlsx'));
    copyFileSync(join(inbox, 'newer.xlsx'), join(inbox, '赵强.xlsx'));
    runCli(['import', join(inbox, '赵强.xlsx'), '--dir', ws, '--as-of', AS_OF]);
    copyFileSync(join(ws, annotated), join(inbox, 'old-correction.xlsx'));
    const r = runCli(['import', join(inbox, 'old-correction.xlsx'), '--dir', ws, '--as-of', AS_OF, '--lang', 'en']);
    expect(r.stdout).toContain('has since been replaced by a newer version');
    expect(readdirSync(join(ws, 'sheets')).sort()).toEqual(['old-correction.xlsx', '赵强.xlsx']);
  });
});
