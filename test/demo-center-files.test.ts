/**
 * The bundled demo center (fixtures/demo-center) is what scripts/make-demo-center.mjs writes:
 * regenerated into a temp dir it must match the committed files (CSV bytes, xlsx cells,
 * expected.json), and the files must look the way STORY.md says real advisors send them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error - a plain .mjs script without type declarations
import { generateDemoCenter } from '../scripts/make-demo-center.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const COMMITTED = path.join(ROOT, 'fixtures', 'demo-center');
const NOT_GENERATED = new Set(['STORY.md']);

let fresh: string;

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full).map((f) => `${entry.name}/${f}`));
    else out.push(entry.name);
  }
  return out.sort();
}

/** Every cell of a workbook as plain JSON (dates as ISO text), with merges and number formats. */
async function cellsOf(file: string): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => {
    const rows: unknown[] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: unknown[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const v = cell.value instanceof Date ? cell.value.toISOString() : cell.value;
        cells.push([c, v, cell.numFmt ?? null]);
      });
      rows.push([n, cells]);
    });
    return { name: ws.name, merges: ws.model.merges, rows };
  });
}

async function sheetsOf(file: string): Promise<ExcelJS.Worksheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets;
}

const rowText = (ws: ExcelJS.Worksheet, n: number): unknown[] => (ws.getRow(n).values as unknown[]).slice(1);

function readExpected(dir: string): any {
  return JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
}

beforeAll(async () => {
  fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-center-'));
  await generateDemoCenter(fresh);
});
afterAll(() => {
  fs.rmSync(fresh, { recursive: true, force: true });
});

describe('the committed demo center is what the generator writes', () => {
  it('has the same files', () => {
    const committed = listFiles(COMMITTED).filter((f) => !NOT_GENERATED.has(f));
    expect(committed).toEqual(listFiles(fresh));
    expect(committed.length).toBeGreaterThan(40);
    expect(fs.existsSync(path.join(COMMITTED, 'STORY.md'))).toBe(true);
  });

  it('has byte-identical CSVs and expected.json', () => {
    const texts = listFiles(fresh).filter((f) => f.endsWith('.csv') || f.endsWith('.json'));
    // 王芳's 10, and the two archive CSVs of each of the four history weeks (issue 15).
    expect(texts.filter((f) => f.endsWith('.csv')).length).toBe(18);
    for (const f of texts) {
      expect(fs.readFileSync(path.join(COMMITTED, f)).equals(fs.readFileSync(path.join(fresh, f))), f).toBe(true);
    }
  });

  it('has cell-identical workbooks', async () => {
    const books = listFiles(fresh).filter((f) => f.endsWith('.xlsx'));
    expect(books.length).toBe(34);
    for (const f of books) {
      const [a, b] = [path.join(COMMITTED, f), path.join(fresh, f)];
      // The generator pins zip times, so equal bytes are the fast path; otherwise compare cells.
      if (!fs.readFileSync(a).equals(fs.readFileSync(b))) expect(await cellsOf(a), f).toEqual(await cellsOf(b));
    }
    // The cell comparison itself sees a difference.
    const one = path.join(fresh, '销售目标.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(one);
    wb.worksheets[0]!.getCell('C2').value = 21;
    const changed = path.join(fresh, 'changed.xlsx');
    await wb.xlsx.writeFile(changed);
    expect(await cellsOf(changed)).not.toEqual(await cellsOf(path.join(COMMITTED, '销售目标.xlsx')));
    fs.rmSync(changed);
  });

  it('stays a realistic size (under 3 MB)', () => {
    const total = listFiles(COMMITTED).reduce((n, f) => n + fs.statSync(path.join(COMMITTED, f)).size, 0);
    expect(total).toBeLessThan(3 * 1024 * 1024);
  });
});

describe('the files look the way advisors send them', () => {
  it("王芳 sends Excel zh-CN CSVs: GBK without BOM, CRLF, one per form, not valid UTF-8", () => {
    // The history weeks before 10-28 are the supervisor's UTF-8 archive export, not 王芳's.
    const csvs = listFiles(COMMITTED).filter((f) => f.endsWith('.csv') && f >= '2026-10-28');
    expect(csvs.every((f) => path.basename(f).startsWith('王芳_'))).toBe(true);
    for (const f of csvs) {
      const bytes = fs.readFileSync(path.join(COMMITTED, f));
      expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), f).toBe(false);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), f).toThrow();
      const text = iconv.decode(bytes, 'gb18030');
      expect(text.split('\r\n').every((line) => !line.includes('\n')), f).toBe(true);
      const header = text.split('\r\n')[0];
      expect(header === '日期,顾问,客户姓名,联系电话,名单类型,呼出类型,通话结果,预约时间,备注' || header.startsWith('邀约日期,顾问,'), f).toBe(true);
    }
    // An ASCII comma in a note is quoted the way Excel quotes it.
    const all = csvs.map((f) => iconv.decode(fs.readFileSync(path.join(COMMITTED, f)), 'gb18030')).join('');
    expect(all).toContain('"妈妈接的, 让晚上再打"');
  });

  it('the four weeks before 10-28 are the archive export: UTF-8 CSVs of every advisor (issue 15)', () => {
    const history = listFiles(COMMITTED).filter((f) => f < '2026-10-28' && /^\d{4}-/.test(f));
    expect(history).toEqual(['2026-09-30', '2026-10-07', '2026-10-14', '2026-10-21'].flatMap((w) => [`${w}/顾问每日工作日程表.csv`, `${w}/顾问邀约统计表.csv`]));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(path.join(COMMITTED, '2026-10-14', '顾问每日工作日程表.csv')));
    expect(text.split('\r\n')[0]).toBe('日期,顾问,客户姓名,联系电话,名单类型,呼出类型,通话结果,预约时间,备注');
    expect(new Set(text.split('\r\n').slice(1, -1).map((l) => l.split(',')[1]))).toEqual(new Set(['张伟', '李娜', '王芳', '刘洋', '陈静', '赵强']));
  });

  it('刘洋 writes English headers and words, with real Excel dates', async () => {
    const [calls, invites] = await sheetsOf(path.join(COMMITTED, '2026-11-18', '刘洋.xlsx'));
    expect(rowText(calls!, 1)).toEqual(['Date', 'Advisor', 'Customer', 'Phone', 'List', 'Call type', 'Outcome', 'Appointment', 'Notes']);
    expect(rowText(invites!, 1).slice(0, 3)).toEqual(['Invite date', 'Advisor', 'Customer']);
    expect(calls!.getCell('A2').value).toBeInstanceOf(Date);
    expect(['first invite', 'second invite', 'member care']).toContain(calls!.getCell('F2').value);
  });

  it('张伟 and 赵强 put a merged title above the header; 李娜 a title and a note', async () => {
    const zw = (await sheetsOf(path.join(COMMITTED, '2026-11-18', '张伟.xlsx')))[0]!;
    expect(zw.name).toBe('顾问每日工作日程表');
    expect(zw.model.merges).toContain('A1:I1');
    expect(zw.getCell('A1').value).toBe('顾问每日工作日程表');
    expect(zw.getCell('A2').value).toBe('日期');
    const zq = (await sheetsOf(path.join(COMMITTED, '2026-11-18', '赵强.xlsx')))[0]!;
    expect(zq.getCell('A3').value).toBe('日期');
    expect(typeof zq.getCell('D4').value).toBe('number'); // phones typed as numbers
    const ln = (await sheetsOf(path.join(COMMITTED, '2026-11-18', '李娜.xlsx')))[0]!;
    expect(rowText(ln, 3).slice(0, 4)).toEqual(['呼出日期', '课程顾问', '孩子姓名', '手机号']);
    expect(ln.getCell('A4').value).toMatch(/^2026\/11\/\d+$/); // text dates
    const cj = (await sheetsOf(path.join(COMMITTED, '2026-11-18', '陈静.xlsx')))[1]!;
    expect(cj.getCell('A2').value).toMatch(/^11月\d+日$/);
  });

  it('the contracts register writes money as ¥ text', async () => {
    const [ws] = await sheetsOf(path.join(COMMITTED, '签约登记.xlsx'));
    expect(rowText(ws!, 1)[7]).toBe('合约金额');
    expect(ws!.getCell('H2').value).toMatch(/^¥\d{1,3}(,\d{3})*\.00$/);
  });

  it('the planted data issues are where expected.json says', async () => {
    const issues = readExpected(COMMITTED).dataIssues as { code: string; file: string; sheet: string; row: number }[];
    expect(issues.map((i) => i.code).sort()).toEqual(['bad-date', 'bad-enum', 'duplicate-row', 'missing-required']);
    for (const issue of issues) {
      const ws = (await sheetsOf(path.join(COMMITTED, issue.file))).find((s) => s.name === issue.sheet)!;
      const row = rowText(ws, issue.row);
      if (issue.code === 'missing-required') expect(row[3] ?? null).toBeNull();
      if (issue.code === 'bad-enum') expect(row[6]).toBe('稍后再打');
      if (issue.code === 'bad-date') expect(row[0]).toBe('11月31日');
      if (issue.code === 'duplicate-row') expect(JSON.stringify(row)).toBe(JSON.stringify(rowText(ws, issue.row - 1)));
    }
  });
});

describe('expected.json tells the story of STORY.md', () => {
  const e = readExpected(COMMITTED);
  const sunday = (adv: string) => e.storyWeek.sunday.advisors.find((a: any) => a.advisor === adv);
  const friday = (adv: string) => e.storyWeek.friday.advisors.find((a: any) => a.advisor === adv);

  it('week 2026-11-18', () => {
    expect(sunday('王芳').metrics.effectiveCalls).toBe(149);
    expect(sunday('王芳').statuses['calls.weekly']).toBe('missed');
    expect(sunday('李娜').weeklyTarget).toBe(100);
    expect(sunday('李娜').statuses['calls.daily']['2026-11-19']).toBe('excused');
    expect(sunday('赵强').metrics.firstInvites).toBe(12);
    expect(friday('赵强').statuses['invites.makeup']).toBe('pending');
    expect(sunday('赵强').statuses['invites.makeup']).toBe('met');
    expect(sunday('陈静').statuses['invites.second-zero']).toBe('missed');
    expect(sunday('刘洋').metrics.firstVisits + sunday('刘洋').metrics.secondVisits).toBe(3);
    expect(sunday('刘洋').statuses['visits.total']).toBe('missed');
    expect(e.storyWeek.friday.team['team.bonus'].status).toBe('missed');
  });

  it('November', () => {
    expect(e.month.teamBonus.status).toBe('cancelled');
    expect(e.month.teamBonus.reasons).toEqual([{ week: '2026-11-18', advisor: '王芳', rule: 'calls.weekly', actual: 149, target: 150 }]);
    expect(e.month.awards.enrollment).toBe('张伟');
    expect(e.month.awards.firstOrder).toBe('李娜');
    expect(e.month.renewals.notCounted.count).toBe(2);
    expect(e.month.salesAmount).toBe(e.month.contracts.amount - e.month.renewals.notCounted.amount);
    expect(e.month.referralRewardsDue).toHaveLength(2);
  });
});
