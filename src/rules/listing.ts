/** The rule list that `rules`, the README table and the config documentation share: metadata plus values in force. */
import { defaultValues, type ParamJson } from '../config/rule-params.js';
import type { Config } from '../config/types.js';
import type { Message } from '../i18n/index.js';
import { RULES } from './index.js';
import type { RuleMeta } from './types.js';

type Params = Record<string, ParamJson>;

/** One rule as listed. */
export interface RuleRow {
  id: string;
  section: string;
  scope: RuleMeta['scope'];
  severity: RuleMeta['severity'];
  title: Message;
  defaults: Params;
  /** Parameters in force (the config's, else the defaults). */
  value: Params;
}

/** Every rule, sorted by id, with its defaults and the values `config` puts in force. */
export function ruleRows(config: Config | null): RuleRow[] {
  return [...RULES.values()].map(({ meta }) => {
    const defaults = defaultValues(meta.params);
    return {
      id: meta.id,
      section: meta.section,
      scope: meta.scope,
      severity: meta.severity,
      title: meta.title,
      defaults,
      value: config?.rules[meta.id] ?? defaults,
    };
  });
}

/** `perCallDay=50, excusedLeave=sick` - parameters as one short line (fractions to 4 decimals). */
export function paramsText(params: Params): string {
  const show = (v: Params[string]): string =>
    Array.isArray(v) ? v.join('+') || '-' : typeof v === 'number' ? String(Math.round(v * 10_000) / 10_000) : String(v);
  const entries = Object.entries(params);
  return entries.length === 0 ? '-' : entries.map(([k, v]) => `${k}=${show(v)}`).join(', ');
}
