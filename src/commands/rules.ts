/** `clubcrm rules` (spec/commands.md): every rule with its section, default and the value in force. */
import { renderRulesTable } from '../render/rules-table.js';
import { terminalWidth } from '../render/terminal-width.js';
import { ruleRows } from '../rules/listing.js';
import type { CommonOptions } from '../options.js';
import { resolveContext } from './context.js';

export async function run(_operands: string[], options: CommonOptions): Promise<number> {
  const ctx = resolveContext(options);
  const rows = ruleRows(ctx.config);
  if (options.json) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  } else {
    process.stdout.write(renderRulesTable(rows, ctx.config.lang, terminalWidth()));
  }
  return 0;
}
