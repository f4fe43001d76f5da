/** Which advisors the engine judges. */
import type { Config } from '../config/types.js';
import type { Dataset } from '../dataset/types.js';
import { servesDuring } from '../calendar/advisor-week.js';
import type { LocalDate } from '../model/records.js';

/**
 * The advisors judged: the dataset's (the config's list, else the names found in the sheets)
 * less those the config marks inactive; in tests without a list, the names found in the records.
 */
export function judgedAdvisors(dataset: Dataset, config: Config, period?: { start: LocalDate; end: LocalDate }): string[] {
  const inactive = new Set(config.advisors.filter((a) => !a.active).map((a) => a.name));
  let names = dataset.advisors;
  if (names.length === 0) names = [...namesInRecords(dataset)].sort();
  // Outside their `from` / `until` dates an advisor has no quota (and no share of leads).
  return names.filter((n) => !inactive.has(n) && (!period || servesDuring(config, n, period.start, period.end)));
}

/** The advisor names of the calls, invitations and contracts. */
function namesInRecords(dataset: Dataset): Set<string> {
  const found = dataset.records.calls.advisors();
  for (const r of [...dataset.records.invites, ...dataset.records.contracts]) {
    if (r.advisor) found.add(r.advisor);
  }
  return found;
}

/**
 * Names in the calls, invitations and contracts that match no configured advisor or alias
 * (`unknown-advisor`): shown under the name as written, marked not configured, never judged.
 * Empty when the config lists no advisors (the names found are then the team).
 */
export function unconfiguredAdvisors(dataset: Dataset, config: Config): string[] {
  if (config.advisors.length === 0) return [];
  const known = new Set(config.advisors.map((a) => a.name));
  return [...namesInRecords(dataset)].filter((n) => !known.has(n)).sort();
}
