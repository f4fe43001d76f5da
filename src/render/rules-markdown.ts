/** The README's rule table, generated from the rules' metadata so that docs and code cannot drift. */
import type { Lang } from '../config/types.js';
import { t, type MessageKey } from '../i18n/index.js';
import { paramsText, ruleRows } from '../rules/listing.js';

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** A Markdown table of every rule: id, manual section, severity, scope, defaults, what is checked. */
export function renderRulesMarkdown(lang: Lang): string {
  const L = (k: MessageKey) => t(k, {}, lang);
  const head = [L('rules.col.id'), L('rules.col.section'), L('rules.col.severity'), L('rules.col.default'), L('rules.col.title')];
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`];
  for (const r of ruleRows(null)) {
    lines.push(
      `| \`${r.id}\` | ${cell(r.section)} | ${L(`severity.${r.severity}`)} (${r.scope}) | ${cell(paramsText(r.defaults))} | ${cell(r.title[lang])} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
