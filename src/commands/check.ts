/** `clubcrm check` (spec/commands.md): every rule for the week and the month of its Friday. */
import { checkWeek, exitCodeOf } from '../engine/check-week.js';
import type { CommonOptions } from '../options.js';
import { renderCheckTable } from '../render/check-table.js';
import { loadContextDataset, resolveContext, resolveWeek } from './context.js';

export async function run(_operands: string[], options: CommonOptions): Promise<number> {
  const ctx = resolveContext(options);
  const week = resolveWeek(options, ctx);
  const dataset = await loadContextDataset(options, ctx);
  const report = checkWeek(dataset, ctx.config, week, ctx.asOf);
  // --json: the JSON alone on stdout (anything else goes to stderr).
  process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : renderCheckTable(report, ctx.config.lang));
  return exitCodeOf(report);
}
