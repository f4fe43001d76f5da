import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  addAboutSheet,
  addSheet,
  excelDate,
  newWorkbook,
  safeSheetName,
  saveWorkbook,
  setDateCell,
  setNumberCell,
  setStatusCell,
  setTextCell,
  textWidth,
  writeTable,
  FMT,
} from '../../src/workbook/workbook-style.js';
import { insideFolder, safeFileName } from '../../src/io/safe-file-name.js';

describe('sheet and file names from user text', () => {
  it('makes Excel-valid, unique sheet names', () => {
    const taken = new Set<string>();
    expect(safeSheetName('张伟/李娜 [周报]: 11*?', taken)).toBe('张伟_李娜 _周报__ 11__');
    expect([...safeSheetName('一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三', taken)]).toHaveLength(31);
    expect(safeSheetName('Summary', taken)).toBe('Summary');
    expect(safeSheetName('summary', taken)).toBe('summary (2)');
    expect(safeSheetName("'quoted'", taken)).toBe('quoted');
    expect(safeSheetName('History', taken)).toBe('History_');
  });
  it('keeps file names inside the output folder', () => {
    expect(safeFileName('../../etc/passwd')).toBe('__.._etc_passwd');
    expect(safeFileName('CON')).toBe('_CON');
    expect(safeFileName('周报 2026-11-18. ')).toBe('周报 2026-11-18');
    expect(safeFileName('a\\b:c')).toBe('a_b_c');
    expect(() => insideFolder('/tmp/reports', '../x.xlsx')).toThrow();
    expect(insideFolder('/tmp/reports', safeFileName('../x.xlsx'))).toBe('/tmp/reports/__x.xlsx');
  });
  it('counts Chinese characters double for widths', () => {
    expect(textWidth('张伟ab')).toBe(6);
  });
});

describe('house workbook look', () => {
  it('writes values, formats, statuses, About and setup that read back', async () => {
    const wb = await newWorkbook();
    const taken = new Set<string>();
    const ws = addSheet(wb, '汇总', taken);
    writeTable(ws, ['顾问', '有效呼出', '金额', '日期', '状态', '备注'], [1], (row) => {
      setTextCell(row.getCell(1), '张伟');
      setNumberCell(row.getCell(2), 152);
      setNumberCell(row.getCell(3), 25600, FMT.money);
      setDateCell(row.getCell(4), '2026-11-20');
      setStatusCell(row.getCell(5), 'missed', 'zh');
      setTextCell(row.getCell(6), '=HYPERLINK("http://x.invalid","点我")');
    });
    addAboutSheet(wb, { center: '示例中心', period: '2026-11-18', asOf: '2026-11-20T19:00:00+08:00', version: '0.1.0', seed: 7, config: { lang: 'zh' }, files: [{ path: 'a.xlsx', size: 10, hash: 'abc' }] }, taken, 'zh');
    const path = join(mkdtempSync(join(tmpdir(), 'clubcrm-style-')), 'out.xlsx');
    await saveWorkbook(wb, path, false);

    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(path);
    expect(back.worksheets.map((w) => w.name)).toEqual(['汇总', '说明']);
    const s = back.getWorksheet('汇总')!;
    expect(s.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(s.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, paperSize: 9 });
    expect(s.autoFilter).toBeTruthy();
    expect(s.getCell('B2').value).toBe(152);
    expect(s.getCell('C2').numFmt).toBe('"¥"#,##0');
    expect(s.getCell('D2').value).toEqual(excelDate('2026-11-20'));
    expect(s.getCell('D2').numFmt).toBe('yyyy-mm-dd');
    expect(s.getCell('E2').value).toBe('✘ 未达标');
    expect((s.getCell('E2').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    // User text that looks like a formula stays text.
    expect(s.getCell('F2').type).toBe(ExcelJS.ValueType.String);
    expect(s.getCell('F2').formula).toBeUndefined();
    expect(s.getColumn(1).width).toBeGreaterThanOrEqual(6);
    const about = back.getWorksheet('说明')!;
    expect(about.getCell('B1').value).toBe('示例中心');
    expect(about.getCell('B5').value).toBe(7);
  });
});
