import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { saveWorkbook } from '../../../src/workbook/workbook-style.js';
import { buildDirectorSummary } from '../../../src/reports/director/model.js';
import { buildDirectorWorkbook } from '../../../src/reports/director/workbook.js';
import { MONTH, asOf, config, dataset, engineCheck } from '../../support/month-fixture.js';

const RED = 'FFFFC7CE';
const GREEN = 'FFC6EFCE';

async function writeAndRead(lang: 'zh' | 'en', mutate?: (d: ReturnType<typeof dataset>) => void): Promise<{ wb: ExcelJS.Workbook; path: string }> {
  const d = dataset();
  mutate?.(d);
  const s = buildDirectorSummary({ dataset: d, config: config(), month: MONTH, asOf: asOf(), check: engineCheck() });
  const path = join(mkdtempSync(join(tmpdir(), 'director-')), `月度汇总_${MONTH}.xlsx`);
  await saveWorkbook(await buildDirectorWorkbook(s, lang), path, false);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return { wb, path };
}

/** The row whose first cell is `label` (trimmed). */
function rowOf(ws: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  for (let r = 1; r <= ws.rowCount; r++) {
    const v = ws.getRow(r).getCell(1).value;
    if (typeof v === 'string' && v.trim() === label) return ws.getRow(r);
  }
  throw new Error(`no row ${label}`);
}

function fill(cell: ExcelJS.Cell): string | undefined {
  return (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((x) => x.text).join('');
  if (typeof v === 'object' && 'formula' in v) return `=${String(v.formula)}`;
  return String(v);
}

describe('director workbook (zh)', () => {
  let wb: ExcelJS.Workbook;
  let path: string;
  beforeAll(async () => {
    ({ wb, path } = await writeAndRead('zh', (d) => {
      // A phone typed into a name cell, and a formula-looking student name: both must stay harmless.
      d.records.contracts[9]!.student = '小明 13512345678';
      d.records.contracts[6]!.student = '=HYPERLINK("x")';
    }));
  });

  it('has the overview first and About last', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['总览', '顾问', '周趋势', '图表', '续费', '续费明细', '名单来源', '转介绍奖励', '说明']);
  });

  it('puts the decisions on the overview: bonus with reasons, awards, sales vs target, mixes', () => {
    const ws = wb.getWorksheet('总览')!;
    const bonus = rowOf(ws, '团队奖金');
    expect(bonus.getCell(2).value).toBe('取消');
    expect(bonus.getCell(4).value).toBe('✘ 取消');
    expect(fill(bonus.getCell(4))).toBe(RED);
    expect(cellText(rowOf(ws, '原因 1').getCell(5).value)).toContain('李娜');
    expect(cellText(rowOf(ws, '原因 1').getCell(5).value)).toContain('2026-11-25');
    expect(cellText(rowOf(ws, '原因 2').getCell(5).value)).toContain('139****5678');
    expect(rowOf(ws, '招生人数奖').getCell(2).value).toBe('张伟');
    expect(cellText(rowOf(ws, '招生人数奖').getCell(5).value)).toContain('3 人');
    expect(rowOf(ws, '首单奖').getCell(2).value).toBe('张伟');
    const sales = rowOf(ws, '销售业绩（不含未计入的续费）');
    expect(sales.getCell(2).value).toBe(105400);
    expect(sales.getCell(2).numFmt).toBe('"¥"#,##0');
    expect(sales.getCell(3).value).toBe(110000);
    expect(fill(sales.getCell(4))).toBe(RED);
    const referral = rowOf(ws, '转介绍');
    expect(referral.getCell(2).value).toBe(0.1);
    expect(referral.getCell(2).numFmt).toBe('0%');
    expect(referral.getCell(3).value).toBe(0.3);
    expect(fill(referral.getCell(4))).toBe(RED);
    // 60% against 40% +- 10: off; renewals 30% on target.
    expect(fill(rowOf(ws, '新单').getCell(4))).toBe(RED);
    expect(fill(rowOf(ws, '续费').getCell(4))).toBe(GREEN);
    // The title states the calendar month, both ends as ISO dates.
    expect(ws.getRow(1).getCell(1).value).toBe('示例中心 月度汇总 2026-11（2026-11-01 – 2026-11-30）');
    expect(String(rowOf(ws, '合约类型结构').getCell(4).value)).toContain('未达标');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('lists advisors against targets with a center total', () => {
    const ws = wb.getWorksheet('顾问')!;
    const zhang = rowOf(ws, '张伟');
    expect(ws.getRow(1).getCell(1).value).toBe('期间：2026-11-01 – 2026-11-30（自然月）；呼出达标周数按 2026-11-04 – 2026-12-01 的周');
    expect(zhang.getCell(3).value).toBe(3);
    expect(zhang.getCell(6).value).toBe(51200);
    expect(zhang.getCell(6).numFmt).toBe('"¥"#,##0');
    expect(fill(zhang.getCell(7))).toBe(GREEN);
    expect(zhang.getCell(14).value).toBe(0.6);
    expect(zhang.getCell(14).numFmt).toBe('0%');
    expect(rowOf(ws, '李娜').getCell(16).value).toBe(3);
    expect(fill(rowOf(ws, '李娜').getCell(16))).toBe(RED);
    expect(rowOf(ws, '中心合计').getCell(6).value).toBe(105400);
    expect(ws.autoFilter).toBeTruthy();
  });

  it('draws in-cell data bars on the weekly trend, weeks as real dates', () => {
    const ws = wb.getWorksheet('周趋势')!;
    expect(ws.getRow(1).getCell(1).value).toBe('期间：2026-11-04 – 2026-12-01（周五在本月的各周）');
    expect(ws.getRow(3).getCell(1).value).toBeInstanceOf(Date);
    expect(ws.getRow(3).getCell(1).numFmt).toBe('yyyy-mm-dd');
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] }).conditionalFormattings;
    const bars = cf.filter((c) => c.rules.some((r) => r.type === 'dataBar')).map((c) => c.ref);
    expect(bars).toContain('C3:C14');
    expect(bars).toHaveLength(4);
    // 李娜's last week, short of calls: missed, in red.
    const last = ws.getRow(13);
    expect(last.getCell(2).value).toBe('李娜');
    expect(fill(last.getCell(5))).toBe(RED);
    expect(readFileSync(path).length).toBeGreaterThan(0);
  });

  it('lists renewals planned, counted and not, with the reason', () => {
    const ws = wb.getWorksheet('续费')!;
    expect(rowOf(ws, '李娜').getCell(10).value).toBe(9000);
    expect(fill(rowOf(ws, '李娜').getCell(5))).toBe(RED);
    expect(rowOf(ws, '中心合计').getCell(9).value).toBe(2);
    expect(ws.getRow(1).getCell(1).value).toBe('期间：2026-11-01 – 2026-11-30（自然月）');
    const detail = wb.getWorksheet('续费明细')!;
    const rows = [3, 4, 5].map((r) => detail.getRow(r));
    expect(rows.map((r) => [r.getCell(2).value, r.getCell(6).value, r.getCell(7).value])).toEqual([
      ['王芳', '是', '在按时提交的续费计划内'],
      ['张伟', '否', '学员不在续费计划内'],
      ['李娜', '否', '续费计划逾期提交'],
    ]);
    expect(detail.getRow(6).getCell(2).value).toBeNull();
    expect(fill(rows[1]!.getCell(6))).toBe(RED);
    expect(rows[0]!.getCell(4).value).toBe('138****6666');
  });

  it('shows lead sources and referral rewards due', () => {
    const leads = wb.getWorksheet('名单来源')!;
    expect(rowOf(leads, '地推').getCell(4).value).toBe(0.3333);
    expect(rowOf(leads, '地推').getCell(4).numFmt).toBe('0%');
    const ref = wb.getWorksheet('转介绍奖励')!;
    expect(ref.getRow(1).getCell(1).value).toBe('期间：2026-11-01 – 2026-11-30（自然月）');
    expect(ref.getRow(3).getCell(1).value).toEqual(new Date('2026-11-10T00:00:00Z'));
    expect(ref.getRow(3).getCell(2).value).toBe('已到期');
    expect(fill(ref.getRow(3).getCell(2))).toBe(GREEN);
    expect(ref.getRow(3).getCell(4).value).toBe('赵爸爸 137****1111');
    expect(ref.getRow(3).getCell(9).value).toBe(300);
    expect(ref.getRow(3).getCell(9).numFmt).toBe('"¥"#,##0');
    expect(ref.getRow(4).getCell(3).value).toBe('李娜');
    // No start date: the cell is amber and the note says how the due date was reached.
    expect(ref.getRow(4).getCell(7).value).toBeNull();
    expect(ref.getRow(4).getCell(11).value).toBe('无开课日期，按签约日期计算');
  });

  it('keeps a formula-looking name as text', () => {
    const cell = wb.getWorksheet('续费明细')!.getRow(4).getCell(3);
    expect(cell.value).toBe('=HYPERLINK("x")');
    expect(cell.formula).toBeUndefined();
    expect(cellText(rowOf(wb.getWorksheet('总览')!, '首单奖').getCell(5).value)).toContain('小明 135****5678');
  });

  it('shows no mainland mobile number in full in any cell of any sheet', () => {
    const found: string[] = [];
    let cells = 0;
    for (const ws of wb.worksheets) {
      ws.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (cell) => {
          cells++;
          const text = cellText(cell.value);
          if (/1\d{10}/.test(text)) found.push(`${ws.name}!${cell.address}: ${text}`);
        }),
      );
    }
    expect(cells).toBeGreaterThan(200);
    expect(found).toEqual([]);
  });
});

describe('director workbook (en)', () => {
  it('names sheets and words in English', async () => {
    const { wb } = await writeAndRead('en');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Overview', 'Advisors', 'Weekly trend', 'Charts', 'Renewals', 'Renewal contracts', 'Lead sources', 'Referral rewards', 'About']);
    expect(rowOf(wb.getWorksheet('Overview')!, 'Team bonus').getCell(2).value).toBe('cancelled');
  });
});
