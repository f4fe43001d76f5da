import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { FormDef } from '../../src/forms/types.js';
import { FMT } from '../../src/workbook/workbook-style.js';
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

describe('templates of every form, filled in, read back as their form', () => {
  const sample = (type: string, values?: { zh: string; en: string }[], lang: 'zh' | 'en' = 'zh'): unknown => {
    switch (type) {
      case 'date': return new Date(Date.UTC(2026, 10, 18));
      case 'datetime': return new Date(Date.UTC(2026, 10, 21, 10, 30));
      case 'month': return '2026-11';
      case 'period': return '2026-11-18';
      case 'phone': return '13812345678';
      case 'name': return '张伟';
      case 'number': return 3;
      case 'money': return 1280;
      case 'enum': case 'bool': return lang === 'zh' ? values![0]!.zh : values![0]!.en;
      default: return '文字';
    }
  };
  const week = { start: '2026-11-25', end: '2026-12-01', dates: ['2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01'] };
  for (const [lang, context] of [['zh', undefined], ['en', undefined], ['zh', { center: '测试中心', advisors: ['张伟', '李娜'], advisor: '张伟', week }]] as const) {
    it(`(${lang}${context ? ', one advisor\'s own, with a title row and an instructions sheet' : ''})`, async () => {
      const { FORM_DEFS } = await import('../../src/forms/index.js');
      const { FORM_IDS } = await import('../../src/model/records.js');
      const { readFile } = await import('../../src/dataset/read-file.js');
      const { defaultConfig } = await import('../../src/config/load.js');
      const dir = mkdtempSync(join(tmpdir(), 'clubcrm-tpl-rt-'));
      const forms = FORM_IDS.map((id) => FORM_DEFS[id]);
      const written = await writeTemplates(dir, forms, lang, { context });
      const top = context ? 2 : 1;
      for (const [i, form] of forms.entries()) {
        const path = written[i]!.path;
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(path);
        const ws = wb.worksheets[0]!;
        form.fields.forEach((f, c) => { ws.getRow(top + 1).getCell(c + 1).value = sample(f.type, f.values, lang) as ExcelJS.CellValue; });
        await wb.xlsx.writeFile(path);
        const { sheets } = await readFile(path, form.id, { asOf: '2026-11-30T19:00:00', config: defaultConfig() });
        // The instructions sheet is clubcrm's own: skipped, with a note at most.
        expect(sheets.map((s) => [s.form, s.headerRow, s.rows]), form.id).toEqual(context ? [[form.id, 2, 1], [null, null, 0]] : [[form.id, 1, 1]]);
        expect(sheets.flatMap((s) => s.issues).filter((x) => x.severity !== 'info'), form.id).toEqual([]);
        expect(sheets[0]!.columns.map((c) => c.field), form.id).toEqual(form.fields.map((f) => f.key));
      }
    });
  }
});
