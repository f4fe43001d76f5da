/**
 * History (issue 15): the last N center weeks up to the selected one, for the center and each
 * advisor, computed by the same engine as the week itself (weekView). A week the data does not
 * hold is null for the center; a week in which an advisor has no rows (not yet hired, say) is
 * null for that advisor - never zeros. Pure; memoised per dataset, week and as-of, so the
 * rules, the JSON and the reports share one computation.
 */
import { addDays, datePart, type AsOf } from '../calendar/local-date.js';
import { visitsClose, weekContaining } from '../calendar/week.js';
import type { Config } from '../config/types.js';
import type { Dataset } from '../dataset/types.js';
import { ratio4, type NewLeadTest, type WeekRecords } from '../metrics/week-metrics.js';
import type { AdvisorWeek, WeekInfo } from '../model/results.js';
import { TREND_METRICS, type TrendJson, type TrendMetric } from '../model/analysis.js';

export { TREND_METRICS, type TrendJson, type TrendMetric };

/** A week as the engine computed it (the rules' WeekView). */
export interface WeekView {
  week: WeekInfo;
  advisors: AdvisorWeek[];
  records: Map<string, WeekRecords>;
}

/** One week's figures of the trend (one advisor or the center). */
export interface TrendPoint {
  effectiveCalls: number;
  firstInvites: number;
  secondInvites: number;
  visits: number;
  contracts: number;
  amount: number;
  signRate: number;
  /** New and referral contracts (the sign rate's numerator). */
  enrollments: number;
  /** The week's call target (sum of the call days' targets). */
  callTarget: number;
}

/** The history as the analysis uses it: points per week (oldest first), null where no data. */
export interface History {
  weeks: WeekInfo[];
  center: (TrendPoint | null)[];
  advisors: Map<string, (TrendPoint | null)[]>;
  /** Whether each week's visits have closed by the as-of (its figures are final). */
  closed: boolean[];
}

/** How many weeks of history from the configured figure (rules."analysis.visits-decline".historyWeeks). */
export function historyWeeks(figure: number): number {
  // The config refuses a negative or non-finite figure; 0 still means the selected week.
  return Math.max(1, Math.floor(figure));
}

function pointOf(view: WeekView, advisor: string): TrendPoint | null {
  const records = view.records.get(advisor);
  const week = view.advisors.find((a) => a.advisor === advisor);
  if (!records || !week || !holdsRows(records)) return null;
  const m = week.metrics;
  return {
    effectiveCalls: m.effectiveCalls,
    firstInvites: m.firstInvites,
    secondInvites: m.secondInvites,
    visits: m.firstVisits + m.secondVisits,
    contracts: m.contracts,
    amount: m.amount,
    signRate: m.signRate,
    enrollments: records.contracts.filter((c) => c.type === 'new' || c.type === 'referral').length,
    callTarget: week.daily.reduce((s, d) => s + d.target, 0),
  };
}

/**
 * Whether an advisor has a row of the daily work in the week: a call of any outcome or an
 * invitation. Contracts alone do not make a week (the contracts log goes back years).
 */
function holdsRows(r: WeekRecords): boolean {
  return r.quotaCalls.length + r.makeup.length + r.invalid.length + r.firstInvites.length + r.secondInvites.length + r.firstVisits.length + r.secondVisits.length > 0;
}

/** The center's point: the sum of the advisors who have one (null when none has). */
export function sumPoints(points: (TrendPoint | null)[]): TrendPoint | null {
  const held = points.filter((p): p is TrendPoint => p !== null);
  if (held.length === 0) return null;
  const sum = (k: keyof TrendPoint) => held.reduce((s, p) => s + p[k], 0);
  const visits = sum('visits');
  const enrollments = sum('enrollments');
  return {
    effectiveCalls: sum('effectiveCalls'),
    firstInvites: sum('firstInvites'),
    secondInvites: sum('secondInvites'),
    visits,
    contracts: sum('contracts'),
    amount: sum('amount'),
    signRate: ratio4(enrollments, visits),
    enrollments,
    callTarget: sum('callTarget'),
  };
}

/** The engine's view of a week, or null when the data does not hold it. */
type ViewOf = (week: WeekInfo) => WeekView | null;
const MEMO = new WeakMap<Dataset, Map<string, History>>();

/**
 * The history of the `count` weeks ending with `week`. `viewOf` is the engine's week view
 * (engine/check-week.ts); the selected week's view is passed in so it is not computed twice.
 */
export function historyOf(dataset: Dataset, config: Config, week: WeekView, asOf: AsOf, advisors: string[], viewOf: ViewOf, count: number): History {
  const key = JSON.stringify([week.week.start, asOf.local, advisors, count]);
  let memo = MEMO.get(dataset);
  const held = memo?.get(key);
  if (held) return held;
  const weeks: WeekInfo[] = [];
  for (let i = count - 1; i >= 1; i--) weeks.push(weekContaining(addDays(week.week.start, -7 * i), config));
  weeks.push(week.week);
  const today = datePart(asOf.local);
  const views = weeks.map((w) => (w.start === week.week.start ? week : w.start > today ? null : viewOf(w)));
  const perAdvisor = new Map(advisors.map((a) => [a, views.map((v) => (v ? pointOf(v, a) : null))]));
  const center = weeks.map((_, i) => sumPoints(advisors.map((a) => perAdvisor.get(a)![i]!)));
  const history: History = {
    weeks,
    center,
    advisors: perAdvisor,
    closed: weeks.map((w) => visitsClose(w, config) <= asOf.local),
  };
  if (!memo) MEMO.set(dataset, (memo = new Map()));
  memo.set(key, history);
  return history;
}

/** The history as `check --json`'s `trend`. */
export function trendJson(history: History): TrendJson {
  const series = (points: (TrendPoint | null)[]) =>
    Object.fromEntries(TREND_METRICS.map((m) => [m, points.map((p) => (p ? p[m] : null))])) as Record<TrendMetric, (number | null)[]>;
  return {
    weeks: history.weeks.map((w) => w.start),
    center: series(history.center),
    advisors: Object.fromEntries([...history.advisors].map(([a, points]) => [a, series(points)])),
  };
}
