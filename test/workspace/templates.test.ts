import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { FormDef } from '../../src/forms/types.js';
import { FMT } from '../../src/render/workbook-style.js';
import { TEMPLATE_ROWS } from '../../src/templates/form-template.js';
import { writeTemplates } from '../../src/templates/write-templates.js';
import { ClubError } from '../../src/errors.js';

const CALLS_LIKE: FormDef = {
  id: 'calls',
  zh: '顾问每日工作日程表',
  en: 'Daily calls',
  sheetNames: [],
  fields: [
    { key: 'date', zh: '日期', en: 'Date', aliases: [], type: 'date', required: true },
    { key: 'phone', zh: '联系电话', en: 'Phone', aliases: [], type: 'phone', required: true },
    {
      key: 'purpose', zh: '呼出类型', en: 'Call type', aliases: [], type: 'enum', required: true,
      values: [
        { value: 'first_invite', zh: '一次邀约', en: 'first_invite', synonyms: [] },
        { value: 'second_invite', zh: '二次邀约', en: 'second_invite', synonyms: [] },
      ],
    },
    { key: 'amount', zh: '合约金额', en: 'Amount', aliases: [], type: 'money', required: false },
    { key: 'appointment', zh: '预约时间', en: 'Appointment', aliases: [], type: 'datetime', required: false },
  ],
};

async function readBack(path: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  expect(wb.worksheets).toHaveLength(1);
  return wb.worksheets[0]!;
}

describe('templates (hand-made form)', () => {
  it('writes headers with required marks, dropdowns, formats, frozen header and widths', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clubcrm-tpl-'));
    const written = await writeTemplates(dir, [CALLS_LIKE], 'zh');
    expect(written).toEqual([{ form: 'calls', path: join(dir, '顾问每日工作日程表.xlsx'), action: 'written' }]);
    const ws = await readBack(written[0]!.path);
    expect(ws.name).toBe('顾问每日工作日程表');
    expect(ws.getRow(1).values).toEqual([undefined, '日期(必填)', '联系电话(必填)', '呼出类型(必填)', '合约金额', '预约时间']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const dv = (ws.getCell('C2') as unknown as { dataValidation: ExcelJS.DataValidation }).dataValidation;
    expect(dv).toMatchObject({ type: 'list', formulae: ['"一次邀约,二次邀约"'] });
    expect((ws.getCell(`C${TEMPLATE_ROWS}`) as unknown as { dataValidation?: ExcelJS.DataValidation }).dataValidation?.type).toBe('list');
    expect((ws.getCell('A2') as unknown as { dataValidation?: ExcelJS.DataValidation }).dataValidation).toBeUndefined();
    expect(ws.getCell('A2').numFmt).toBe(FMT.date);
    expect(ws.getCell('B500').numFmt).toBe(FMT.text);
    expect(ws.getCell('D2').numFmt).toBe(FMT.money2);
    expect(ws.getCell('E2').numFmt).toBe(FMT.datetime);
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(14);
    expect(String(ws.getCell('C1').note ?? '')).toBeTruthy();
  });

  it('writes English headers and file names with --lang en', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clubcrm-tpl-'));
    const [w] = await writeTemplates(dir, [CALLS_LIKE], 'en');
    expect(w!.path).toBe(join(dir, 'Daily calls.xlsx'));
    const ws = await readBack(w!.path);
    expect(ws.name).toBe('Daily calls');
    expect(ws.getCell('A1').value).toBe('Date');
    expect((ws.getCell('C2') as unknown as { dataValidation: ExcelJS.DataValidation }).dataValidation.formulae).toEqual(['"first_invite,second_invite"']);
  });

  it('refuses to replace a template without --force, keeps it with skipExisting', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clubcrm-tpl-'));
    await writeTemplates(dir, [CALLS_LIKE], 'zh');
    await expect(writeTemplates(dir, [CALLS_LIKE], 'zh')).rejects.toBeInstanceOf(ClubError);
    expect((await writeTemplates(dir, [CALLS_LIKE], 'zh', { skipExisting: true }))[0]!.action).toBe('kept');
    expect((await writeTemplates(dir, [CALLS_LIKE], 'zh', { force: true }))[0]!.action).toBe('written');
  });
});
