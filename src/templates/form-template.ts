/**
 * Blank templates, one .xlsx per form (spec/commands.md `templates`): the header row in the
 * user's language with required columns marked, a dropdown on every enumeration column, date,
 * money and text formats on the data rows (phones as text, so Excel never turns 13812345678
 * into 1.38E+10), frozen header, filters and widths. A filled-in template reads back as its
 * form, so the header words are the form's own and the sheet is named after the form.
 *
 * No About sheet here: an advisor sends the workbook back, and a second sheet would only be
 * reported as "matches no form".
 */
import type ExcelJS from 'exceljs';
import type { Lang } from '../config/types.js';
import type { FieldDef, FieldType, SomeFormDef } from '../forms/types.js';
import { t, type MessageKey } from '../i18n/index.js';
import { safeFileName } from '../io/safe-file-name.js';
import { newExcelJsWorkbook } from '../workbook/exceljs-workbook.js';
import { FMT, FONT_NAME, houseSheetOptions, safeSheetName, styleHeaderRow, textWidth } from '../workbook/workbook-style.js';

/** Data rows pre-formatted and given dropdowns (rows 2..TEMPLATE_ROWS). */
export const TEMPLATE_ROWS = 1000;

/** The marker the readers ignore after a header (forms.md: a trailing "(必填)"). */
export const REQUIRED_MARK = '(必填)';

/** Fill of a required column's header: darker than the others, so it shows without reading. */
const REQUIRED_FILL = 'FF9C0006';

/** The number format of a field's data cells. */
export function templateFormat(type: FieldType): string {
  switch (type) {
    case 'date':
      return FMT.date;
    case 'datetime':
      return FMT.datetime;
    case 'money':
      return FMT.money2;
    case 'number':
      return FMT.int;
    default:
      // phone, names, enumerations, months and periods stay text as typed.
      return FMT.text;
  }
}

/** The header text of a field in `lang`: the form's own word, "(必填)" after required ones in Chinese. */
export function templateHeader(field: FieldDef, lang: Lang): string {
  if (lang === 'zh') return field.required ? `${field.zh}${REQUIRED_MARK}` : field.zh;
  return field.en;
}

/** The words a dropdown offers for an enumeration field, in `lang`. */
export function dropdownWords(field: FieldDef, lang: Lang): string[] {
  return (field.values ?? []).map((v) => (lang === 'zh' ? v.zh : v.en));
}

const MIN_WIDTH: Partial<Record<FieldType, number>> = {
  date: 12,
  datetime: 18,
  phone: 14,
  money: 12,
  number: 10,
  month: 10,
  period: 12,
  name: 10,
  text: 14,
};

function headerNote(field: FieldDef, lang: Lang): string {
  const lines = [t(field.required ? 'template.note.required' : 'template.note.optional', {}, lang)];
  lines.push(t(`template.note.type.${field.type}`, {}, lang));
  const words = dropdownWords(field, lang);
  if (words.length > 0) lines.push(t('template.note.values', { values: words.join(' / ') }, lang));
  return lines.join('\n');
}

/** exceljs has `worksheet.dataValidations` (range keys) but its typings omit it. */
function rangeValidations(ws: ExcelJS.Worksheet): { add(range: string, v: ExcelJS.DataValidation): void } {
  return (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
}

/**
 * What a workspace knows that makes its templates its own: the center's name (a title row above
 * the header), its advisors (the advisor column's dropdown), and for one advisor's own sheet
 * (`templates --advisor 张伟 --week 2026-11-25`) that advisor and the week's dates.
 */
export interface TemplateContext {
  center: string;
  advisors: readonly string[];
  advisor?: string;
  week?: { start: string; end: string; dates: readonly string[] };
}

/** The template workbook of one form, in `lang`. */
export async function buildTemplate(form: SomeFormDef, lang: Lang, ctx?: TemplateContext): Promise<ExcelJS.Workbook> {
  const wb = await newExcelJsWorkbook();
  // With a context the header moves to row 2 under the title (the readers skip a title row).
  const top = ctx ? 2 : 1;
  const lastRow = TEMPLATE_ROWS + top - 1;
  const ws = wb.addWorksheet(safeSheetName(lang === 'zh' ? form.zh : form.en), houseSheetOptions(top));
  if (ctx) {
    const name = lang === 'zh' ? form.zh : form.en;
    const parts = [ctx.center, name, ctx.advisor, ctx.week ? t('template.title.week', { start: ctx.week.start, end: ctx.week.end }, lang) : undefined];
    ws.getCell(1, 1).value = parts.filter(Boolean).join(' · ');
    ws.getCell(1, 1).font = { name: FONT_NAME, size: 13, bold: true };
    ws.mergeCells(1, 1, 1, Math.max(1, form.fields.length));
    ws.getRow(1).height = 22;
  }
  const header = ws.getRow(top);
  form.fields.forEach((field, i) => {
    header.getCell(i + 1).value = templateHeader(field, lang);
  });
  styleHeaderRow(header);
  header.height = 30;
  form.fields.forEach((field, i) => {
    const col = i + 1;
    const cell = header.getCell(col);
    if (field.required) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: REQUIRED_FILL } };
    cell.note = headerNote(field, lang);
    const numFmt = templateFormat(field.type);
    const words = contextWords(field, form, ctx) ?? dropdownWords(field, lang);
    const validation: ExcelJS.DataValidation | null =
      words.length === 0
        ? null
        : {
            type: 'list',
            allowBlank: true,
            formulae: [`"${words.join(',')}"`],
            showErrorMessage: true,
            // A warning, not a stop: the readers also accept synonyms (e.g. 一邀) pasted in.
            errorStyle: 'warning',
            errorTitle: t('template.dropdown.title', {}, lang),
            error: t('template.dropdown.error', { values: words.join(' / ') }, lang),
          };
    // The column style formats whatever is typed anywhere in the column; rows 2..TEMPLATE_ROWS
    // are also formatted cell by cell, which every spreadsheet program keeps on typing.
    const style: Partial<ExcelJS.Style> = { numFmt, font: { name: FONT_NAME, size: 11 } };
    ws.getColumn(col).style = style;
    for (let r = top + 1; r <= lastRow; r++) ws.getRow(r).getCell(col).style = style;
    // One validation per column range: per-cell validations make exceljs 4.4 write overlapping
    // ranges (it sorts C10 before C2), which Excel reports as damaged content.
    if (validation) rangeValidations(ws).add(`${ws.getColumn(col).letter}${top + 1}:${ws.getColumn(col).letter}${lastRow}`, validation);
    const widest = Math.max(textWidth(templateHeader(field, lang)), ...words.map(textWidth));
    ws.getColumn(col).width = Math.min(40, Math.max(MIN_WIDTH[field.type] ?? 12, widest + 4));
  });
  ws.autoFilter = { from: { row: top, column: 1 }, to: { row: top, column: form.fields.length } };
  if (ctx) instructionsSheet(wb, form, lang);
  return wb;
}

/**
 * The dropdown a workspace gives a column: the advisor column its advisors (or the one advisor
 * of a personal sheet), the form's date column the week's dates. Null: the form's own choices.
 */
function contextWords(field: FieldDef, form: SomeFormDef, ctx: TemplateContext | undefined): string[] | null {
  if (!ctx) return null;
  if (field.key === 'advisor') {
    const names = ctx.advisor ? [ctx.advisor] : [...ctx.advisors];
    return names.length > 0 ? names : null;
  }
  if (ctx.week && field.key === form.datedBy && field.type === 'date') return [...ctx.week.dates];
  return null;
}

/**
 * The second sheet, 填写说明: how to fill each column (required or not, what goes in, the
 * choices). clubcrm skips it when the form is imported (forms/read-sheet.ts).
 */
function instructionsSheet(wb: ExcelJS.Workbook, form: SomeFormDef, lang: Lang): void {
  const ws = wb.addWorksheet(t('template.instructions.sheet', {}, lang));
  const L = (k: MessageKey, p: Record<string, unknown> = {}) => t(k, p, lang);
  ws.getCell(1, 1).value = L('template.instructions.title', { form: lang === 'zh' ? form.zh : form.en });
  ws.getCell(1, 1).font = { name: FONT_NAME, size: 13, bold: true };
  const head = ws.getRow(2);
  (['column', 'required', 'what', 'choices'] as const).forEach((k, i) => (head.getCell(i + 1).value = L(`template.instructions.col.${k}`)));
  styleHeaderRow(head);
  form.fields.forEach((field, i) => {
    const row = ws.getRow(3 + i);
    row.getCell(1).value = lang === 'zh' ? field.zh : field.en;
    row.getCell(2).value = L(field.required ? 'template.note.required' : 'template.note.optional');
    row.getCell(3).value = L(`template.note.type.${field.type}`);
    row.getCell(4).value = dropdownWords(field, lang).join(' / ');
  });
  const tips = 3 + form.fields.length + 1;
  ws.getCell(tips, 1).value = L('template.instructions.tips');
  ws.getCell(tips, 1).alignment = { wrapText: true, vertical: 'top' };
  ws.mergeCells(tips, 1, tips, 4);
  ws.getRow(tips).height = 60;
  [16, 8, 36, 40].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

/** The template's file name: the form's Chinese (or English) name, `.xlsx`. */
export function templateFileName(form: SomeFormDef, lang: Lang): string {
  return `${safeFileName(lang === 'zh' ? form.zh : form.en, form.id)}.xlsx`;
}
