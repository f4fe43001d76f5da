/**
 * `clubcrm weekly-report` (spec/commands.md): checks the week with the engine, writes the
 * weekly report workbook, and prints its summary (or, with --json, the CheckReport plus `file`).
 * Exit 0 once the workbook is written, whatever it says.
 */
import { loadContextDataset, resolveContext, resolveWeek } from './context.js';
import { checkWeek } from '../engine/check-week.js';
import { ensureWritable } from '../io/write-output.js';
import { t } from '../i18n/index.js';
import type { CommonOptions } from '../options.js';
import { buildWeeklyModel } from '../reports/weekly/model.js';
import { writeWeeklyWorkbook } from '../reports/weekly/workbook.js';
import { renderWeeklySummary } from '../render/weekly-summary.js';
import { VERSION } from '../version.js';
import { reportOutputPath, shownPath, withReportLock } from '../workspace/report-path.js';
import { writeJson } from '../io/json-out.js';

/** Where the workbook goes (workspace/report-path.ts): default `reports/周报_<week start>.xlsx`. */
export function weeklyOutputPath(weekStart: string, out: string | undefined, workspace: string | null, cwd: string): string {
  return reportOutputPath(`${t('weekly.file-prefix')}_${weekStart}.xlsx`, out, workspace, cwd);
}

export async function run(_operands: string[], options: CommonOptions): Promise<number> {
  const cwd = process.cwd();
  const ctx = resolveContext(options, cwd);
  const week = resolveWeek(options, ctx);
  const path = weeklyOutputPath(week.start, options.out, ctx.workspace, cwd);
  // Refuse an existing output before the (slow) reading, not after it.
  ensureWritable(path, options.force);
  const dataset = await loadContextDataset(options, ctx);
  const report = checkWeek(dataset, ctx.config, week, ctx.asOf);
  const model = buildWeeklyModel({ report, dataset, config: ctx.config, week, asOf: ctx.asOf });
  await withReportLock(ctx.workspace, () =>
    writeWeeklyWorkbook(model, { config: ctx.config, files: dataset.files, version: VERSION, lang: ctx.config.lang }, path, options.force),
  );
  const file = shownPath(path, cwd);
  if (options.json) {
    await writeJson({ ...report, file });
  } else {
    process.stdout.write(renderWeeklySummary(model, file, ctx.config.lang));
  }
  return 0;
}
