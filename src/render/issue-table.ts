/**
 * The terminal table of data issues (issue 16 item 2), for lists of any length: issues of the
 * same code, column and message in consecutive rows of one sheet fold into one line with a row
 * range, each file shows at most a screenful of lines followed by "… N more", and the table is
 * built only from what is shown, so its cost is linear in the issues and bounded in the output.
 */
import { fittedTable } from './fit-table.js';
import { terminalWidth } from './terminal-width.js';
import chalk from './chalk.js';
import Table from 'cli-table3';
import { t } from '../i18n/index.js';
import type { DataIssue } from '../model/issues.js';
import { terminalText } from './terminal-text.js';

/** One printed line: one issue, or a run of like issues on consecutive rows. */
export interface IssueLine {
  first: DataIssue;
  /** Last row of the run (equal to first.row for a single issue). */
  lastRow: number | null;
  count: number;
}

/** What must be equal for two issues to share a line. */
function runKey(i: DataIssue): string {
  return JSON.stringify([i.file, i.sheet, i.column, i.code, i.severity, i.message]);
}

/**
 * Folds like issues (same file, sheet, column, code and message) of consecutive rows into one
 * line, also when other issues of the same rows come in between (a row missing two fields).
 * One pass, in the issues' order; a line stands where its first issue stood.
 */
export function foldIssues(issues: readonly DataIssue[]): IssueLine[] {
  const lines: IssueLine[] = [];
  const open = new Map<string, IssueLine>();
  for (const i of issues) {
    if (i.row === null) {
      lines.push({ first: i, lastRow: null, count: 1 });
      continue;
    }
    const key = runKey(i);
    const line = open.get(key);
    if (line !== undefined && line.lastRow !== null && (i.row === line.lastRow + 1 || i.row === line.lastRow)) {
      line.lastRow = i.row;
      line.count++;
      continue;
    }
    const fresh: IssueLine = { first: i, lastRow: i.row, count: 1 };
    open.set(key, fresh);
    lines.push(fresh);
  }
  return lines;
}

/** Lines per file shown: about a screenful (two terminal lines per table row), 20 when not a terminal. */
export function screenfulOfLines(): number {
  const rows = process.stdout.isTTY ? process.stdout.rows : undefined;
  return rows ? Math.max(5, Math.floor((rows - 8) / 2)) : 20;
}

function severityWord(s: DataIssue['severity']): string {
  const word = t(`annotate.severity.${s}`);
  return s === 'error' ? chalk.red(word) : s === 'warning' ? chalk.yellow(word) : chalk.dim(word);
}

function rowText(line: IssueLine): string {
  const row = line.first.row;
  if (row === null) return '';
  return line.lastRow !== null && line.lastRow !== row ? `${row}-${line.lastRow}` : String(row);
}

/** The table of data issues, in order of file, sheet and row, at most `perFile` lines per file. */
export function issueTable(issues: readonly DataIssue[], perFile: number = screenfulOfLines(), width: number = terminalWidth()): string {
  const head = [t('view.col.file'), t('view.col.sheet'), t('view.col.row'), t('view.col.column'), t('view.col.level'), t('view.col.issue')];
  const rows: string[][] = [];
  const table = { push: (row: string[]) => rows.push(row) };
  // Lines of each file, files in the order they first appear.
  const byFile = new Map<string, IssueLine[]>();
  for (const line of foldIssues(issues)) {
    const list = byFile.get(line.first.file);
    if (list) list.push(line);
    else byFile.set(line.first.file, [line]);
  }
  for (const [file, lines] of byFile) {
    const shown = lines.slice(0, perFile);
    for (const line of shown) {
      const i = line.first;
      const message = line.count > 1 ? `${i.message}${t('view.issue-run', { count: line.count })}` : i.message;
      table.push([
        terminalText(i.file),
        terminalText(i.sheet ?? ''),
        rowText(line),
        terminalText(i.column ?? ''),
        severityWord(i.severity),
        terminalText(message),
      ]);
    }
    let more = 0;
    for (let k = shown.length; k < lines.length; k++) more += lines[k]!.count;
    if (more > 0) table.push([terminalText(file), '', '', '', '', t('view.issues-more', { count: more })]);
  }
  // Fitted to the terminal (long paths and messages wrap inside their cells); piped: the message column at 60.
  if (Number.isFinite(width)) return fittedTable(head, rows, width);
  const plain = new Table({ head, style: { head: [], border: [] }, wordWrap: true, colWidths: [null, null, null, null, null, 60] });
  for (const row of rows) plain.push(row);
  return plain.toString();
}
