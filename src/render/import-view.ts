/** Terminal output of `import`: each file, where it went, its sheets, every data issue, a summary line. */
import chalk from './chalk.js';
import type { Lang } from '../config/types.js';
import { t } from '../i18n/index.js';
import type { ImportedFile, ImportReport } from '../workspace/import-sheets.js';
import { terminalName } from './terminal-text.js';
import { issueCountText, issueTable, sheetLines, unreadableLines } from './file-report-view.js';

function fileLine(f: ImportedFile): string {
  const path = terminalName(f.path);
  if (f.status === 'unreadable') return `${chalk.red('✘')} ${path}  ${chalk.red(t('import.line.unreadable'))}`;
  if (!f.accepted) return `${chalk.yellow('–')} ${path}  ${chalk.yellow(t('import.line.rejected'))}`;
  const s = f.stored;
  if (!s) return `${chalk.red('✘')} ${path}  ${chalk.red(t('import.line.not-stored'))}`;
  switch (s.action) {
    case 'copied':
      return `${chalk.green('✔')} ${path} → ${terminalName(s.to)}  ${t('import.line.copied')}`;
    case 'replaced':
      if (s.replacesSource) {
        return `${chalk.green('✔')} ${path} → ${terminalName(s.to)}  ${t('import.line.replaced-source', { source: terminalName(s.replacesSource), kept: terminalName(s.keptAs ?? '') })}`;
      }
      return `${chalk.green('✔')} ${path} → ${terminalName(s.to)}  ${t('import.line.replaced', { kept: terminalName(s.keptAs ?? '') })}`;
    default:
      return `${chalk.dim('=')} ${path}  ${chalk.dim(t('import.line.unchanged', { same: terminalName(s.sameAs ?? s.to) }))}`;
  }
}

/** The text for stdout (the report) and for stderr (files that could not be read). */
export function renderImport(report: ImportReport, lang: Lang, options: { json?: boolean } = {}): { stdout: string; stderr: string } {
  const err = report.files.flatMap(unreadableLines);
  const stderr = err.length > 0 ? `${err.join('\n')}\n` : '';
  // Under --json only the stderr lines are wanted: no table is built.
  if (options.json) return { stdout: '', stderr };
  const out: string[] = [];
  for (const f of report.files) {
    out.push(fileLine(f));
    out.push(...sheetLines(f.sheets, lang));
    if (f.stored?.sourceGone) out.push(`    ${chalk.yellow(t('import.line.source-gone', { source: terminalName(f.stored.sourceGone) }))}`);
    if (f.annotated) out.push(`    ${t('import.line.annotated', { path: terminalName(f.annotated) })}`);
  }
  const issues = report.files.flatMap((f) => f.issues);
  if (issues.length > 0) {
    out.push('', chalk.bold(t('view.issues', { count: issues.length })), issueTable(issues));
  }
  const n = (pred: (f: ImportedFile) => boolean) => report.files.filter(pred).length;
  out.push(
    '',
    chalk.bold(
      t('import.summary', {
        copied: n((f) => f.stored?.action === 'copied'),
        replaced: n((f) => f.stored?.action === 'replaced'),
        unchanged: n((f) => f.stored?.action === 'unchanged'),
        rejected: n((f) => f.status === 'read' && !f.accepted),
        unreadable: n((f) => f.status === 'unreadable'),
      }),
    ) + (issues.length > 0 ? `  ${issueCountText(issues)}` : ''),
  );
  return { stdout: `${out.join('\n')}\n`, stderr };
}
