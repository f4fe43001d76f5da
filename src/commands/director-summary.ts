/**
 * `clubcrm director-summary [--month YYYY-MM] [--out FILE] [--force] [--json]` (spec/commands.md):
 * options -> dataset -> the engine's month check -> the summary model -> workbook + terminal/JSON.
 */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { checkMonth } from '../engine/check-week.js';
import { t } from '../i18n/index.js';
import type { CommonOptions } from '../options.js';
import { maskPhones } from '../privacy/mask.js';
import { ensureWritable } from '../io/write-output.js';
import { saveWorkbook } from '../render/workbook-style.js';
import { buildDirectorSummary, summaryJson, type DirectorSummary } from '../reports/director/model.js';
import { bonusWord, buildDirectorWorkbook, moneyText, reasonText } from '../reports/director/workbook.js';
import { loadContextDataset, resolveContext, resolveMonth } from './context.js';

/** Where to write: --out (a file, or a folder to put the default name in), else reports/ of the workspace or cwd. */
export function outputPath(out: string | undefined, month: string, baseDir: string, cwd: string): string {
  // The name the spec gives, in every language, so a director's folder sorts the same everywhere.
  const name = `月度汇总_${month}.xlsx`;
  if (!out) return join(baseDir, 'reports', name);
  const abs = isAbsolute(out) ? out : resolve(cwd, out);
  if (/[\\/]$/.test(out) || (existsSync(abs) && statSync(abs).isDirectory())) return join(abs, name);
  return abs;
}

function shown(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
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
    `${t('word.written')}: ${file}`,
  ];
  return maskPhones(lines.join('\n'));
}

export async function run(_operands: string[], options: CommonOptions): Promise<number> {
  const cwd = process.cwd();
  const ctx = resolveContext(options, cwd);
  const month = resolveMonth(options, ctx);
  const path = outputPath(options.out, month, ctx.baseDir, cwd);
  // Refuse an existing output before reading every sheet, not after.
  ensureWritable(path, options.force);
  const dataset = await loadContextDataset(options, ctx);
  const check = checkMonth(dataset, ctx.config, month, ctx.asOf);
  const summary = buildDirectorSummary({ dataset, config: ctx.config, month, asOf: ctx.asOf, check });
  const wb = await buildDirectorWorkbook(summary, ctx.config.lang);
  await saveWorkbook(wb, path, options.force);
  const file = shown(path, cwd);
  if (options.json) {
    process.stdout.write(`${maskPhones(JSON.stringify(summaryJson(summary, file, (r) => reasonText(r)), null, 2))}\n`);
  } else {
    process.stdout.write(`${terminalSummary(summary, file)}\n`);
  }
  return 0;
}
