/** `clubcrm check` (spec/commands.md): every rule for the week and the month of its Friday. */
import { checkWeek, exitCodeOf } from '../engine/check-week.js';
import type { CommonOptions } from '../options.js';
import { advisorMessagesText } from '../render/advisor-messages.js';
import { renderCheckTable } from '../render/check-table.js';
import { targetPlanColumns, targetPlanNote } from '../render/target-plan.js';
import { terminalWidth, wrapText } from '../render/terminal-width.js';
import type { CheckReport } from '../model/results.js';
import { loadContextDataset, resolveContext, resolveWeek, resultCacheFor } from './context.js';
import { writeJson } from '../io/json-out.js';

export async function run(_operands: string[], options: CommonOptions): Promise<number> {
  const ctx = resolveContext(options);
  const week = resolveWeek(options, ctx);
  // In a workspace, the report of unchanged inputs (same files, config, as-of, week, version)
  // is taken from the cache: a regional manager re-running check over 200 files waits only
  // for the files to be hashed.
  const cached = await resultCacheFor(options, ctx, { verb: 'check', week: week.start });
  let report = cached?.cache.getResult<CheckReport>('check', cached.name, cached.key) ?? null;
  if (!report) {
    const dataset = await loadContextDataset(options, ctx, cached);
    report = checkWeek(dataset, ctx.config, week, ctx.asOf);
    cached?.cache.putResult('check', cached.name, cached.key, report);
  }
  const lang = ctx.config.lang;
  // Set before writing: `check --json | head` closes the pipe early and exits with this code.
  process.exitCode = exitCodeOf(report);
  // --json: the JSON alone on stdout (anything else goes to stderr).
  if (options.json) await writeJson(report);
  else if (options.messages) process.stdout.write(wrapText(advisorMessagesText(report, lang), terminalWidth(), ''));
  else {
    const table = renderCheckTable(report, lang, { all: options.all, width: terminalWidth(), extraColumns: targetPlanColumns(report, lang) });
    process.stdout.write(table + wrapText(targetPlanNote(report, lang), terminalWidth(), ''));
  }
  return exitCodeOf(report);
}
