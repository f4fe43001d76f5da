/**
 * The look shared by every workbook clubcrm writes (spec/commands.md, "Workbooks"): header
 * style, frozen panes, filters, widths that fit Chinese, number formats, status cells coloured
 * and worded, A4 landscape fit-to-width, safe text cells, valid sheet names, the About sheet,
 * and the atomic write. Report writers use these instead of styling cells themselves.
 */
import type ExcelJS from 'exceljs';
import { createRequire } from 'node:module';
import { writeOutput } from '../io/write-output.js';
import { t } from '../i18n/index.js';
import type { Lang } from '../config/types.js';
import type { Status } from '../model/results.js';

/** A font that renders Chinese in Excel, WPS and LibreOffice (which substitutes a CJK font). */
export const FONT_NAME = '等线';

/** Number formats: real numbers and dates, formatted. */
export const FMT = {
  int: '#,##0',
  money: '¥#,##0',
  money2: '¥#,##0.00',
  percent: '0%',
  percent1: '0.0%',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
  text: '@',
} as const;

/** Fill colours (ARGB) of statuses: met green, missed red, pending amber, excused grey. */
export const STATUS_COLORS: Record<Status, { fill: string; font: string }> = {
  met: { fill: 'FFC6EFCE', font: 'FF006100' },
  missed: { fill: 'FFFFC7CE', font: 'FF9C0006' },
  pending: { fill: 'FFFFEB9C', font: 'FF9C5700' },
  excused: { fill: 'FFD9D9D9', font: 'FF3F3F3F' },
};

const HEADER_FILL = 'FF1F4E78';
const STATUS_SYMBOL: Record<Status, string> = { met: '✔', missed: '✘', pending: '…', excused: '–' };

/** The word of a status in the current language, with its symbol (never colour alone). */
export function statusWord(status: Status, lang?: Lang): string {
  return `${STATUS_SYMBOL[status]} ${t(`status.${status}`, {}, lang)}`;
}

/** Writes a status into a cell: word + symbol, coloured fill and font. */
export function setStatusCell(cell: ExcelJS.Cell, status: Status, lang?: Lang): void {
  const c = STATUS_COLORS[status];
  cell.value = statusWord(status, lang);
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.fill } };
  cell.font = { name: FONT_NAME, size: 11, color: { argb: c.font }, bold: status === 'missed' };
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
}

/** Fills a cell with a status colour without changing its value (e.g. a figure that missed). */
export function tintCell(cell: ExcelJS.Cell, status: Status): void {
  const c = STATUS_COLORS[status];
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.fill } };
  cell.font = { ...(cell.font ?? {}), name: FONT_NAME, color: { argb: c.font } };
}

/**
 * User text as a cell value that stays text: exceljs writes strings as strings (never as a
 * formula), and the text format keeps Excel from re-reading it as a number or a date. Control
 * characters that XML cannot hold are dropped.
 */
export function setTextCell(cell: ExcelJS.Cell, text: string | null | undefined): void {
  if (text === null || text === undefined || text === '') {
    cell.value = null;
    return;
  }
  // eslint-disable-next-line no-control-regex
  cell.value = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
  cell.numFmt = FMT.text;
}

/** A zone-less local date (`YYYY-MM-DD`) or date-time as the Date exceljs turns into that serial. */
export function excelDate(local: string): Date {
  const iso = local.length === 10 ? `${local}T00:00:00` : local.slice(0, 19);
  return new Date(`${iso}Z`);
}

/** Sets a local date (or date-time) cell with its format; null leaves the cell empty. */
export function setDateCell(cell: ExcelJS.Cell, local: string | null | undefined): void {
  if (!local) {
    cell.value = null;
    return;
  }
  cell.value = excelDate(local);
  cell.numFmt = local.length > 10 ? FMT.datetime : FMT.date;
}

/** Sets a number cell with a format; null leaves it empty. */
export function setNumberCell(cell: ExcelJS.Cell, value: number | null | undefined, numFmt: string = FMT.int): void {
  cell.value = value === null || value === undefined || !Number.isFinite(value) ? null : value;
  cell.numFmt = numFmt;
}

const FORBIDDEN_SHEET_CHARS = /[\\/?*[\]:]/g;

/**
 * A valid, unique Excel sheet name: at most 31 characters, none of `/ \ ? * [ ] :`, not
 * starting or ending with an apostrophe, not the reserved "History", unique (case-insensitive)
 * within `taken`, which it updates.
 */
export function safeSheetName(name: string, taken: Set<string> = new Set()): string {
  let base = name.replace(FORBIDDEN_SHEET_CHARS, '_').replace(/^'+|'+$/g, '').trim();
  if (base === '' || base.toLowerCase() === 'history') base = `${base || 'Sheet'}_`;
  base = [...base].slice(0, 31).join('');
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = [...base].slice(0, 31 - suffix.length).join('') + suffix;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** Display width of text: a CJK (wide) character counts as 2. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    w += (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) || cp >= 0x20000
      ? 2
      : 1;
  }
  return w;
}

function displayText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return cell.numFmt === FMT.datetime ? '0000-00-00 00:00' : '0000-00-00';
  if (typeof v === 'number') return cell.numFmt?.includes('¥') ? `¥${v.toLocaleString('en')}` : String(Math.round(v * 100) / 100);
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return String(v);
}

/** Sets each column's width to fit its longest cell (CJK counted double), within [min, max]. */
export function fitColumns(ws: ExcelJS.Worksheet, min = 6, max = 60): void {
  const widths: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (cell.isMerged && cell.master !== cell) return;
      const longest = Math.max(...displayText(cell).split('\n').map(textWidth));
      widths[col] = Math.max(widths[col] ?? 0, longest);
    });
  });
  widths.forEach((w, col) => {
    if (w === undefined) return;
    ws.getColumn(col).width = Math.min(max, Math.max(min, w + 2));
  });
}

/** Styles a header row: bold white on dark blue, wrapped, centred. */
export function styleHeaderRow(row: ExcelJS.Row): void {
  row.eachCell({ includeEmpty: false }, (cell) => {
    cell.font = { name: FONT_NAME, size: 11, bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF000000' } } };
  });
}

/** Adds a worksheet with the house setup: Chinese font, A4 landscape fit-to-width, header frozen. */
export function addSheet(wb: ExcelJS.Workbook, name: string, taken: Set<string>, headerRows = 1): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(safeSheetName(name, taken), {
    views: headerRows > 0 ? [{ state: 'frozen', xSplit: 0, ySplit: headerRows }] : [],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: headerRows > 0 ? `1:${headerRows}` : undefined,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
    properties: { defaultRowHeight: 18 },
  });
  return ws;
}

/**
 * Writes a table: header row (styled, frozen, filtered) then rows via `fill`, then fits widths.
 * `headers` are texts already in the user's language.
 */
export function writeTable<T>(
  ws: ExcelJS.Worksheet,
  headers: string[],
  items: readonly T[],
  fill: (row: ExcelJS.Row, item: T) => void,
  startRow = 1,
): void {
  const header = ws.getRow(startRow);
  headers.forEach((h, i) => setTextCell(header.getCell(i + 1), h));
  styleHeaderRow(header);
  items.forEach((item, i) => {
    const row = ws.getRow(startRow + 1 + i);
    fill(row, item);
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (!cell.font?.name) cell.font = { ...(cell.font ?? {}), name: FONT_NAME, size: 11 };
    });
  });
  if (headers.length > 0) {
    ws.autoFilter = { from: { row: startRow, column: 1 }, to: { row: startRow + Math.max(items.length, 1), column: headers.length } };
  }
  fitColumns(ws);
}

/** What the last sheet, 说明 / About, says. */
export interface AboutInfo {
  center: string;
  period: string;
  asOf: string;
  version: string;
  seed?: number | null;
  config: Record<string, unknown>;
  files: { path: string; size: number; hash: string }[];
  /** More label/value lines specific to the report. */
  extra?: [string, string | number][];
}

/** Adds the last sheet, "说明" (zh) or "About" (en). */
export function addAboutSheet(wb: ExcelJS.Workbook, info: AboutInfo, taken: Set<string>, lang?: Lang): ExcelJS.Worksheet {
  const ws = addSheet(wb, t('about.sheet', {}, lang), taken, 0);
  const lines: [string, string | number][] = [
    [t('about.center', {}, lang), info.center],
    [t('about.period', {}, lang), info.period],
    [t('about.as-of', {}, lang), info.asOf],
    [t('about.version', {}, lang), `clubcrm ${info.version}`],
  ];
  if (info.seed !== undefined && info.seed !== null) lines.push([t('about.seed', {}, lang), info.seed]);
  lines.push(...(info.extra ?? []));
  let r = 1;
  for (const [label, value] of lines) {
    const row = ws.getRow(r++);
    setTextCell(row.getCell(1), label);
    row.getCell(1).font = { name: FONT_NAME, bold: true };
    if (typeof value === 'number') setNumberCell(row.getCell(2), value, '0');
    else setTextCell(row.getCell(2), value);
  }
  r++;
  setTextCell(ws.getRow(r).getCell(1), t('about.config', {}, lang));
  ws.getRow(r++).getCell(1).font = { name: FONT_NAME, bold: true };
  for (const [key, value] of Object.entries(info.config)) {
    const row = ws.getRow(r++);
    setTextCell(row.getCell(1), key);
    setTextCell(row.getCell(2), typeof value === 'string' ? value : JSON.stringify(value));
  }
  r++;
  const header = ws.getRow(r++);
  [t('about.file', {}, lang), t('about.size', {}, lang), t('about.hash', {}, lang)].forEach((h, i) => setTextCell(header.getCell(i + 1), h));
  styleHeaderRow(header);
  for (const f of info.files) {
    const row = ws.getRow(r++);
    setTextCell(row.getCell(1), f.path);
    setNumberCell(row.getCell(2), f.size, FMT.int);
    setTextCell(row.getCell(3), f.hash);
  }
  fitColumns(ws, 8, 80);
  return ws;
}

/**
 * exceljs's Workbook class. Its own module alone loads in half the time of the package entry,
 * which also loads the streaming reader and writer (unzipper, ...) that writing never uses:
 * start-up matters for a center's weekly report. Falls back to the entry if the layout changes.
 */
async function workbookClass(): Promise<typeof ExcelJS.Workbook> {
  try {
    return createRequire(import.meta.url)('exceljs/lib/doc/workbook.js') as typeof ExcelJS.Workbook;
  } catch {
    return (await import('exceljs')).default.Workbook;
  }
}

/** Creates a workbook with the house properties. */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = new (await workbookClass())();
  wb.creator = 'clubcrm';
  wb.created = new Date(0);
  wb.modified = new Date(0);
  return wb;
}

/** Writes the workbook to `path` atomically (aside, then renamed); refuses an existing file without force. */
export async function saveWorkbook(wb: ExcelJS.Workbook, path: string, force: boolean | undefined): Promise<void> {
  // Deflate level 1: exceljs zips with a pure-JS deflate, whose default level spends most of
  // a small report's write time for a few percent of file size.
  const options = { zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } } as unknown as Partial<ExcelJS.XlsxWriteOptions>;
  await writeOutput(path, (tmp) => wb.xlsx.writeFile(tmp, options), { force });
}
