/**
 * `clubcrm director-summary [--month YYYY-MM] [--out FILE] [--force] [--json]` (spec/commands.md):
 * options -> dataset -> the engine's month check -> the summary model -> workbook + terminal/JSON.
 */
import { checkMonth } from '../engine/check-week.js';
import { t } from '../i18n/index.js';
import type { CommonOptions } from '../options.js';
import { maskPhones } from '../privacy/mask.js';
import { ensureWritable } from '../io/write-output.js';
import { reportOutputPath, shownPath, withReportLock } from '../workspace/report-path.js';
import { saveWorkbook } from '../workbook/workbook-style.js';
import { buildDirectorSummary, summaryJson, type DirectorSummary } from '../reports/director/model.js';
import { bonusWord, buildDirectorWorkbook, moneyText, reasonText } from '../reports/director/workbook.js';
import { loadContextDataset, resolveContext, resolveMonth, type VerbContext } from './context.js';
import { addMonths } from '../calendar/local-date.js';
import { weekContaining } from '../calendar/week.js';
import { markEmpty, weekHasData } from '../reports/empty-period.js';
import { editionWord } from '../reports/page.js';
import { picturePath, warmUpPicture, writePicture } from '../picture/page-picture.js';
import { buildMonthlyPage } from '../reports/director/first-page.js';
import { monthClose } from '../rules/month-close.js';
import { judgedAdvisors } from '../metrics/advisors.js';
import { renewalFollowUp } from '../reports/analysis-model.js';

/**
 * Where to write (workspace/report-path.ts): default `reports/月度汇总_<month>_初版.xlsx` (`_终版` once the
 * month's last week has closed), the spec's name in every language.
 */
export function outputPath(out: string | undefined, month: string, workspace: string | null, cwd: string, final = false): string {
  return reportOutputPath(`月度汇总_${month}_${editionWord(final, 'zh')}.xlsx`, out, workspace, cwd);
}

/** The short terminal summary. */
export function terminalSummary(s: DirectorSummary, file: string): string {
  const none = t('director.award.none');
  const lines = [
    t('director.terminal.title', { center: s.center, month: s.month }),
    t('director.terminal.bonus', { status: bonusWord(s) }),
    ...s.teamBonus.reasons.map((r) => `  - ${reasonText(r)}`),
    t('director.terminal.sales', {
      amount: moneyText(s.salesAmount),
      target: s.totals.amount.target === null ? t('director.terminal.no-target') : moneyText(s.totals.amount.target),
      count: s.contracts.count,
    }),
    t('director.terminal.renewals', { counted: s.renewals.counted.count, notCounted: s.renewals.notCounted.count }),
    t('director.terminal.awards', { enrollment: s.awards.enrollment ?? none, firstOrder: s.awards.firstOrder ?? none }),
    t('director.terminal.rewards', { count: s.referralRewards.due.length }),
    `${t('word.written')}${t('word.colon')}${file}`,
  ];
  return maskPhones(lines.join('\n'));
}

/** The month of the as-of week's Friday once all of its weeks have closed, else the month before. */
export function lastCompleteMonth(ctx: VerbContext): string {
  const current = weekContaining(ctx.asOf.local.slice(0, 10), ctx.config).month;
  return ctx.asOf.local >= monthClose(current, ctx.config) ? current : addMonths(`${current}-01`, -1).slice(0, 7);
}

export async function run(_operands: string[], options: CommonOptions): Promise<number> {
  const cwd = process.cwd();
  const ctx = resolveContext(options, cwd);
  // Without --month: the last complete month (on 2 December, November, not the December just begun).
  const month = options.month === undefined ? lastCompleteMonth(ctx) : resolveMonth(options, ctx);
  const path = outputPath(options.out, month, ctx.workspace, cwd, ctx.asOf.local >= monthClose(month, ctx.config));
  const image = options.image === false ? null : picturePath(path);
  // Refuse an existing output before reading every sheet, not after.
  ensureWritable(path, options.force);
  if (image) {
    ensureWritable(image, options.force);
    // Compiling the renderer and reading the font run while the sheets are read.
    void warmUpPicture().catch(() => undefined);
  }
  const dataset = await loadContextDataset(options, ctx);
  const check = checkMonth(dataset, ctx.config, month, ctx.asOf);
  const summary = buildDirectorSummary({ dataset, config: ctx.config, month, asOf: ctx.asOf, check });
  summary.renewalFollowUp = renewalFollowUp(dataset, ctx.config, judgedAdvisors(dataset, ctx.config), month, ctx.asOf);
  const page = buildMonthlyPage(summary, ctx.config.lang);
  const wb = await buildDirectorWorkbook(summary, ctx.config.lang, page);
  if (summary.contracts.count === 0 && !check.weeks.some((w) => weekHasData(w.advisors))) {
    markEmpty(wb, t('empty.month', {}, ctx.config.lang));
    process.stderr.write(`${t('empty.month.warn', { month })}\n`);
  }
  await withReportLock(ctx.workspace, async () => {
    await saveWorkbook(wb, path, options.force);
    if (image) await writePicture(page, image, options.force);
  });
  const file = shownPath(path, cwd);
  const shownImage = image ? shownPath(image, cwd) : null;
  if (options.json) {
    const json = { ...summaryJson(summary, file, (r) => reasonText(r)), ...(shownImage ? { image: shownImage } : {}) };
    process.stdout.write(`${maskPhones(JSON.stringify(json, null, 2))}\n`);
  } else {
    process.stdout.write(`${terminalSummary(summary, file)}\n`);
    if (shownImage) process.stdout.write(`${t('page.image.written', { path: shownImage })}\n`);
  }
  return 0;
}
