/**
 * `clubcrm weekly-report` (spec/commands.md): checks the week with the engine, writes the
 * weekly report workbook, and prints its summary (or, with --json, the CheckReport plus `file`).
 * Exit 0 once the workbook is written, whatever it says.
 */
import { loadContextDataset, resolveContext, resolveWeek } from './context.js';
import { checkWeek } from '../engine/check-week.js';
import { ensureWritable, writeOutput } from '../io/write-output.js';
import { advisorMessagesText } from '../render/advisor-messages.js';
import { t } from '../i18n/index.js';
import type { CommonOptions } from '../options.js';
import { buildWeeklyModel } from '../reports/weekly/model.js';
import { buildWeeklyWorkbook } from '../reports/weekly/workbook.js';
import { saveWorkbook } from '../workbook/workbook-style.js';
import { markEmpty, weekHasData } from '../reports/empty-period.js';
import { renderWeeklySummary } from '../render/weekly-summary.js';
import { terminalWidth, wrapText } from '../render/terminal-width.js';
import { VERSION } from '../version.js';
import { reportOutputPath, shownPath, withReportLock } from '../workspace/report-path.js';
import { writeJson } from '../io/json-out.js';

/** Where the workbook goes (workspace/report-path.ts): default `reports/周报_<week start>.xlsx`. */
export function weeklyOutputPath(weekStart: string, out: string | undefined, workspace: string | null, cwd: string): string {
  return reportOutputPath(`${t('weekly.file-prefix')}_${weekStart}.xlsx`, out, workspace, cwd);
}

/** The text file of the advisors' messages beside the workbook: `周报_2026-11-18_群消息.txt`. */
export function messagesPathFor(workbookPath: string): string {
  return `${workbookPath.replace(/\.xlsx$/i, '')}_${t('checkview.messages.file-suffix')}.txt`;
}

export async function run(_operands: string[], options: CommonOptions): Promise<number> {
  const cwd = process.cwd();
  const ctx = resolveContext(options, cwd);
  const week = resolveWeek(options, ctx);
  const path = weeklyOutputPath(week.start, options.out, ctx.workspace, cwd);
  // Refuse an existing output before the (slow) reading, not after it.
  ensureWritable(path, options.force);
  const messagesPath = messagesPathFor(path);
  ensureWritable(messagesPath, options.force);
  const dataset = await loadContextDataset(options, ctx);
  const report = checkWeek(dataset, ctx.config, week, ctx.asOf);
  const model = buildWeeklyModel({ report, dataset, config: ctx.config, week, asOf: ctx.asOf });
  const wb = await buildWeeklyWorkbook(model, { config: ctx.config, files: dataset.files, version: VERSION, lang: ctx.config.lang });
  if (!weekHasData(report.advisors)) {
    markEmpty(wb, t('empty.week', {}, ctx.config.lang));
    process.stderr.write(`${t('empty.week.warn', { start: week.start, end: week.end })}\n`);
  }
  await withReportLock(ctx.workspace, () => saveWorkbook(wb, path, options.force));
  // Beside the workbook: the advisors' ready-to-send messages for the team's group chat.
  await withReportLock(ctx.workspace, () => writeOutput(messagesPath, advisorMessagesText(report, ctx.config.lang), { force: options.force }));
  const file = shownPath(path, cwd);
  const messagesFile = shownPath(messagesPath, cwd);
  if (options.json) {
    await writeJson({ ...report, file, messagesFile });
  } else {
    process.stdout.write(wrapText(renderWeeklySummary(model, file, ctx.config.lang, messagesFile), terminalWidth(), '    '));
  }
  return 0;
}
