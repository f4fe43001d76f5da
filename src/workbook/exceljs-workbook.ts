/**
 * Workbooks that clubcrm edits rather than writes from scratch stay on exceljs: an advisor's
 * own workbook annotated in place (`import --annotate`), and the blank templates, whose header
 * notes and ranged dropdowns exceljs writes. The reports use clubcrm's own writer
 * (`./workbook-style.ts`, `src/xlsx-write`).
 */
import type ExcelJS from 'exceljs';
import { createRequire } from 'node:module';
import { writeOutput } from '../io/write-output.js';
import { withoutFolderEntries } from '../xlsx-write/rezip.js';

/**
 * exceljs's Workbook class. Its own module alone loads in half the time of the package entry,
 * which also loads the streaming reader and writer (unzipper, ...) that these never use.
 * Falls back to the entry if the layout changes.
 */
async function workbookClass(): Promise<typeof ExcelJS.Workbook> {
  try {
    return createRequire(import.meta.url)('exceljs/lib/doc/workbook.js') as typeof ExcelJS.Workbook;
  } catch {
    return (await import('exceljs')).default.Workbook;
  }
}

/** A new exceljs workbook with the house properties. */
export async function newExcelJsWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = new (await workbookClass())();
  wb.creator = 'clubcrm';
  wb.created = new Date(0);
  wb.modified = new Date(0);
  return wb;
}

/** Stored: exceljs's pure-JS deflate would only be undone; the parts are deflated by zlib when re-zipped. */
const WRITE_OPTIONS: Partial<ExcelJS.XlsxWriteOptions> = { zip: { compression: 'STORE' } };

/** Writes an exceljs workbook to `path` atomically (aside, then renamed); refuses an existing file without force. */
export async function saveExcelJsWorkbook(wb: ExcelJS.Workbook, path: string, force: boolean | undefined): Promise<void> {
  await writeOutput(path, await excelJsBytes(wb), { force });
}

/**
 * An exceljs workbook's .xlsx bytes (for a caller that adds to the package before writing it):
 * exceljs (JSZip) stores the parts; they are re-zipped with Node's zlib and without the folder
 * entries JSZip adds (xl/, docProps/...), which some readers take for parts.
 */
export async function excelJsBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return withoutFolderEntries(Buffer.from(await wb.xlsx.writeBuffer(WRITE_OPTIONS)));
}
