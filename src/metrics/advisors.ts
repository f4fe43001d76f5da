/** Which advisors the engine judges. */
import type { Config } from '../config/types.js';
import type { Dataset } from '../dataset/types.js';
import { RULE_DEFAULTS } from '../config/defaults.js';

/**
 * The advisors judged: the dataset's (the config's list, else the names found in the sheets)
 * less those the config marks inactive; in tests without a list, the names found in the records.
 */
export function judgedAdvisors(dataset: Dataset, config: Config): string[] {
  const inactive = new Set(config.advisors.filter((a) => !a.active).map((a) => a.name));
  let names = dataset.advisors;
  if (names.length === 0) {
    const found = dataset.records.calls.advisors();
    for (const r of [...dataset.records.invites, ...dataset.records.contracts]) {
      if (r.advisor) found.add(r.advisor);
    }
    names = [...found].sort();
  }
  return names.filter((n) => !inactive.has(n));
}

/** The parameters in force of a rule (config over defaults). */
export function ruleParams(config: Config, id: string): Record<string, number | string | boolean | string[]> {
  return config.rules[id] ?? RULE_DEFAULTS[id]?.params ?? {};
}

/** A number parameter of a rule. */
export function numParam(config: Config, id: string, key: string): number {
  const v = ruleParams(config, id)[key];
  return typeof v === 'number' ? v : Number(v);
}
