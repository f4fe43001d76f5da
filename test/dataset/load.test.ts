import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/load.js';
import { loadDataset } from '../../src/dataset/load.js';
import { readFile } from '../../src/dataset/read-file.js';
import { ClubError } from '../../src/errors.js';
import { setLang } from '../../src/i18n/index.js';
import type { CallRecord, InviteRecord } from '../../src/model/records.js';
import { RULE_SPECS } from '../../src/rules/index.js';

const ASOF = '2026-11-20T19:00:00';

function workspace(): string {
  return mkdtempSync(join(tmpdir(), 'clubcrm-load-'));
}

function csv(rows: (string | number)[][]): string {
  return rows.map((r) => r.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(',')).join('\r\n');
}

async function writeXlsx(path: string, sheets: Record<string, unknown[][]>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  await wb.xlsx.writeFile(path);
}

const CALLS_HEADER = ['日期', '顾问', '联系电话', '呼出类型', '通话结果'];

beforeEach(() => setLang('zh'));

describe('readFile through real files', () => {
  it('reads a UTF-8 CSV with BOM, and fingerprints it', async () => {
    const dir = workspace();
    const path = join(dir, 'calls.csv');
    writeFileSync(path, `\uFEFF${csv([CALLS_HEADER, ['2026/11/18', '张伟', '138 1234 5678', '一邀', '已邀约']])}`);
    const { file, sheets } = await readFile(path, 'calls.csv', { asOf: ASOF, config: defaultConfig(RULE_SPECS) });
    expect(file).toMatchObject({ path: 'calls.csv', sheets: [{ name: null, form: 'calls', headerRow: 1, rows: 1 }] });
    expect(file.hash).toMatch(/^[0-9a-f]{12}$/);
    expect(file.size).toBeGreaterThan(50);
    expect([...sheets[0]!.records][0]).toMatchObject({ date: '2026-11-18', phone: '13812345678', origin: { file: 'calls.csv', sheet: null, row: 2 } });
  });

  it('reads a GB18030 CSV as Excel zh-CN writes it', async () => {
    const dir = workspace();
    const path = join(dir, 'leave.csv');
    writeFileSync(path, iconv.encode(csv([['日期', '顾问', '请假类型', '证明'], ['2026年11月19日', '张伟', '病假', '是']]), 'gb18030'));
    const { sheets } = await readFile(path, 'leave.csv', { asOf: ASOF, config: defaultConfig(RULE_SPECS) });
    expect([...sheets[0]!.records][0]).toMatchObject({ date: '2026-11-19', advisor: '张伟', type: 'sick', proof: true });
  });

  it('reads every sheet of a workbook, real dates included, and skips the unknown one', async () => {
    const dir = workspace();
    const path = join(dir, 'zhang.xlsx');
    await writeXlsx(path, {
      顾问每日工作日程表: [['顾问每日工作日程表'], CALLS_HEADER, [new Date(Date.UTC(2026, 10, 18)), '张伟', 13812345678, '一邀', '已邀约']],
      附表3: [['邀约日期', '顾问', '联系电话', '邀约类型', '预约场次'], [new Date(Date.UTC(2026, 10, 18)), '张伟', '13812345678', '一邀', new Date(Date.UTC(2026, 10, 22, 10, 30))]],
      Sheet3: [['随便写写']],
    });
    const { file, sheets } = await readFile(path, 'zhang.xlsx', { asOf: ASOF, config: defaultConfig(RULE_SPECS) });
    expect(file.sheets.map((s) => [s.name, s.form, s.headerRow, s.rows])).toEqual([
      ['顾问每日工作日程表', 'calls', 2, 1],
      ['附表3', 'invites', 1, 1],
      ['Sheet3', null, null, 0],
    ]);
    expect([...sheets[0]!.records][0]).toMatchObject({ date: '2026-11-18', phone: '13812345678', origin: { sheet: '顾问每日工作日程表', row: 3 } });
    expect(([...sheets[1]!.records][0] as InviteRecord).session).toBe('2026-11-22T10:30:00');
    expect(sheets[2]!.issues.map((i) => [i.code, i.severity])).toEqual([['unknown-form', 'warning']]);
  });

  it('reads the sheets after one it skipped', async () => {
    const dir = workspace();
    const path = join(dir, 'mixed.xlsx');
    const many = Array.from({ length: 500 }, (_, i) => [`备忘 ${i}`, i]);
    await writeXlsx(path, { 汇总: [['品名', '数量'], ...many], Calls: [CALLS_HEADER, ['2026-11-18', '张伟', '13812345678', '一邀', '已邀约']] });
    const { file, sheets } = await readFile(path, 'mixed.xlsx', { asOf: ASOF, config: defaultConfig(RULE_SPECS), keepCells: 3 });
    expect(file.sheets.map((s) => [s.name, s.form, s.rows])).toEqual([
      ['汇总', null, 0],
      ['Calls', 'calls', 1],
    ]);
    expect(sheets[0]!.cells).toEqual([
      { row: 1, cells: ['品名', '数量'] },
      { row: 2, cells: ['备忘 0', 0] },
      { row: 3, cells: ['备忘 1', 1] },
    ]);
  });

  it('makes a file of which no sheet could be read an error, a blank file included', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'shopping.csv'), '品名,数量\n苹果,3\n');
    writeFileSync(join(dir, 'empty.csv'), '');
    const ctx = { asOf: ASOF, config: defaultConfig(RULE_SPECS) };
    const shopping = await readFile(join(dir, 'shopping.csv'), 'shopping.csv', ctx);
    expect(shopping.sheets[0]!.issues.map((i) => [i.code, i.severity])).toEqual([['unknown-form', 'error']]);
    const empty = await readFile(join(dir, 'empty.csv'), 'empty.csv', ctx);
    expect(empty.sheets[0]!.issues.map((i) => [i.code, i.severity])).toEqual([['unknown-form', 'error']]);
  });
});

describe('loadDataset', () => {
  it('collects records per form from folders, with paths relative to the base folder', async () => {
    const dir = workspace();
    mkdirSync(join(dir, 'sheets', '2026-11-18'), { recursive: true });
    await writeXlsx(join(dir, 'sheets', '2026-11-18', '张伟.xlsx'), {
      附表1: [CALLS_HEADER, ['2026-11-18', '小张', '13812345678', '一邀', '已邀约'], ['2026-11-21', '小张', '13812345679', '一邀', '已邀约']],
      客户管理表: [['顾问', '客户姓名', '联系电话'], ['张伟', '小明', '13812345678']],
    });
    writeFileSync(
      join(dir, 'sheets', '2026-11-18', '李娜.csv'),
      csv([CALLS_HEADER, ['2026-11-18', '李娜', '13812345670', '二邀', '未接通'], ['2026-11-18', '张伟', '+86 13812345678', 'first invite', 'invited']]),
    );
    writeFileSync(join(dir, 'sheets', '客户管理表.csv'), csv([['顾问', '客户姓名', '联系电话'], ['李娜', '小明', '13812345678']]));
    writeFileSync(join(dir, 'sheets', '~$张伟.xlsx'), 'lock');
    const config = defaultConfig(RULE_SPECS);
    config.advisors = [
      { name: '张伟', aliases: ['小张'], active: true },
      { name: '李娜', aliases: [], active: true },
      { name: '王芳', aliases: [], active: false },
    ];
    const ds = await loadDataset({ paths: [join(dir, 'sheets')], baseDir: dir, config, asOf: ASOF });
    expect(ds.files.map((f) => f.path)).toEqual(['sheets/2026-11-18/张伟.xlsx', 'sheets/2026-11-18/李娜.csv', 'sheets/客户管理表.csv'].sort());
    expect(ds.advisors).toEqual(['张伟', '李娜']);
    expect(ds.records.calls.map((c: CallRecord) => [c.origin.file, c.origin.row, c.advisor])).toEqual([
      ['sheets/2026-11-18/张伟.xlsx', 2, '张伟'],
      ['sheets/2026-11-18/李娜.csv', 2, '李娜'],
    ]);
    expect(ds.records.customers).toHaveLength(2);
    expect(ds.issues.map((i) => [i.file, i.row, i.code])).toEqual([
      ['sheets/2026-11-18/张伟.xlsx', 3, 'future-date'],
      ['sheets/2026-11-18/李娜.csv', 3, 'duplicate-row'],
      ['sheets/客户管理表.csv', 2, 'ownership-conflict'],
    ]);
    expect(JSON.stringify(ds.issues)).not.toMatch(/1381234567/);
  });

  it('takes the advisors from the sheets when the config lists none', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'calls.csv'), csv([CALLS_HEADER, ['2026-11-18', '张伟', '13812345678', '一邀', '已邀约'], ['2026-11-18', '李娜', '13812345679', '一邀', '已邀约']]));
    writeFileSync(join(dir, 'talks.csv'), csv([['沟通日期', '顾问', '沟通内容'], ['2026-11-18', '主管', '周会']]));
    const ds = await loadDataset({ paths: [dir], baseDir: dir, config: defaultConfig(RULE_SPECS), asOf: ASOF });
    expect(ds.advisors).toEqual(['李娜', '张伟']);
    expect(ds.issues).toEqual([]);
  });

  it('stops with the reader error for a file it refuses', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'old.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Buffer.from('W\0o\0r\0k\0b\0o\0o\0k\0')]));
    await expect(loadDataset({ paths: [dir], baseDir: dir, config: defaultConfig(RULE_SPECS), asOf: ASOF })).rejects.toBeInstanceOf(ClubError);
  });
});
