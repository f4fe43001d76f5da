import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cell, readAll } from '../support/read-all.js';

// The tool's own templates and annotated copies are written with exceljs: they must read back.
describe('workbooks written by exceljs', () => {
  it('read back with the values written', async () => {
    const wb = new ExcelJS.Workbook();
    wb.date1904 = false;
    const ws = wb.addWorksheet('顾问每日工作日程表');
    ws.addRow(['顾问每日工作日程表']);
    ws.mergeCells('A1:D1');
    ws.addRow(['日期', '顾问', '联系电话', '预约时间', '金额', '到访', '备注']);
    ws.addRow([new Date(Date.UTC(2026, 10, 20)), '张伟', '13800138000', new Date(Date.UTC(2026, 10, 22, 15, 0, 0)), 1280.5, true, { richText: [{ text: '家长说' }, { text: '“周末”', font: { bold: true } }] }]);
    ws.getCell('A3').numFmt = 'yyyy"年"m"月"d"日"';
    ws.getCell('D3').numFmt = 'yyyy-mm-dd hh:mm';
    ws.addRow([]);
    ws.addRow([{ formula: '1+1', result: 2 }, { formula: 'B3&"!"', result: '张伟!' }, { text: '链接', hyperlink: 'https://example.invalid' }, '=not a formula']);
    const dir = mkdtempSync(join(tmpdir(), 'clubcrm-exceljs-'));
    const path = join(dir, 'written.xlsx');
    await wb.xlsx.writeFile(path);

    const { sheets } = await readAll(path);
    const s = sheets[0]!;
    expect(s.name).toBe('顾问每日工作日程表');
    expect(s.rows.map((r) => r.row)).toEqual([1, 2, 3, 5]);
    expect(s.rows[0]!.cells).toEqual(['顾问每日工作日程表']);
    expect(cell(s, 'A3')).toEqual({ iso: '2026-11-20' });
    expect(cell(s, 'C3')).toBe('13800138000');
    expect(cell(s, 'D3')).toEqual({ iso: '2026-11-22T15:00:00' });
    expect(cell(s, 'E3')).toBe(1280.5);
    expect(cell(s, 'F3')).toBe(true);
    expect(cell(s, 'G3')).toBe('家长说“周末”');
    expect(s.rows[3]!.cells).toEqual([2, '张伟!', '链接', '=not a formula']);
    rmSync(dir, { recursive: true, force: true });
  });
});
