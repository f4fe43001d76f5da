/** The terminal table of `clubcrm rules`. */
import chalk from './chalk.js';
import type { Lang } from '../config/types.js';
import { t, type MessageKey } from '../i18n/index.js';
import { paramsText, type RuleRow } from '../rules/listing.js';
import { fittedTable } from './fit-table.js';
import { ruleName } from '../i18n/rule-names.js';

/**
 * Id (the key a center overrides it under in the config), name, section, value in force
 * (highlighted, with the default beside it, when the config changed it), what is checked.
 */
export function renderRulesTable(rows: RuleRow[], lang: Lang, width = Infinity): string {
  const L = (k: MessageKey) => t(k, {}, lang);
  const head = [L('rules.col.id'), L('rules.col.name'), L('rules.col.section'), L('rules.col.value'), L('rules.col.title')];
  const cells = rows.map((r) => {
    const defaults = paramsText(r.defaults);
    const value = paramsText(r.value);
    const shown = value === defaults ? value : chalk.bold.yellow(L('rules.changed').replace('{value}', value).replace('{default}', defaults));
    return [r.id, ruleName(r.id, lang), r.section, shown, r.title[lang]];
  });
  return `${fittedTable(head, cells, width)}\n`;
}
