/**
 * Terminal text shared by `import` and `inspect`: a file's sheets (form taken, or none and why)
 * and the table of data issues (file, sheet, row, column, level, message). Phones are masked
 * before anything reaches here (file-report.ts); colours degrade when piped (chalk).
 */
import chalk from './chalk.js';
import type { Lang } from '../config/types.js';
import { FORM_DEFS } from '../forms/index.js';
import { t } from '../i18n/index.js';
import type { DataIssue } from '../model/issues.js';
import type { FormId } from '../model/records.js';
import type { FileReport, SheetSummary } from '../workspace/file-report.js';
import { terminalName, terminalText } from './terminal-text.js';
import { terminalWidth } from './terminal-width.js';
import { fittedTable } from './fit-table.js';

/** A form's name in the user's language, with its id. */
export function formLabel(form: FormId, lang: Lang): string {
  const def = FORM_DEFS[form];
  return `${lang === 'zh' ? def.zh : def.en} (${form})`;
}

/** The sheet's name as shown (a CSV has none). */
export function sheetLabel(name: string | null): string {
  return name === null ? t('view.csv-sheet') : t('view.sheet', { name: terminalName(name) });
}

/** One line per sheet: the form taken (header row, data rows), or none and why. */
export function sheetLines(sheets: readonly SheetSummary[], lang: Lang, indent = '    '): string[] {
  return sheets.map((s) =>
    s.form
      ? `${indent}${sheetLabel(s.name)} → ${chalk.green(formLabel(s.form, lang))}${t('view.sheet-figures', { header: s.headerRow ?? '-', rows: s.rows })}`
      : `${indent}${sheetLabel(s.name)} → ${chalk.yellow(t('view.no-form'))}${s.reason ? `: ${terminalText(s.reason)}` : ''}`,
  );
}

/**
 * A file that could not be read, for stderr: "Error: ..." and "What to do: ...", each at the
 * start of a line as cli.ts prints a stopping error; the file is named when the message does not.
 */
export function unreadableLines(f: FileReport): string[] {
  if (!f.error) return [];
  const base = f.path.split(/[\\/]/).pop() ?? f.path;
  const message = f.error.message.includes(base) ? f.error.message : `${f.path}: ${f.error.message}`;
  const lines = [`${t('error.prefix')}${t('word.colon')}${terminalName(message)}`];
  if (f.error.hint) lines.push(`${t('error.hint')}${t('word.colon')}${terminalName(f.error.hint)}`);
  return lines;
}

// The issue table lives in issue-table.ts (folded, bounded, linear).
export { issueTable } from './issue-table.js';

/** "2 errors, 1 warning" style summary of issue counts. */
export function issueCountText(issues: readonly DataIssue[]): string {
  const c = { error: 0, warning: 0, info: 0 };
  for (const i of issues) c[i.severity]++;
  return t('view.issue-counts', c);
}
