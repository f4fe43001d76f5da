/** The terminal table of `clubcrm rules`. */
import chalk from 'chalk';
import Table from 'cli-table3';
import type { Lang } from '../config/types.js';
import { t } from '../i18n/index.js';
import { paramsText, type RuleRow } from '../rules/listing.js';

/** Id, section, default, value in force (highlighted when the config changed it), what is checked. */
export function renderRulesTable(rows: RuleRow[], lang: Lang): string {
  const L = (k: string) => t(k, {}, lang);
  const table = new Table({
    head: [L('rules.col.id'), L('rules.col.section'), L('rules.col.default'), L('rules.col.value'), L('rules.col.title')],
    style: { head: [], border: [] },
    colWidths: [22, 16, 30, 30, 50],
    wordWrap: true,
  });
  for (const r of rows) {
    const defaults = paramsText(r.defaults);
    const value = paramsText(r.value);
    table.push([r.id, r.section, defaults, value === defaults ? value : chalk.bold.yellow(value), r.title[lang]]);
  }
  return `${table.toString()}\n`;
}
