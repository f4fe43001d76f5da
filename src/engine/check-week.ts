/**
 * The quota engine's entry: metrics and every rule for one center week and the month of its
 * Friday. Pure: no files, no printing, no clock. (Stub: the engine fills this in.)
 */
import type { Config } from '../config/types.js';
import type { Dataset } from '../dataset/types.js';
import type { AsOf } from '../calendar/local-date.js';
import type { CheckReport, WeekInfo } from '../model/results.js';

export function checkWeek(dataset: Dataset, config: Config, week: WeekInfo, asOf: AsOf): CheckReport {
  return {
    center: config.center,
    week: { start: week.start, end: week.end },
    asOf: asOf.iso,
    advisors: [],
    results: [],
    dataIssues: dataset.issues,
  };
}
