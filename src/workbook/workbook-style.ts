/**
 * The look shared by every workbook clubcrm writes (spec/commands.md, "Workbooks"): header
 * style, frozen panes, filters, widths that fit Chinese, number formats, status cells coloured
 * and worded, A4 landscape fit-to-width, safe text cells, valid sheet names, the About sheet,
 * and the atomic write. Report writers use these instead of styling cells themselves.
 *
 * Reports are built and written with clubcrm's own writer (`src/xlsx-write`): loading and
 * running exceljs cost a center's weekly report about a quarter of a second. The cell helpers
 * take the writer's interfaces, which exceljs's cells and rows also satisfy, so the workbooks
 * still edited with exceljs (annotated copies, templates: `./exceljs-workbook.ts`) share them.
 */
import { writeOutput } from '../io/write-output.js';
import { XWorkbook } from '../xlsx-write/workbook.js';
import { xlsxBytes } from '../xlsx-write/write.js';
import type { Cell, Row, SheetOptions, Workbook, Worksheet } from '../xlsx-write/types.js';
import { hasMessage, t } from '../i18n/index.js';
import { ruleName } from '../i18n/rule-names.js';
import type { Lang } from '../config/types.js';
import type { Status } from '../model/results.js';

/** A font that renders Chinese in Excel, WPS and LibreOffice (which substitutes a CJK font). */
export const FONT_NAME = '等线';

/** Number formats: real numbers and dates, formatted. */
export const FMT = {
  int: '#,##0',
  money: '"¥"#,##0',
  money2: '"¥"#,##0.00',
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

/** The symbol of each status (cells, pictures and the terminal alike). */
export const STATUS_SYMBOL: Record<Status, string> = { met: '✔', missed: '✘', pending: '…', excused: '–' };

/** The word of a status in the current language, with its symbol (never colour alone). */
export function statusWord(status: Status, lang?: Lang): string {
  return `${STATUS_SYMBOL[status]} ${t(`status.${status}`, {}, lang)}`;
}

/** Writes a status into a cell: word + symbol, coloured fill and font. */
export function setStatusCell(cell: Cell, status: Status, lang?: Lang): void {
  const c = STATUS_COLORS[status];
  cell.value = statusWord(status, lang);
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.fill } };
  cell.font = { name: FONT_NAME, size: 11, color: { argb: c.font }, bold: status === 'missed' };
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
}

/** Fills a cell with a status colour without changing its value (e.g. a figure that missed). */
export function tintCell(cell: Cell, status: Status): void {
  const c = STATUS_COLORS[status];
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.fill } };
  cell.font = { ...(cell.font ?? {}), name: FONT_NAME, color: { argb: c.font } };
}

/**
 * User text as a cell value that stays text: strings are written as strings (never as a
 * formula), and the text format keeps Excel from re-reading it as a number or a date. Control
 * characters that XML cannot hold are dropped.
 */
export function setTextCell(cell: Cell, text: string | null | undefined): void {
  if (text === null || text === undefined || text === '') {
    cell.value = null;
    return;
  }
  // eslint-disable-next-line no-control-regex
  cell.value = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
  cell.numFmt = FMT.text;
}

/** A zone-less local date (`YYYY-MM-DD`) or date-time as the Date written as that serial (its UTC fields are the local ones). */
export function excelDate(local: string): Date {
  const iso = local.length === 10 ? `${local}T00:00:00` : local.slice(0, 19);
  return new Date(`${iso}Z`);
}

/** Sets a local date (or date-time) cell with its format; null leaves the cell empty. */
export function setDateCell(cell: Cell, local: string | null | undefined): void {
  if (!local) {
    cell.value = null;
    return;
  }
  cell.value = excelDate(local);
  cell.numFmt = local.length > 10 ? FMT.datetime : FMT.date;
}

/** Sets a number cell with a format; null leaves it empty. */
export function setNumberCell(cell: Cell, value: number | null | undefined, numFmt: string = FMT.int): void {
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

/**
 * Display width of text: a CJK (wide) character counts as 2. By UTF-16 unit, not by `for...of`
 * (an iterator step and a string per character): most text is ASCII or Chinese, and fitColumns
 * asks for every cell of a report (a weekly workbook's ~4,500 cells).
 */
export function textWidth(text: string): number {
  const n = text.length;
  let w = n;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x1100) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        // A surrogate pair is one character, its two units already counted 2: wide from U+20000
        // (CJK extensions, high unit 0xd840 on), else narrow.
        if (c < 0xd840) w -= 1;
        i += 1;
        continue;
      }
    }
    if (isWide(c)) w += 1;
  }
  return w;
}

/** A wide (double-width) character of the Basic Multilingual Plane. */
function isWide(cp: number): boolean {
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6);
}

function displayText(cell: Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return cell.numFmt === FMT.datetime ? '0000-00-00 00:00' : '0000-00-00';
  if (typeof v === 'number') return cell.numFmt?.includes('¥') ? `¥${v.toLocaleString('en')}` : String(Math.round(v * 100) / 100);
  return String(v);
}

/** Sets each column's width to fit its longest cell (CJK counted double), within [min, max]. */
export function fitColumns(ws: Pick<Worksheet<Cell>, 'eachRow' | 'getColumn'>, min = 6, max = 60): void {
  const widths: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (cell.isMerged && cell.master !== cell) return;
      const text = displayText(cell);
      // Split only text of several lines (most cells are one).
      const longest = text.includes('\n') ? Math.max(...text.split('\n').map(textWidth)) : textWidth(text);
      widths[col] = Math.max(widths[col] ?? 0, longest);
    });
  });
  widths.forEach((w, col) => {
    if (w === undefined) return;
    ws.getColumn(col).width = Math.min(max, Math.max(min, w + 2));
  });
}

/** Styles a header row: bold white on dark blue, wrapped, centred. */
export function styleHeaderRow(row: Row<Cell>): void {
  row.eachCell({ includeEmpty: false }, (cell) => {
    cell.font = { name: FONT_NAME, size: 11, bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF000000' } } };
  });
}

/** The house sheet setup: A4 landscape fit-to-width, `headerRows` frozen and printed on every page. */
export function houseSheetOptions(headerRows: number): SheetOptions {
  return {
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
  };
}

/** Adds a worksheet with the house setup: Chinese font, A4 landscape fit-to-width, header frozen. */
export function addSheet(wb: Workbook, name: string, taken: Set<string>, headerRows = 1): Worksheet {
  return wb.addWorksheet(safeSheetName(name, taken), houseSheetOptions(headerRows));
}

/**
 * Writes a table: header row (styled, frozen, filtered) then rows via `fill`, then fits widths.
 * `headers` are texts already in the user's language.
 */
export function writeTable<T>(
  ws: Worksheet,
  headers: string[],
  items: readonly T[],
  fill: (row: Row, item: T) => void,
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

/**
 * A config key in words: `rules.calls.weekly` or `invites.second-zero.cardShare` -> the rule's
 * name (每周有效呼出), `timeZone` -> 时区; a key without a name is shown as it is.
 */
export function configKeyLabel(key: string, lang?: Lang): string {
  const bare = key.replace(/^rules\./, '');
  const parts = bare.split('.');
  for (let n = parts.length; n > 0; n--) {
    const id = parts.slice(0, n).join('.');
    if (hasMessage(`rule-name.${id}`)) {
      const param = parts.slice(n).join('.');
      const paramKey = `about.param.${param}`;
      return param && hasMessage(paramKey) ? `${ruleName(id, lang)} · ${t(paramKey, {}, lang)}` : ruleName(id, lang);
    }
  }
  const own = `about.key.${key}`;
  return hasMessage(own) ? t(own, {}, lang) : key;
}

/** Adds the last sheet, "说明" (zh) or "About" (en). */
export function addAboutSheet(wb: Workbook, info: AboutInfo, taken: Set<string>, lang?: Lang): Worksheet {
  const ws = addSheet(wb, t('about.sheet', {}, lang), taken, 0);
  // The document is dated the report's as-of time, not 1970 (still the same bytes for the same inputs).
  const asOf = Date.parse(info.asOf);
  if (!Number.isNaN(asOf)) wb.created = new Date(asOf);
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
  // The config in words (a rule by its name); the key itself only in the 规则编号 / Rule ID column.
  const configHeader = ws.getRow(r++);
  [t('about.config', {}, lang), t('about.config-value', {}, lang), t('rule-id.col', {}, lang)].forEach((h, i) => setTextCell(configHeader.getCell(i + 1), h));
  configHeader.getCell(1).font = { name: FONT_NAME, bold: true };
  for (const [key, value] of Object.entries(info.config)) {
    const row = ws.getRow(r++);
    setTextCell(row.getCell(1), configKeyLabel(key, lang));
    setTextCell(row.getCell(2), typeof value === 'string' ? value : JSON.stringify(value));
    setTextCell(row.getCell(3), key);
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

/** Creates a workbook with the house properties (clubcrm's own writer). */
export function newWorkbook(): Workbook {
  const wb = new XWorkbook();
  wb.creator = 'clubcrm';
  return wb;
}

/** Writes a workbook of `newWorkbook` to `path` atomically (aside, then renamed); refuses an existing file without force. */
export async function saveWorkbook(wb: Workbook, path: string, force: boolean | undefined): Promise<void> {
  if (!(wb instanceof XWorkbook)) throw new TypeError('saveWorkbook writes workbooks made by newWorkbook');
  await writeOutput(path, xlsxBytes(wb), { force });
}
