/** Terminal output of `inspect`: per file, each sheet's form (or none and why), its columns, and the data issues. */
import chalk from './chalk.js';
import type { Lang } from '../config/types.js';
import { t } from '../i18n/index.js';
import { FORM_DEFS } from '../forms/index.js';
import type { FileReport } from '../workspace/file-report.js';
import { terminalName } from './terminal-text.js';
import { issueCountText, issueTable, sheetLines, unreadableLines } from './file-report-view.js';

function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The text for stdout and for stderr (files that could not be read). */
export function renderInspect(files: readonly FileReport[], lang: Lang, options: { json?: boolean } = {}): { stdout: string; stderr: string } {
  const out: string[] = [];
  const err: string[] = [];
  for (const f of files) {
    // Under --json only the stderr lines are wanted: no table is built.
    if (options.json) {
      err.push(...unreadableLines(f));
      continue;
    }
    if (f.status === 'unreadable') {
      out.push(`${chalk.red('✘')} ${terminalName(f.path)}  ${chalk.red(t('import.line.unreadable'))}`);
      err.push(...unreadableLines(f));
      continue;
    }
    out.push(chalk.bold(terminalName(f.path)) + chalk.dim(`  ${t('inspect.file-figures', { size: f.size ?? 0, hash: f.hash ?? '' })}`));
    f.sheets.forEach((s) => {
      out.push(sheetLines([s], lang, '  ')[0]!);
      if (s.form && s.columns.length > 0) {
        // The field in the user's words, its key only in brackets: "日期 → 日期 (date)".
        const fields = FORM_DEFS[s.form].fields;
        const label = (key: string) => fields.find((f) => f.key === key)?.[lang] ?? key;
        const cols = s.columns.map((c) => `${columnLetter(c.index)} ${terminalName(c.header)}${c.field ? ` → ${label(c.field)} (${c.field})` : chalk.dim(` (${t('inspect.unused')})`)}`);
        out.push(`    ${t('inspect.columns')}${cols.join(' · ')}`);
      }
    });
    if (f.sheets.length === 0) out.push(`  ${chalk.yellow(t('inspect.no-sheets'))}`);
    if (f.issues.length > 0) out.push(issueTable(f.issues));
    out.push(f.issues.length > 0 ? `  ${issueCountText(f.issues)}` : `  ${chalk.green(t('inspect.no-issues'))}`, '');
  }
  return { stdout: `${out.join('\n')}\n`, stderr: err.length > 0 ? `${err.join('\n')}\n` : '' };
}
