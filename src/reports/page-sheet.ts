/**
 * The one page (reports/page.ts) as a worksheet: A4 portrait, fitted to one page wide and tall,
 * body text 10 pt or more, no more columns than its widest table (at most 8), readable in a
 * phone's preview without zooming sideways. Also the cell writer every table description
 * (reports/weekly/table.ts) goes through.
 */
import type { Lang } from '../config/types.js';
import type { OnePage, PageCell, PageTable } from './page.js';
import type { ReportCell, Workbook, Worksheet } from '../xlsx-write/types.js';
import { FONT_NAME, STATUS_COLORS, excelDate, safeSheetName, setNumberCell, setStatusCell, setTextCell, textWidth } from '../workbook/workbook-style.js';
import { FMT } from '../workbook/workbook-style.js';

/** How a described cell is laid out besides its value (reports/weekly/table.ts CellKind). */
export type WrittenKind = 'plain' | 'status' | 'consequence' | 'date';

/** Colours a cell as its status, keeping its value and format. */
function statusColours(cell: ReportCell, status: PageCell['status'], size = 11): void {
  if (!status) return;
  const c = STATUS_COLORS[status];
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.fill } };
  cell.font = { ...(cell.font ?? {}), name: FONT_NAME, size, color: { argb: c.font }, bold: cell.font?.bold || status === 'missed' };
}

/** Writes one described cell: value and format, status colours, and its kind's alignment. */
export function writeDescribedCell(cell: ReportCell, c: PageCell & { kind?: WrittenKind }, lang: Lang): void {
  switch (c.kind) {
    case 'status':
      if (c.status) setStatusCell(cell, c.status, lang);
      return;
    case 'consequence':
      if (!c.status) return;
      setStatusCell(cell, c.status, lang);
      cell.value = c.text;
      cell.alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
      return;
    case 'date':
      if (typeof c.value === 'string' && c.value) {
        cell.value = excelDate(c.value);
        cell.numFmt = c.value.length > 10 ? FMT.datetime : FMT.date;
      } else cell.value = null;
      cell.alignment = { horizontal: 'center', vertical: 'middle' };
      return;
    default:
      if (typeof c.value === 'number') setNumberCell(cell, c.value, c.numFmt);
      else if (c.value === null && c.numFmt) setNumberCell(cell, null, c.numFmt);
      else setTextCell(cell, c.value);
      if (c.bold) cell.font = { ...(cell.font ?? {}), name: FONT_NAME, bold: true };
      statusColours(cell, c.status);
  }
}

/** Page geometry: A4 portrait, margins in inches. */
const MARGIN = { left: 0.3, right: 0.3, top: 0.4, bottom: 0.4, header: 0.2, footer: 0.2 };
/** Printable width of A4 portrait in Excel's column pixels (96 dpi). */
export const PAGE_WIDTH_PX = Math.floor((8.27 - MARGIN.left - MARGIN.right) * 96);
/** Printable height in points. */
export const PAGE_HEIGHT_PT = Math.floor((11.69 - MARGIN.top - MARGIN.bottom) * 72);
/** The body font size of the page's sheet. */
export const BODY_PT = 11;

/** Pixels of a column `width` characters wide (Excel: 7 px a character of Calibri 11, plus 5). */
export function columnPixels(width: number): number {
  return Math.trunc(width * 7 + 5);
}

/** The width (characters) a cell needs for `text` at the body size. */
function cellWidth(text: string): number {
  return Math.ceil(textWidth(text) * 1.05) + 2;
}

/** The written page: its sheet and the first data row of each table (charts bind to them). */
export interface PageSheet {
  ws: Worksheet;
  tableRows: number[];
}

/** Writes `page` as a sheet of `wb` (the first sheet when called first). */
export function writePageSheet(wb: Workbook, page: OnePage, taken: Set<string>, lang: Lang): PageSheet {
  const tableRows: number[] = [];
  const ws = wb.addWorksheet(safeSheetName(page.sheetName, taken), {
    views: [],
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 1, margins: MARGIN },
    properties: { defaultRowHeight: 18 },
  });
  const widths = pageColumnWidths(page);
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const at: PageCursor = { ws, widths, lineChars: widths.reduce((s, w) => s + w, 0) * 0.92, r: 1 };
  writeLine(at, page.title, 16, true);
  writeLine(at, page.subtitle, 10, false);
  for (const b of page.blocks) {
    if (b.kind === 'heading') {
      at.r++;
      writeLine(at, b.text, 12, true);
    } else if (b.kind === 'line') {
      writeLine(at, b.text, BODY_PT, false, b.status);
    } else {
      tableRows.push(writeTableBlock(at, b.table, lang));
    }
  }
  return { ws, tableRows };
}

/**
 * The page's column widths (characters): as many columns as its widest table (at least one),
 * each as wide as the widest cell of that main table's column, CJK counted double; the smaller
 * tables fit into those columns, their longer labels wrapped.
 */
export function pageColumnWidths(page: OnePage): number[] {
  const tables = page.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
  const cols = Math.max(1, ...tables.map((x) => x.headers.length));
  const main = tables.find((x) => x.headers.length === cols);
  const widths = Array.from({ length: cols }, () => 6);
  if (main) {
    const fit = (i: number, text: string) => (widths[i] = Math.max(widths[i]!, cellWidth(text)));
    main.headers.forEach((h, i) => fit(i, h));
    for (const row of main.rows) row.forEach((c, i) => fit(i, c.text));
  }
  return widths;
}

/** Where the page is being written: its sheet and columns, and the next row. */
interface PageCursor {
  ws: Worksheet;
  widths: readonly number[];
  /** Body characters a line across the page holds. */
  lineChars: number;
  r: number;
}

/** A text line merged across the page, wrapped, its row as tall as its lines. */
function writeLine(at: PageCursor, text: string, size: number, bold: boolean, status: PageCell['status'] = null): void {
  const { ws, r } = at;
  const row = ws.getRow(r);
  ws.mergeCells(r, 1, r, at.widths.length);
  const cell = row.getCell(1);
  setTextCell(cell, text);
  cell.font = { name: FONT_NAME, size, bold };
  cell.alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
  statusColours(cell, status, size);
  const lines = Math.max(1, Math.ceil((textWidth(text) * size) / BODY_PT / at.lineChars));
  row.height = Math.round(lines * size * 1.45 + 4);
  at.r++;
}

/** A table: its header row, then its rows (the totals bold and ruled above), each as tall as its wrapped cells; returns its first data row. */
function writeTableBlock(at: PageCursor, table: PageTable, lang: Lang): number {
  const { ws, widths } = at;
  const head = ws.getRow(at.r++);
  table.headers.forEach((h, i) => {
    const cell = head.getCell(i + 1);
    setTextCell(cell, h);
    cell.font = { name: FONT_NAME, size: BODY_PT, bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E78' } };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  head.height = 20;
  const first = at.r;
  table.rows.forEach((cells, k) => {
    const row = ws.getRow(at.r++);
    const total = k >= table.rows.length - table.totalRows;
    let lines = 1;
    cells.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.font = { name: FONT_NAME, size: BODY_PT, bold: total || c.bold };
      writeDescribedCell(cell, c, lang);
      const wrap = typeof c.value === 'string' && cellWidth(c.text) > widths[i]!;
      if (wrap) lines = Math.max(lines, Math.ceil(cellWidth(c.text) / widths[i]!));
      cell.alignment = { horizontal: i === 0 ? 'left' : 'center', vertical: 'middle', wrapText: wrap || undefined };
      if (total) cell.border = { top: { style: 'thin', color: { argb: 'FF000000' } } };
    });
    row.height = lines > 1 ? Math.round(lines * BODY_PT * 1.45 + 4) : 20;
  });
  return first;
}
