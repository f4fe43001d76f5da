/**
 * What `import` and `inspect` say about one input file: each sheet, the form it was taken for
 * (or none and why), its header row and data rows, and every data issue; or, for a file that
 * cannot be read at all, the error that says why. A refused file never stops the others.
 */
import type { InputFile } from '../dataset/types.js';
import { ClubError } from '../errors.js';
import type { ColumnMap, SheetReadResult } from '../forms/types.js';
import type { DataIssue } from '../model/issues.js';
import type { FormId } from '../model/records.js';
import type { ReadContext } from '../forms/read-sheet.js';
import { maskPhones } from '../privacy/mask.js';

/** What the form layer's readFile needs besides the file (forms/read-sheet.ts). */
export type { ReadContext };

/** The form layer's readFile (src/dataset/read-file.ts), injected so the logic here is testable on its own. */
export type ReadFileFn = (
  path: string,
  displayPath: string,
  ctx: ReadContext,
) => Promise<{ file: InputFile; sheets: SheetReadResult[] }>;

/** One sheet as reported. */
export interface SheetSummary {
  name: string | null;
  form: FormId | null;
  reason: string | null;
  headerRow: number | null;
  rows: number;
  columns: ColumnMap[];
}

/** One file as reported. */
export interface FileReport {
  /** As shown to the user. */
  path: string;
  size: number | null;
  hash: string | null;
  /** `read`: opened (its sheets may still match no form); `unreadable`: refused, see `error`. */
  status: 'read' | 'unreadable';
  sheets: SheetSummary[];
  issues: DataIssue[];
  /** Why the file could not be read (current language, phones masked), with what to do. */
  error: { message: string; hint: string | null } | null;
}

/** A ClubError (or anything else) as the error of a file report. */
export function fileError(err: unknown): { message: string; hint: string | null } {
  if (err instanceof ClubError) {
    const hint = err.localizedHint();
    return { message: maskPhones(err.localized()), hint: hint === null ? null : maskPhones(hint) };
  }
  return { message: maskPhones(err instanceof Error ? err.message : String(err)), hint: null };
}

/** An issue fit for a terminal or JSON: message and value with phones masked. */
export function maskedIssue(issue: DataIssue): DataIssue {
  return { ...issue, message: maskPhones(issue.message), value: issue.value === null ? null : maskPhones(issue.value) };
}

/** A file that could not be read. */
export function unreadableReport(path: string, err: unknown): FileReport {
  return { path, size: null, hash: null, status: 'unreadable', sheets: [], issues: [], error: fileError(err) };
}

/**
 * Reads one file through the form layer. ClubErrors (unreadable, unsafe, .xls ...) become an
 * `unreadable` report; anything else is a defect and propagates.
 */
export async function readFileReport(
  abs: string,
  display: string,
  ctx: ReadContext,
  read: ReadFileFn,
): Promise<{ report: FileReport; sheets: SheetReadResult[] }> {
  let result: { file: InputFile; sheets: SheetReadResult[] };
  try {
    result = await read(abs, display, ctx);
  } catch (err) {
    if (err instanceof ClubError) return { report: unreadableReport(display, err), sheets: [] };
    throw err;
  }
  const report: FileReport = {
    path: display,
    size: result.file.size,
    hash: result.file.hash,
    status: 'read',
    sheets: result.sheets.map((s) => ({
      name: s.name,
      form: s.form,
      reason: s.reason,
      headerRow: s.headerRow,
      rows: s.rows,
      columns: s.columns,
    })),
    issues: result.sheets.flatMap((s) => s.issues),
    error: null,
  };
  return { report, sheets: result.sheets };
}

/**
 * 2 when a file could not be read; else 1 when a file read has no sheet taken for a form
 * (nothing in it can be used), or a data issue is error-level, or (`failOn: 'warning'`, for
 * inspect) warning-level; else 0.
 */
export function exitCodeOf(reports: readonly FileReport[], failOn: 'error' | 'warning' = 'error'): number {
  if (reports.some((r) => r.status === 'unreadable' || r.error !== null)) return 2;
  const fails = (i: DataIssue) => i.severity === 'error' || (failOn === 'warning' && i.severity === 'warning');
  if (reports.some((r) => r.issues.some(fails))) return 1;
  if (reports.some((r) => !r.sheets.some((s) => s.form !== null))) return 1;
  return 0;
}
