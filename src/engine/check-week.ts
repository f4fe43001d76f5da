/**
 * The quota engine's entry: metrics and every rule for one center week and the month of its
 * Friday. Pure: no files, no printing, no clock.
 */
import type { Config } from '../config/types.js';
import type { Dataset } from '../dataset/types.js';
import { datePart, type AsOf } from '../calendar/local-date.js';
import { weekContaining, weeksOfMonth } from '../calendar/week.js';
import type { CheckReport, RuleResult, WeekInfo } from '../model/results.js';
import { judgedAdvisors, unconfiguredAdvisors } from '../metrics/advisors.js';
import { newLeadClassifier, weekMetrics, weekRecordsOf, type NewLeadTest } from '../metrics/week-metrics.js';
import { RULES } from '../rules/index.js';
import { teamBonus, type TeamBonusMiss } from '../rules/team.bonus.js';
import type { Rule, RuleContext, WeekView } from '../rules/types.js';
import type { Status } from '../model/results.js';
import { historyOf, historyWeeks, trendJson } from '../analysis/history.js';
import { renewalPipeline } from '../analysis/renewal-pipeline.js';
import { targetPlan } from '../analysis/target-plan.js';import { dayQuota, manualQuotas, paramsOf } from '../rules/params.js';


/** A week's view: metrics of every judged advisor and the records behind them. */
export function weekView(dataset: Dataset, config: Config, week: WeekInfo, asOf: AsOf, advisors: string[], isNew?: NewLeadTest, unconfigured: string[] = []): WeekView {
  // Names that match no configured advisor are shown under the name as written (configured: false), never judged.
  const shown = [...advisors, ...unconfigured.filter((n) => !advisors.includes(n))];
  const records = weekRecordsOf(dataset, config, week, asOf, shown);
  const metrics = weekMetrics(dataset, config, week, asOf, shown, dayQuota(config), records, isNew);
  if (unconfigured.length > 0) for (const m of metrics) m.configured = advisors.includes(m.advisor);
  return { week, advisors: metrics, records };
}

/** Whether the data holds a week: some call or invitation is dated in it. */
function dataHolds(dataset: Dataset, week: WeekInfo): boolean {
  const inWeek = (d: string) => d >= week.start && d <= week.end;
  const calls = dataset.records.calls;
  const store = calls.store;
  // By distinct date: a million calls have a few hundred, read once per list (a month's weeks
  // and the history ask several times; a week without calls read every row each time).
  const present = datesPresent(calls);
  for (let id = 0; id < present.length; id++) if (present[id] && inWeek(store.dateOf(id))) return true;
  return dataset.records.invites.some((i) => inWeek(i.date));
}

/** Which date ids of its store a call list holds rows of (1), by id. */
function datesPresent(calls: Dataset['records']['calls']): Uint8Array {
  const store = calls.store;
  let present = DATES_PRESENT.get(calls);
  // Keyed by the list and checked against its length and its store's dates (a list may be a range that grew).
  if (present && present.calls === calls.length && present.dates === store.dateCount) return present.ids;
  const ids = new Uint8Array(store.dateCount);
  for (let k = 0; k < calls.length; k++) ids[store.dateId(calls.row(k))] = 1;
  present = { ids, calls: calls.length, dates: store.dateCount };
  DATES_PRESENT.set(calls, present);
  return ids;
}

const DATES_PRESENT = new WeakMap<Dataset['records']['calls'], { ids: Uint8Array; calls: number; dates: number }>();

/** The rule context of a month (its weeks the data holds, begun by as-of) around one week. */
function contextFor(dataset: Dataset, config: Config, week: WeekInfo, asOf: AsOf): RuleContext {
  // The advisors with the center some day of the month's weeks or of this week (`from` / `until`);
  // a week outside an advisor's dates gives them no quota (excused).
  const weeks = weeksOfMonth(week.month, config);
  const span = {
    start: weeks[0] && weeks[0].start < week.start ? weeks[0].start : week.start,
    end: weeks.length > 0 && weeks[weeks.length - 1]!.end > week.end ? weeks[weeks.length - 1]!.end : week.end,
  };
  const advisors = judgedAdvisors(dataset, config, span);
  const unconfigured = unconfiguredAdvisors(dataset, config);
  const today = datePart(asOf.local);
  const isNew = newLeadClassifier(dataset.records.calls);
  const view = weekView(dataset, config, week, asOf, advisors, isNew, unconfigured);
  const monthWeeks = weeks
    .filter((w) => w.start <= today && (w.start === week.start || dataHolds(dataset, w)))
    .map((w) => (w.start === week.start ? view : weekView(dataset, config, w, asOf, advisors, isNew, unconfigured)));
  // The last weeks (issue 15), by the same engine; the month's views are reused.
  const known = new Map(monthWeeks.map((v) => [v.week.start, v]));
  // A week the data does not hold costs nothing (null for all).
  const viewOf = (w: WeekInfo) => known.get(w.start) ?? (dataHolds(dataset, w) ? weekView(dataset, config, w, asOf, advisors, isNew) : null);
  const history = historyOf(dataset, config, view, asOf, advisors, viewOf, historyWeeks(paramsOf(config, 'analysis.visits-decline').historyWeeks));
  return { dataset, config, asOf, advisors, week: view, month: week.month, monthWeeks, isNew, history };
}

function runRules(ctx: RuleContext, scope: Rule['meta']['scope']): RuleResult[] {
  const hasRoster = ctx.dataset.records.customers.length > 0;
  return [...RULES.values()]
    .filter((r) => r.meta.scope === scope && (hasRoster || !r.meta.needsRoster))
    .flatMap((r) => r.evaluate(ctx));
}

/** Every week rule for `week` and every month rule for the month of its Friday. */
export function checkWeek(dataset: Dataset, config: Config, week: WeekInfo, asOf: AsOf): CheckReport {
  const ctx = contextFor(dataset, config, week, asOf);
  return {
    center: config.center,
    week: { start: week.start, end: week.end },
    asOf: asOf.iso,
    advisors: ctx.week.advisors,
    results: [...runRules(ctx, 'week'), ...runRules(ctx, 'month')],
    dataIssues: dataset.issues,
    trend: trendJson(ctx.history!),
    renewalPipeline: renewalPipeline(dataset, ctx.advisors, ctx.month, datePart(asOf.local), paramsOf(config, 'renewals.pipeline')),
    targetPlan: targetPlan(dataset, config, ctx.month, ctx.advisors, asOf, ctx.history!, manualQuotas(config)),
  };
}

/** A month: the report of each of its weeks (the data holds, begun by as-of) and its month rules. */
export interface MonthCheck {
  month: string;
  weeks: CheckReport[];
  results: RuleResult[];
  teamBonus: { status: Status; misses: TeamBonusMiss[] };
}

/** Every week of `month` (weeks' own rules only in `weeks`) and the month rules once. */
export function checkMonth(dataset: Dataset, config: Config, month: string, asOf: AsOf): MonthCheck {
  const all = weeksOfMonth(month, config);
  const today = datePart(asOf.local);
  // The month rules need a week to hang on: the last one begun by as-of, else the first.
  const begun = all.filter((w) => w.start <= today);
  const anchor = begun[begun.length - 1] ?? all[0]!;
  const ctx = contextFor(dataset, config, anchor, asOf);
  const weeks = ctx.monthWeeks.map((view) => {
    const weekCtx = { ...ctx, week: view };
    return {
      center: config.center,
      week: { start: view.week.start, end: view.week.end },
      asOf: asOf.iso,
      advisors: view.advisors,
      results: runRules(weekCtx, 'week'),
      dataIssues: dataset.issues,
    };
  });
  const bonus = teamBonus(ctx);
  return { month, weeks, results: runRules(ctx, 'month'), teamBonus: { status: bonus.status, misses: bonus.misses } };
}

/** The week of a date (re-exported for report helpers that start from a date). */
export { weekContaining };

/** `check`'s exit code: 1 when a quota rule is missed or an error-level data issue exists, else 0. */
export function exitCodeOf(report: CheckReport): number {
  const missed = report.results.some((r) => r.severity === 'quota' && r.status === 'missed');
  return missed || report.dataIssues.some((i) => i.severity === 'error') ? 1 : 0;
}
