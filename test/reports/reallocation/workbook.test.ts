import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/load.js';
import { FORM_DEFS } from '../../../src/forms/index.js';
import { readSheet } from '../../../src/forms/read-sheet.js';
import { loadDataset } from '../../../src/dataset/load.js';
import type { CustomerRecord } from '../../../src/model/records.js';
import { openWorkbook } from '../../../src/read/open.js';
import type { CellValue, RawSheet } from '../../../src/read/types.js';
import { buildReallocation, type ReallocationInput, type ReallocationModel } from '../../../src/reports/reallocation/model.js';
import { writeReallocationWorkbook } from '../../../src/reports/reallocation/workbook.js';
import type { Lang } from '../../../src/config/types.js';
import { customer, leads, NAMES, result } from '../../support/roster-arbitrary.js';

const ABOUT = {
  center: '示例中心',
  asOf: '2026-11-24T19:00:00+08:00',
  version: '0.1.0',
  files: [{ path: 'sheets/roster.xlsx', size: 1234, hash: 'abcdef012345' }],
  hold: [NAMES[2]!],
  inputs: { cards: 40, calls: 0, leads: 9, complaints: 1, callbacks: 0 },
};

function plan(): { customers: CustomerRecord[]; model: ReallocationModel } {
  const customers = Array.from({ length: 40 }, (_, i) =>
    customer(i, NAMES[i % 4]!, {
      last_follow_up: i % 3 ? '2026-11-10' : null,
      status: i % 7 === 0 ? 'member' : 'prospect',
      grade: i % 2 ? 'A' : null,
      // A name that would be a formula if written carelessly.
      customer: i === 0 ? '=HYPERLINK("x")' : `客户${i}`,
    }),
  );
  const model = buildReallocation({ ...planInput(), customers });
  return { customers, model };
}

function planInput(): ReallocationInput {
  return {
    customers: [],
    calls: [],
    leads: leads(9, 2),
    complaints: [{ date: '2026-11-19', advisor: NAMES[1]!, customer: null, verified: true, notes: null, origin: { file: 'c.csv', sheet: null, row: 2 } }],
    results: [result('invites.second-zero', NAMES[0]!, 'missed'), result('visits.total', NAMES[3]!, 'missed'), result('visits.total', NAMES[0]!, 'met')],
    active: NAMES.slice(0, 4),
    advisors: NAMES.slice(0, 4),
    week: { start: '2026-11-18', end: '2026-11-24' },
    month: null,
    hold: [NAMES[2]!],
    seed: 20261118,
    config: defaultConfig(),
  };
}

async function written(model: ReallocationModel, lang: Lang): Promise<{ path: string; wb: ExcelJS.Workbook }> {
  const path = join(mkdtempSync(join(tmpdir(), 'realloc-')), 'out.xlsx');
  await writeReallocationWorkbook(model, ABOUT, lang, path, false);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return { path, wb };
}

/** An exceljs sheet as the form layer receives it (used while the xlsx reader is a stub). */
function rawSheet(ws: ExcelJS.Worksheet): RawSheet {
  const rows: { row: number; cells: CellValue[] }[] = [];
  ws.eachRow((row, n) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const v = cell.value;
      cells[col - 1] = v instanceof Date ? { iso: v.toISOString().slice(0, 10) } : (v as CellValue);
    });
    rows.push({ row: n, cells: Array.from(cells, (c) => c ?? null) });
  });
  return { name: ws.name, async *rows() { yield* rows; } };
}

describe('reallocation workbook', () => {
  it('has the sheets in order, About last', async () => {
    const { wb } = await written(plan().model, 'zh');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '名单转移', '新名单分配', 'Walkin轮换顺序', '客户管理表', '说明']);
    const en = await written(plan().model, 'en');
    expect(en.wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'Transfers', 'New leads', 'Walk-in rotation', FORM_DEFS.customers.en, 'About']);
  });

  it('lists every transfer with the phone in full, the rule, the section and the last follow-up as a date', async () => {
    const { model } = plan();
    expect(model.transfers.length).toBe(2); // round(9/5) of 张伟's 9 prospect cards (10 cards, one member)
    const { wb } = await written(model, 'zh');
    const ws = wb.getWorksheet('名单转移')!;
    expect(ws.getRow(1).values).toEqual([undefined, '序号', '客户编号', '客户姓名', '联系电话', '原顾问', '新顾问', '规则', '手册章节', '原因', '最近跟进（含通话）', '出处（文件 / 工作表 / 行）', '规则编号']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    model.transfers.forEach((tr, i) => {
      const row = ws.getRow(i + 2);
      expect(row.getCell(2).value).toBe(tr.customerId);
      expect(row.getCell(4).value).toMatch(/^1\d{10}$/);
      expect(row.getCell(4).value).toBe(tr.phone);
      expect(row.getCell(5).value).toBe(NAMES[0]);
      expect(row.getCell(6).value).toBe(tr.to);
      expect(row.getCell(7).value).toBe('二次邀约为零');
      expect(row.getCell(12).value).toBe('invites.second-zero');
      expect(row.getCell(8).value).toBe('§1.1.1(2)②c');
      const follow = row.getCell(10);
      if (tr.lastFollowUp) {
        expect(follow.value).toBeInstanceOf(Date);
        expect((follow.value as Date).toISOString().slice(0, 10)).toBe(tr.lastFollowUp);
        expect(follow.numFmt).toBe('yyyy-mm-dd');
      } else {
        expect(follow.value).toBeNull();
      }
    });
  });

  it('summarises each advisor: cut, held, equal, with coloured and worded statuses', async () => {
    const { model } = plan();
    const { wb } = await written(model, 'zh');
    const ws = wb.getWorksheet('汇总')!;
    const byName = new Map<string, ExcelJS.Row>();
    ws.eachRow((row, n) => n > 1 && byName.set(String(row.getCell(1).value), row));
    const first = byName.get(NAMES[0]!)!;
    expect(first.getCell(3).value).toBe(10);
    expect(first.getCell(5).value).toBe(2);
    expect(String(first.getCell(8).value)).toContain('未达标');
    expect((first.getCell(8).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect(String(first.getCell(9).value)).toContain('达标');
    expect(byName.get(NAMES[3]!)!.getCell(10).value).toBe(Math.floor((0.8 * 9) / 4));
    expect(String(byName.get(NAMES[3]!)!.getCell(11).value)).toContain('4/5');
    expect(byName.get(NAMES[2]!)!.getCell(10).value).toBe(0);
    const total = byName.get('合计')!;
    byName.delete('合计');
    expect([...byName.values()].reduce((n, r) => n + Number(r.getCell(10).value), 0)).toBe(9);
    expect(total.getCell(10).value).toBe(9);
    expect(total.getCell(3).value).toBe(40);
    expect(total.getCell(5).value).toBe(total.getCell(6).value);
    expect(ws.autoFilter).toBe(`A1:K${byName.size + 1}`);
  });

  it('lists the new leads and the rotation (complaint last)', async () => {
    const { wb } = await written(plan().model, 'zh');
    const leadsWs = wb.getWorksheet('新名单分配')!;
    expect(leadsWs.rowCount).toBe(10);
    expect(leadsWs.getRow(2).getCell(2).value).toBeInstanceOf(Date);
    expect(leadsWs.getRow(2).getCell(5).value).toMatch(/^137\d{8}$/);
    const rot = wb.getWorksheet('Walkin轮换顺序')!;
    expect(rot.getRow(5).getCell(2).value).toBe(NAMES[1]);
    expect(String(rot.getRow(5).getCell(3).value)).toContain('2026-11-19');
  });

  it('writes the updated roster with exactly the customers form headers; the form layer takes it as the new roster', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const { customers, model } = plan();
      const { path, wb } = await written(model, lang);
      const form = FORM_DEFS.customers;
      const ws = wb.getWorksheet(form[lang])!;
      expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(form.fields.map((f) => f[lang]));
      expect(ws.rowCount).toBe(customers.length + 1);
      // A formula-looking name stays text.
      expect(ws.getRow(2).getCell(3).value).toBe('=HYPERLINK("x")');
      expect(ws.getRow(2).getCell(9).value === null || ws.getRow(2).getCell(9).numFmt === 'yyyy-mm-dd').toBe(true);

      const opened = await openWorkbook(path);
      const sheet = opened.sheets.find((s) => s.name === form[lang]) ?? rawSheet(ws);
      const read = await readSheet(sheet, path, { asOf: '2026-11-24T19:00:00', config: defaultConfig() });
      expect(read.form).toBe('customers');
      expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
      const strip = (c: CustomerRecord) => ({ ...c, origin: null });
      expect((read.records as CustomerRecord[]).map(strip)).toEqual(model.roster.map(strip));
      // Same cards, new owners.
      expect(model.roster.map((c) => ({ ...c, advisor: '' }))).toEqual(customers.map((c) => ({ ...c, advisor: '' })));
    }
  });

  it('reads back through loadDataset: the roster as customers, the new leads as assigned leads', async () => {
    const { customers, model } = plan();
    const { path } = await written(model, 'zh');
    const config = defaultConfig();
    const dataset = await loadDataset({ paths: [path], baseDir: tmpdir(), config, asOf: '2026-11-24T19:00:00' });
    const sheets = dataset.files[0]!.sheets;
    expect(sheets.find((x) => x.name === '客户管理表')?.form).toBe('customers');
    expect(sheets.find((x) => x.name === '新名单分配')?.form).toBe('leads');
    for (const name of ['汇总', '名单转移', 'Walkin轮换顺序']) expect(sheets.find((x) => x.name === name)?.form).toBeNull();
    const ours = dataset.issues.filter((i) => i.sheet === '客户管理表' || i.sheet === '新名单分配');
    expect(ours.filter((i) => i.severity !== 'info')).toEqual([]);
    const strip = <T extends { origin: unknown }>(r: T) => ({ ...r, origin: null });
    expect(dataset.records.customers.map(strip)).toEqual(model.roster.map(strip));
    expect(dataset.records.customers).toHaveLength(customers.length);
    expect(dataset.records.leads.map((l) => [l.phone, l.advisor])).toEqual(model.newLeads.map((l) => [l.phone, l.to]));
    // Imported next to the original leads, the assigned rows are not planned again.
    const again = buildReallocation({ ...planInput(), leads: [...leads(9, 2), ...dataset.records.leads] });
    expect(again.newLeads).toHaveLength(0);
  });

  it('prints the seed, the period and the inputs in About', async () => {
    const { wb } = await written(plan().model, 'en');
    const ws = wb.getWorksheet('About')!;
    const lines = new Map<string, unknown>();
    ws.eachRow((row) => lines.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(lines.get('Random seed')).toBe(20261118);
    expect(lines.get('Period')).toBe('2026-11-18 ~ 2026-11-24');
    expect(lines.get('Zero second invitations · share of cards moved')).toBe('0.2');
    const idRow = ws.getRows(1, ws.rowCount)!.find((r) => r.getCell(3).value === 'invites.second-zero.cardShare')!;
    expect(idRow.getCell(2).value).toBe('0.2');
    expect(lines.get('sheets/roster.xlsx')).toBe(1234);
  });
});
