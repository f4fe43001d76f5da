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
import { editionWord } from '../reports/page.js';
import { picturePath, warmUpPicture, writePicture } from '../picture/page-picture.js';
import { buildWeeklyPage, pageExtras, weekIsFinal } from '../reports/weekly/first-page.js';

/**
 * Where the workbook goes (workspace/report-path.ts): default `reports/周报_<week start>_初版.xlsx`, or
 * `_终版` once every close of the week has passed, so Sunday's final is written beside Friday's
 * draft. The edition word is the Chinese one in every language, as the prefix is.
 */
export function weeklyOutputPath(weekStart: string, out: string | undefined, workspace: string | null, cwd: string, final = false): string {
  return reportOutputPath(`${t('weekly.file-prefix')}_${weekStart}_${editionWord(final, 'zh')}.xlsx`, out, workspace, cwd);
}

/** The text file of the advisors' messages beside the workbook: `周报_2026-11-18_群消息.txt`. */
export function messagesPathFor(workbookPath: string): string {
  return `${workbookPath.replace(/\.xlsx$/i, '')}_${t('checkview.messages.file-suffix')}.txt`;
}

export async function run(_operands: string[], options: CommonOptions): Promise<number> {
  const cwd = process.cwd();
  const ctx = resolveContext(options, cwd);
  const week = resolveWeek(options, ctx);
  const final = weekIsFinal(week, ctx.config, ctx.asOf);
  const path = weeklyOutputPath(week.start, options.out, ctx.workspace, cwd, final);
  const image = options.image === false ? null : picturePath(path);
  // Refuse an existing output before the (slow) reading, not after it.
  ensureWritable(path, options.force);
  const messagesPath = messagesPathFor(path);
  ensureWritable(messagesPath, options.force);
  if (image) {
    ensureWritable(image, options.force);
    // Compiling the renderer and reading the font run while the sheets are read.
    void warmUpPicture().catch(() => undefined);
  }
  const dataset = await loadContextDataset(options, ctx);
  const report = checkWeek(dataset, ctx.config, week, ctx.asOf);
  const model = buildWeeklyModel({ report, dataset, config: ctx.config, week, asOf: ctx.asOf });
  const lang = ctx.config.lang;
  const page = buildWeeklyPage(model, pageExtras(dataset, ctx.config, week, ctx.asOf, report.advisors.map((a) => a.advisor)), lang);
  const wb = await buildWeeklyWorkbook(model, { config: ctx.config, files: dataset.files, version: VERSION, lang, page });
  if (!weekHasData(report.advisors)) {
    markEmpty(wb, t('empty.week', {}, lang));
    process.stderr.write(`${t('empty.week.warn', { start: week.start, end: week.end })}\n`);
  }
  await withReportLock(ctx.workspace, async () => {
    await saveWorkbook(wb, path, options.force);
    if (image) await writePicture(page, image, options.force);
    // Beside the workbook: the advisors' ready-to-send messages for the team's group chat.
    await writeOutput(messagesPath, advisorMessagesText(report, lang), { force: options.force });
  });
  const file = shownPath(path, cwd);
  const messagesFile = shownPath(messagesPath, cwd);
  const shownImage = image ? shownPath(image, cwd) : null;
  if (options.json) {
    await writeJson({ ...report, file, messagesFile, ...(shownImage ? { image: shownImage } : {}) });
  } else {
    process.stdout.write(wrapText(renderWeeklySummary(model, file, lang, page, messagesFile), terminalWidth(), '    '));
    if (shownImage) process.stdout.write(`${t('page.image.written', { path: shownImage })}\n`);
  }
  return 0;
}
