/**
 * Declines traced to their cause (issue 15; manual §1.1.2(1) "when the center's visits fall,
 * check and analyse each advisor's numbers", §1.1.2(2)② "when the sign rate falls, look at each
 * advisor: basic work, skills, negotiation"). Pure: a History in, the decline (or null) out.
 */
import { ratio4 } from '../metrics/week-metrics.js';
import type { DeclineAdvisor } from '../model/results.js';
import type { History, TrendPoint } from './history.js';

export type DeclineMetric = 'visits' | 'signRate';

/**
 * The figures a decline is judged by (handed down by the rules, rules/params.ts declineThresholds):
 * the falls that count (analysis.visits-decline's `fall`, analysis.sign-rate-decline's `points`),
 * the weeks of the baseline of the metric's rule, and the weekly quotas a cause is read against.
 */
export interface DeclineThresholds {
  fall: number;
  points: number;
  baselineWeeks: number;
  firstInvites: number;
  secondInvites: number;
  visits: number;
}

/** A decline of the center's figure, with the advisors whose own figure fell and why. */
export interface Decline {
  metric: DeclineMetric;
  current: number;
  previous: number;
  /** The average of the weeks before the current one (up to baselineWeeks of them). */
  baseline: number;
  declined: boolean;
  advisors: DeclineAdvisor[];
}

/** The average of the figure over the (up to) `n` weeks with data before index `at`. */
function baseline(points: (TrendPoint | null)[], at: number, n: number, metric: DeclineMetric): number | null {
  const before = points.slice(Math.max(0, at - n), at).filter((p): p is TrendPoint => p !== null);
  if (metric === 'signRate') {
    const visits = before.reduce((s, p) => s + p.visits, 0);
    return visits === 0 ? null : ratio4(before.reduce((s, p) => s + p.enrollments, 0), visits);
  }
  if (before.length === 0) return null;
  return before.reduce((s, p) => s + p[metric], 0) / before.length;
}

/** The per-week average of any figure over the (up to) `n` weeks with data before `at`. */
function averageOf(points: (TrendPoint | null)[], at: number, n: number, key: keyof TrendPoint): number | null {
  const before = points.slice(Math.max(0, at - n), at).filter((p): p is TrendPoint => p !== null);
  return before.length === 0 ? null : before.reduce((s, p) => s + p[key], 0) / before.length;
}

/** Whether `current` fell against `base` by more than the threshold (a share for counts, points for a rate). */
function fell(metric: DeclineMetric, current: number, base: number | null, th: DeclineThresholds): boolean {
  if (base === null) return false;
  if (metric === 'signRate') return base - current > th.points + 1e-9;
  return base > 0 && (base - current) / base > th.fall + 1e-9;
}

/**
 * The basic that explains an advisor's fall, in the manual's order: effective calls, first
 * invites, second invites, visits (short although invites were met: invite quality), else
 * signing (the basics met: skills and negotiation, a talk is suggested, §1.2.3). A basic is
 * short when below its weekly quota or fallen by more than the visits threshold against the
 * advisor's own average of the weeks before. A fall of visits stops at visits.
 */
export function causeOf(points: (TrendPoint | null)[], at: number, th: DeclineThresholds, n: number, metric: DeclineMetric): DeclineAdvisor['cause'] {
  const p = points[at]!;
  const short = (key: keyof TrendPoint, quota: number) => {
    const base = averageOf(points, at, n, key);
    return p[key] < quota || fell('visits', p[key], base, th);
  };
  if (short('effectiveCalls', p.callTarget)) return 'calls';
  if (short('firstInvites', th.firstInvites)) return 'first-invites';
  if (short('secondInvites', th.secondInvites)) return 'second-invites';
  // Visits fell with the invites met: the invites' quality.
  if (metric === 'visits' || short('visits', th.visits)) return 'visits';
  return 'signing';
}

function valueOf(p: TrendPoint, metric: DeclineMetric): number {
  return metric === 'visits' ? p.visits : p.signRate;
}

/**
 * The center's decline of `metric` in the history's last week against the week before and the
 * average of the weeks before it; null when there is not enough history to compare.
 */
export function declineOf(history: History, metric: DeclineMetric, th: DeclineThresholds): Decline | null {
  const n = Math.max(1, th.baselineWeeks);
  const at = history.weeks.length - 1;
  const cur = history.center[at];
  const prev = history.center[at - 1];
  if (!cur || !prev) return null;
  // A sign rate needs visits on both sides to be compared.
  if (metric === 'signRate' && (cur.visits === 0 || prev.visits === 0)) return null;
  const base = baseline(history.center, at, n, metric);
  if (base === null) return null;
  const current = valueOf(cur, metric);
  const previous = valueOf(prev, metric);
  const declined = fell(metric, current, previous, th) && fell(metric, current, base, th);
  const advisors: DeclineAdvisor[] = [];
  if (declined) {
    for (const [advisor, points] of history.advisors) {
      const mine = points[at];
      const before = points[at - 1];
      if (!mine || !before) continue;
      if (metric === 'signRate' && (mine.visits === 0 || before.visits === 0)) continue;
      const own = baseline(points, at, n, metric);
      const now = valueOf(mine, metric);
      const then = valueOf(before, metric);
      // Named when the advisor's own figure fell as the center's did: against the week before and their own average.
      if (!fell(metric, now, then, th) || (own !== null && !fell(metric, now, own, th))) continue;
      advisors.push({ advisor, metric, previous: then, current: now, cause: causeOf(points, at, th, n, metric) });
    }
  }
  return { metric, current, previous, baseline: metric === 'visits' ? Math.round(base * 10) / 10 : base, declined, advisors };
}
