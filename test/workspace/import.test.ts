import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/load.js';
import { readFile } from '../../src/dataset/read-file.js';
import { ANNOTATE_FILL } from '../../src/workspace/annotate.js';
import { importSheets, type ImportOptions } from '../../src/workspace/import-sheets.js';
import { initialConfigText } from '../../src/workspace/init-config.js';
import { RULE_SPECS } from '../../src/rules/index.js';

const HEADERS = ['日期', '顾问', '客户姓名', '联系电话', '名单类型', '呼出类型', '通话结果'];

function newWorkspace(): { ws: string; inbox: string } {
  const root = mkdtempSync(join(tmpdir(), 'clubcrm-import-'));
  const ws = join(root, 'center');
  mkdirSync(join(ws, 'sheets'), { recursive: true });
  writeFileSync(join(ws, 'clubcrm.config.json'), initialConfigText(RULE_SPECS, 'zh'));
  const inbox = join(root, 'inbox');
  mkdirSync(inbox);
  return { ws, inbox };
}

/** An advisor's workbook: a title row, the header on row 2, calls below; `bad` adds a bad enum and a missing phone on row 4. */
async function callsWorkbook(path: string, options: { bad?: boolean; extraRow?: boolean } = {}): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('顾问每日工作日程表');
  ws.addRow(['顾问每日工作日程表']);
  ws.addRow(HEADERS);
  ws.addRow([new Date(Date.UTC(2026, 10, 18)), '张伟', '小明', '13812345678', '新单', '一次邀约', '已邀约']);
  if (options.bad) ws.addRow([new Date(Date.UTC(2026, 10, 18)), '张伟', '小红', null, '新单', '三次邀约', '已邀约']);
  if (options.extraRow) ws.addRow([new Date(Date.UTC(2026, 10, 19)), '张伟', '小刚', '13912345678', '老单', '二次邀约', '有意向']);
  wb.addWorksheet('备忘').addRow(['随便写写']);
  await wb.xlsx.writeFile(path);
  return path;
}

function options(ws: string, inbox: string, operands: string[], more: Partial<ImportOptions> = {}): ImportOptions {
  return {
    workspace: ws,
    operands,
    cwd: inbox,
    ctx: { asOf: '2026-11-20T19:00:00', config: defaultConfig(RULE_SPECS) },
    read: readFile,
    annotate: false,
    force: false,
    lang: 'zh',
    stamp: '20261120-190000',
    ...more,
  };
}

function fingerprint(path: string): { hash: string; mtime: number } {
  return { hash: createHash('sha256').update(readFileSync(path)).digest('hex'), mtime: statSync(path).mtimeMs };
}

describe('import', () => {
  it('says which form each sheet is, copies the accepted file, and never touches the original', async () => {
    const { ws, inbox } = newWorkspace();
    const file = await callsWorkbook(join(inbox, '张伟.xlsx'), { bad: true });
    const before = fingerprint(file);
    const report = await importSheets(options(ws, inbox, ['张伟.xlsx'], { annotate: true }));
    expect(fingerprint(file)).toEqual(before);
    const [f] = report.files;
    expect(f!.accepted).toBe(true);
    expect(f!.sheets.map((s) => [s.name, s.form, s.headerRow, s.rows])).toEqual([
      ['顾问每日工作日程表', 'calls', 2, 2],
      ['备忘', null, null, 0],
    ]);
    expect(f!.sheets[1]!.reason).toBeTruthy();
    const errors = f!.issues.filter((i) => i.severity === 'error').map((i) => [i.file, i.sheet, i.row, i.column]);
    expect(errors).toEqual(expect.arrayContaining([
      ['张伟.xlsx', '顾问每日工作日程表', 4, '联系电话'],
      ['张伟.xlsx', '顾问每日工作日程表', 4, '呼出类型'],
    ]));
    expect(report.exitCode).toBe(1);
    expect(report.copied).toEqual([{ from: '张伟.xlsx', to: 'sheets/张伟.xlsx', action: 'copied', keptAs: null, replaces: null }]);
    expect(readFileSync(join(ws, 'sheets', '张伟.xlsx'))).toEqual(readFileSync(file));
    expect(existsSync(join(ws, '.clubcrm.lock'))).toBe(false);
  });

  it('is a no-op for the same content, and a changed file replaces the stored copy, which is kept', async () => {
    const { ws, inbox } = newWorkspace();
    const file = await callsWorkbook(join(inbox, '张伟.xlsx'));
    const first = await importSheets(options(ws, inbox, ['张伟.xlsx']));
    expect(first.exitCode).toBe(0);
    const v1 = readFileSync(file);
    const again = await importSheets(options(ws, inbox, [inbox]));
    expect(again.copied).toEqual([]);
    expect(again.unchanged).toEqual([{ from: '张伟.xlsx', sameAs: 'sheets/张伟.xlsx' }]);

    await callsWorkbook(file, { extraRow: true });
    const before = fingerprint(file);
    const third = await importSheets(options(ws, inbox, ['张伟.xlsx'], { stamp: '20261121-090000' }));
    expect(fingerprint(file)).toEqual(before);
    expect(third.copied).toHaveLength(1);
    const { action, keptAs } = third.copied[0]!;
    expect(action).toBe('replaced');
    expect(keptAs).toMatch(/^replaced\/张伟\.20261121-090000\.[0-9a-f]{8}\.xlsx$/);
    expect(readFileSync(join(ws, keptAs!))).toEqual(v1);
    expect(readFileSync(join(ws, 'sheets', '张伟.xlsx'))).toEqual(readFileSync(file));
    expect(readdirSync(join(ws, 'sheets'))).toEqual(['张伟.xlsx']);
  });

  it('reads and reports every file even when one cannot be read (exit 2), and does not copy a file with no form', async () => {
    const { ws, inbox } = newWorkspace();
    await callsWorkbook(join(inbox, 'good.xlsx'));
    writeFileSync(join(inbox, 'old.xls'), readFileSync(new URL('../fixtures/corpus/BROKEN_password-protected_cfb.xlsx', import.meta.url)));
    writeFileSync(join(inbox, 'shopping.csv'), '品名,数量\n苹果,3\n');
    const report = await importSheets(options(ws, inbox, ['good.xlsx', 'old.xls', 'shopping.csv', 'missing.csv']));
    expect(report.exitCode).toBe(2);
    const byPath = Object.fromEntries(report.files.map((f) => [f.path, f]));
    expect(byPath['good.xlsx']!.stored?.action).toBe('copied');
    expect(byPath['old.xls']!.status).toBe('unreadable');
    expect(byPath['old.xls']!.error?.message).toContain('old.xls');
    expect(byPath['missing.csv']!.status).toBe('unreadable');
    expect(byPath['shopping.csv']!.accepted).toBe(false);
    expect(readdirSync(join(ws, 'sheets'))).toEqual(['good.xlsx']);
    // A file with no form alone: nothing imported, exit 1 (a data problem, not a stop).
    const formless = await importSheets(options(ws, inbox, ['shopping.csv']));
    expect(formless.exitCode).toBe(1);
    expect(formless.copied).toEqual([]);
  });

  it('--annotate marks each problem cell of a copy with a fill and a note, leaving clean cells alone', async () => {
    const { ws, inbox } = newWorkspace();
    const file = await callsWorkbook(join(inbox, '张伟.xlsx'), { bad: true });
    const before = fingerprint(file);
    const report = await importSheets(options(ws, inbox, ['张伟.xlsx'], { annotate: true }));
    expect(fingerprint(file)).toEqual(before);
    const annotated = report.files[0]!.annotated!;
    expect(annotated).toBe('reports/annotated/张伟_待修改.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(ws, annotated));
    const sheet = wb.getWorksheet('顾问每日工作日程表')!;
    const phone = sheet.getCell('D4');
    const purpose = sheet.getCell('F4');
    for (const cell of [phone, purpose]) {
      expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: ANNOTATE_FILL.error } });
    }
    expect(String(phone.note)).toContain('联系电话');
    expect(String(purpose.note)).toContain('三次邀约');
    expect(sheet.getCell('F4').value).toBe('三次邀约');
    expect(sheet.getCell('D3').note).toBeUndefined();
    expect((sheet.getCell('D3').fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).not.toBe(ANNOTATE_FILL.error);
    // First, 问题清单: every problem with a link to its cell and what to do.
    expect(wb.worksheets[0]!.name).toBe('问题清单');
    const problems = wb.worksheets[0]!;
    const rows = report.files[0]!.issues.length;
    expect(problems.getCell(2, 8).value).toBe('怎么改');
    const links = Array.from({ length: rows }, (_, i) => problems.getCell(3 + i, 2).value as { text: string; hyperlink: string });
    expect(links.map((l) => l.hyperlink)).toContain("#'顾问每日工作日程表'!D4");
    expect(links.map((l) => l.hyperlink)).toContain("#'顾问每日工作日程表'!F4");
    expect(problems.getCell(3, 8).text).not.toBe('');
    // Imported back, the list is no data: skipped as clubcrm's own sheet, not an unknown form.
    const back = await readFile(join(ws, annotated), '张伟_待修改.xlsx', { asOf: '2026-11-20T19:00:00', config: defaultConfig(RULE_SPECS) });
    expect(back.sheets.find((s) => s.name === '问题清单')?.form ?? null).toBeNull();
    expect(back.sheets.flatMap((x) => x.issues).filter((i) => i.sheet === '问题清单' && i.severity !== 'info')).toEqual([]);
    // A second import writes the copy again, under the same name.
    await importSheets(options(ws, inbox, ['张伟.xlsx'], { annotate: true }));
    expect(statSync(join(ws, annotated)).isFile()).toBe(true);
  });

  it('--annotate turns a CSV into an xlsx copy with the problem cells marked', async () => {
    const { ws, inbox } = newWorkspace();
    writeFileSync(join(inbox, 'li.csv'), `${HEADERS.join(',')}\n2026-11-18,李娜,小明,13812345678,新单,一次邀约,已邀约\n2026-11-18,李娜,小红,13812345679,新单,一次邀约,聊得很好\n`);
    const report = await importSheets(options(ws, inbox, ['li.csv'], { annotate: true }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(ws, report.files[0]!.annotated!));
    const sheet = wb.worksheets[1]!;
    expect(sheet.getCell('G3').value).toBe('聊得很好');
    expect(sheet.getCell('G3').fill).toMatchObject({ fgColor: { argb: ANNOTATE_FILL.error } });
    expect(String(sheet.getCell('G3').note)).toContain('聊得很好');
    expect(sheet.getCell('D2').value).toBe('13812345678');
  });
});

describe('importing the workspace folder itself', () => {
  it('leaves its templates, reports and kept copies alone; its stored sheets are no-ops', async () => {
    const { ws, inbox } = newWorkspace();
    await callsWorkbook(join(inbox, '张伟.xlsx'));
    await importSheets(options(ws, inbox, ['张伟.xlsx']));
    for (const d of ['templates', 'reports', 'replaced']) {
      mkdirSync(join(ws, d), { recursive: true });
      await callsWorkbook(join(ws, d, `${d}.xlsx`), { extraRow: true });
    }
    const report = await importSheets(options(ws, inbox, [ws]));
    expect(report.files.map((f) => f.path)).toEqual([join(ws, 'sheets', '张伟.xlsx')]);
    expect(report.copied).toEqual([]);
    expect(report.unchanged).toHaveLength(1);
  });
});

describe('annotate fallback', () => {
  it('rebuilds the copy from the rows as read when exceljs loads a workbook it cannot write back', async () => {
    const { writeAnnotatedCopy } = await import('../../src/workspace/annotate.js');
    const source = new URL('../fixtures/corpus/BROKEN_backslash-zip-paths_cjk-sheetname.xlsx', import.meta.url).pathname;
    const { sheets } = await readFile(source, 'odd.xlsx', { asOf: '2026-11-20T19:00:00', config: defaultConfig(RULE_SPECS) });
    const name = sheets[0]!.name;
    const target = join(mkdtempSync(join(tmpdir(), 'clubcrm-annot-')), 'odd.xlsx');
    await writeAnnotatedCopy({
      source, display: 'odd.xlsx', content: readFileSync(source), sheets, target, force: false, lang: 'en',
      issues: [{ code: 'bad-date', severity: 'warning', file: 'odd.xlsx', sheet: name, row: 1, column: 'A', field: null, value: null, message: 'look here' }],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(target);
    const cell = wb.worksheets[1]!.getCell('A1');
    expect(String(cell.note)).toContain('look here');
    expect(cell.fill).toMatchObject({ fgColor: { argb: ANNOTATE_FILL.warning } });
  });
});
