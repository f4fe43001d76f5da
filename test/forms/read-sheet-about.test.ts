import { describe, expect, it } from 'vitest';
import { readSheet } from '../../src/forms/read-sheet.js';
import { defaultConfig } from '../../src/config/load.js';
import type { RawRow, RawSheet } from '../../src/read/types.js';
import { RULE_SPECS } from '../../src/rules/index.js';

function sheetOf(name: string, rows: (string | number | null)[][]): RawSheet {
  return {
    name,
    async *rows(): AsyncIterable<RawRow> {
      for (const [i, cells] of rows.entries()) yield { row: i + 1, cells };
    },
  };
}

const ctx = { asOf: '2026-11-20T19:00:00', config: defaultConfig(RULE_SPECS) };

describe('sheets that are not data', () => {
  it('never takes clubcrm\'s own About sheet for the targets form', async () => {
    const rows = [['中心', '示例中心'], ['周期', '2026-11-18'], ['截至时间', '2026-11-20T19:00:00+08:00']];
    for (const name of ['说明', 'About']) {
      const r = await readSheet(sheetOf(name, rows), '周报.xlsx', ctx);
      expect(r.form).toBeNull();
      expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['unknown-form', 'info']]);
    }
    // The same rows under another name are still judged by their headers.
    const other = await readSheet(sheetOf('目标', [['周期', '招生人数'], ['2026-11', 30]]), 't.xlsx', ctx);
    expect(other.form).toBe('targets');
  });

  it('keeps unassigned market leads whatever their date (manual, Reallocation)', async () => {
    const rows = [
      ['分配日期', '名单来源', '联系电话', '分配顾问'],
      ['2026-12-01', '地推', '13812345678', null],
      ['2026-12-01', '地推', '13812345679', '张伟'],
    ];
    const r = await readSheet(sheetOf('市场名单分配及反馈对接表', rows), 'leads.xlsx', ctx);
    expect([...r.records].map((x) => (x as { phone: string }).phone)).toEqual(['13812345678']);
    expect(r.issues.map((i) => i.code)).toEqual(['future-date']);
  });
});
