/**
 * `import --annotate`: a copy of an advisor's workbook with every problem cell filled (light
 * red for errors, amber for warnings) and a note giving the issue in the user's language, so
 * the supervisor can send it back to be corrected. The original is only read: an .xlsx is
 * loaded into memory from the bytes already read and saved elsewhere; a CSV (or an .xlsx that
 * exceljs cannot load) is rebuilt from the rows the reader saw. The copy is the advisor's own
 * sheet, so phones in it stay as they were.
 */
import { columnLetter } from '../xlsx-write/xml.js';
import { basename, extname } from 'node:path';
import type ExcelJS from 'exceljs';
import type { Lang } from '../config/types.js';
import type { SheetReadResult } from '../forms/types.js';
import { t, type MessageKey } from '../i18n/index.js';
import type { DataIssue } from '../model/issues.js';
import { openWorkbook } from '../read/open.js';
import { isCellDate } from '../read/types.js';
import { excelJsBytes, newExcelJsWorkbook, saveExcelJsWorkbook } from '../workbook/exceljs-workbook.js';
import { writeOutput } from '../io/write-output.js';
import { withSourceMarker, type SourceMarker } from './source-marker.js';
import {
  fitColumns,
  safeSheetName,
  setDateCell,
  setTextCell,
  STATUS_COLORS,
  styleHeaderRow,
} from '../workbook/workbook-style.js';

/** What annotating one file needs. */
export interface AnnotateInput {
  /** The original file (read only, for a CSV's rows). */
  source: string;
  display: string;
  /** The original's bytes, as read once by the import. */
  content: Buffer;
  sheets: SheetReadResult[];
  issues: DataIssue[];
  target: string;
  force: boolean;
  lang: Lang;
  /** The stored sheet the copy is made from (set as the copy's custom property), when the file was stored. */
  marker?: SourceMarker | null;
}

/** Fill of a problem cell by severity. */
export const ANNOTATE_FILL: Record<DataIssue['severity'], string> = {
  error: STATUS_COLORS.missed.fill,
  warning: STATUS_COLORS.pending.fill,
  info: STATUS_COLORS.pending.fill,
};

/** 1-based column number of an issue: its field's column, its header's, or its letter; null when none. */
export function issueColumn(issue: DataIssue, sheet: SheetReadResult | undefined): number | null {
  const cols = sheet?.columns ?? [];
  const byField = issue.field ? cols.find((c) => c.field === issue.field) : undefined;
  const byHeader = issue.column !== null ? cols.find((c) => c.header === issue.column) : undefined;
  const hit = byField ?? byHeader;
  if (hit) return hit.index + 1;
  if (issue.column && /^[A-Z]{1,3}$/.test(issue.column)) {
    return [...issue.column].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  }
  return null;
}

function noteText(note: ExcelJS.Cell['note'] | undefined): string {
  if (!note) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((r) => r.text).join('');
}

function severityRank(s: DataIssue['severity']): number {
  return s === 'error' ? 2 : s === 'warning' ? 1 : 0;
}

/** Marks the issues' cells of one worksheet. */
function markIssues(ws: ExcelJS.Worksheet, sheet: SheetReadResult | undefined, issues: DataIssue[], lang: Lang): void {
  // Several issues on one cell: one note listing all, the fill of the worst.
  const byCell = new Map<string, { row: number; col: number; issues: DataIssue[] }>();
  for (const issue of issues) {
    const row = issue.row ?? sheet?.headerRow ?? 1;
    const col = issueColumn(issue, sheet) ?? 1;
    const key = `${row}:${col}`;
    const entry = byCell.get(key) ?? { row, col, issues: [] };
    entry.issues.push(issue);
    byCell.set(key, entry);
  }
  for (const { row, col, issues: list } of byCell.values()) {
    let cell = ws.getCell(row, col);
    if (cell.isMerged && cell.master) cell = cell.master;
    const worst = list.reduce((a, b) => (severityRank(b.severity) > severityRank(a.severity) ? b : a));
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: ANNOTATE_FILL[worst.severity] } };
    const ours = list.map((i) => `[${t(`annotate.severity.${i.severity}`, {}, lang)}] ${i.message}`).join('\n');
    const theirs = noteText(cell.note);
    cell.note = theirs ? `${theirs}\n—\n${ours}` : ours;
  }
}

/** Loads an .xlsx from bytes; null when exceljs cannot (the copy is then rebuilt from raw rows). */
async function loadXlsx(content: Buffer): Promise<ExcelJS.Workbook | null> {
  if (content.length < 4 || content[0] !== 0x50 || content[1] !== 0x4b) return null; // not a zip: CSV
  try {
    const wb = await newExcelJsWorkbook();
    await wb.xlsx.load(content as unknown as ArrayBuffer);
    return wb;
  } catch {
    return null;
  }
}

/** A workbook holding the rows the reader saw, one sheet per sheet read. */
async function rebuildFromRaw(a: AnnotateInput): Promise<{ wb: ExcelJS.Workbook; byName: Map<string | null, ExcelJS.Worksheet> }> {
  const raw = await openWorkbook(a.source, a.display);
  const wb = await newExcelJsWorkbook();
  const taken = new Set<string>();
  const byName = new Map<string | null, ExcelJS.Worksheet>();
  for (const sheet of raw.sheets) {
    const ws = wb.addWorksheet(safeSheetName(sheet.name ?? basename(a.source, extname(a.source)), taken));
    byName.set(sheet.name, ws);
    for await (const r of sheet.rows()) {
      const row = ws.getRow(r.row);
      r.cells.forEach((v, i) => {
        const cell = row.getCell(i + 1);
        if (v === null) return;
        if (typeof v === 'string') setTextCell(cell, v);
        else if (isCellDate(v)) {
          if (/^\d{2}:\d{2}/.test(v.iso)) setTextCell(cell, v.iso); // a bare time has no date to stand on
          else setDateCell(cell, v.iso);
        } else cell.value = v;
      });
    }
    const read = a.sheets.find((s) => s.name === sheet.name);
    if (read?.headerRow) {
      styleHeaderRow(ws.getRow(read.headerRow));
      ws.views = [{ state: 'frozen', xSplit: 0, ySplit: read.headerRow }];
    }
    fitColumns(ws);
  }
  return { wb, byName };
}

/**
 * Writes the annotated copy to `target`. Returns false, writing nothing, when the copy already
 * exists and `force` is not set (the target's name carries the content's hash, so it is the
 * same copy).
 */
export async function writeAnnotatedCopy(a: AnnotateInput): Promise<boolean> {
  const loaded = await loadXlsx(a.content);
  if (loaded) {
    try {
      await markAndSave(loaded, (name) => (name === null ? loaded.worksheets[0] : loaded.getWorksheet(name)), a);
      return true;
    } catch {
      // exceljs loads some files it cannot write back (odd zip paths, missing parts): the
      // rows as read are the next best copy.
    }
  }
  const rebuilt = await rebuildFromRaw(a);
  await markAndSave(rebuilt.wb, (name) => rebuilt.byName.get(name) ?? rebuilt.wb.worksheets[0], a);
  return true;
}

async function markAndSave(
  wb: ExcelJS.Workbook,
  sheetOf: (name: string | null) => ExcelJS.Worksheet | undefined,
  a: AnnotateInput,
): Promise<void> {
  const groups = new Map<string | null, DataIssue[]>();
  for (const issue of a.issues) groups.set(issue.sheet, [...(groups.get(issue.sheet) ?? []), issue]);
  for (const [name, issues] of groups) {
    const ws = sheetOf(name);
    if (!ws) continue;
    markIssues(ws, a.sheets.find((s) => s.name === name), issues, a.lang);
  }
  problemsSheet(wb, sheetOf, a);
  // The copy is derived from the file as imported now: always rewritten.
  if (!a.marker) return saveExcelJsWorkbook(wb, a.target, true);
  // The marker lets the corrected copy replace its source when imported back (source-marker.ts).
  await writeOutput(a.target, await withSourceMarker(await excelJsBytes(wb), a.marker), { force: true });
}

/**
 * The first sheet, 问题清单: every problem with a link to its cell, its level, the message and
 * what to do. Skipped when the copy is imported back (forms/read-sheet.ts).
 */
function problemsSheet(wb: ExcelJS.Workbook, sheetOf: (name: string | null) => ExcelJS.Worksheet | undefined, a: AnnotateInput): void {
  const L = (k: MessageKey, p: Record<string, unknown> = {}) => t(k, p, a.lang);
  const taken = new Set(wb.worksheets.map((w) => w.name));
  const ws = wb.addWorksheet(safeSheetName(L('annotated.sheet'), taken));
  // exceljs writes sheets in orderNo order: this one first.
  (ws as unknown as { orderNo: number }).orderNo = Math.min(0, ...wb.worksheets.map((w) => (w as unknown as { orderNo: number }).orderNo)) - 1;
  setTextCell(ws.getCell(1, 1), L('annotated.title', { file: basename(a.display), n: a.issues.length }));
  ws.getCell(1, 1).font = { bold: true, size: 12 };
  const head = (['no', 'place', 'sheet', 'row', 'column', 'level', 'problem', 'fix'] as const).map((k) => L(`annotated.col.${k}`));
  head.forEach((h, i) => setTextCell(ws.getCell(2, i + 1), h));
  styleHeaderRow(ws.getRow(2));
  a.issues.forEach((issue, i) => {
    const row = ws.getRow(3 + i);
    const target = sheetOf(issue.sheet);
    const col = issueColumn(issue, a.sheets.find((s) => s.name === issue.sheet)) ?? 1;
    const r = issue.row ?? a.sheets.find((s) => s.name === issue.sheet)?.headerRow ?? 1;
    row.getCell(1).value = i + 1;
    if (target) {
      const address = `${columnLetter(col)}${r}`;
      row.getCell(2).value = { text: `${target.name}!${address}`, hyperlink: `#'${target.name.replace(/'/g, "''")}'!${address}` };
      row.getCell(2).font = { color: { argb: 'FF0563C1' }, underline: true };
    }
    setTextCell(row.getCell(3), issue.sheet ?? '');
    if (issue.row !== null) row.getCell(4).value = issue.row;
    setTextCell(row.getCell(5), issue.column ?? '');
    setTextCell(row.getCell(6), t(`annotate.severity.${issue.severity}`, {}, a.lang));
    row.getCell(6).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: ANNOTATE_FILL[issue.severity] } };
    setTextCell(row.getCell(7), issue.message);
    setTextCell(row.getCell(8), L(`fix.${issue.code}`));
  });
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 2 }];
  fitColumns(ws);
  for (const [col, width] of [[7, 50], [8, 36]] as const) {
    ws.getColumn(col).width = width;
    ws.getColumn(col).alignment = { wrapText: true, vertical: 'top' };
  }
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2 + a.issues.length, column: head.length } };
}
