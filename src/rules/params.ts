/**
 * A rule's parameters in force, typed by the rule's own schema: `paramsOf(config, 'calls.weekly')
 * .perCallDay` is a number, an unknown id or parameter fails to compile. The config loader filled
 * every rule of the registry (defaults < clubcrm.config.json) and checked each value against its
 * kind, so the cast here is what the loader guaranteed.
 */
import type { DeclineMetric, DeclineThresholds } from '../analysis/decline.js';
import type { ManualQuotas } from '../analysis/target-plan.js';
import type { Config } from '../config/types.js';
import type { DayQuota } from '../metrics/week-metrics.js';
import type { ParamsOf, RuleId } from './index.js';

/** The parameters of rule `id` in force (config over defaults). */
export function paramsOf<I extends RuleId>(config: Config, id: I): ParamsOf<I> {
  return config.rules[id] as unknown as ParamsOf<I>;
}

/** What a call day is counted against (metrics/week-metrics.ts): calls.daily's target, calls.weekly's leave policy. */
export function dayQuota(config: Config): DayQuota {
  return { perDay: paramsOf(config, 'calls.daily').perDay, leave: paramsOf(config, 'calls.weekly') };
}

/** The figures a month's target plan works back with (analysis/target-plan.ts). */
export function manualQuotas(config: Config): ManualQuotas {
  return {
    firstInvites: paramsOf(config, 'invites.first').perWeek,
    secondInvites: paramsOf(config, 'invites.second').perWeek,
    visits: paramsOf(config, 'visits.total').perWeek,
    callsPerCallDay: paramsOf(config, 'calls.weekly').perCallDay,
    signRate: paramsOf(config, 'contracts.sign-rate').target,
    planDueDay: paramsOf(config, 'renewals.plan-due').dueDayOfMonth,
  };
}

/** The figures a decline of `metric` is judged by (analysis/decline.ts); the baseline is the metric's rule's. */
export function declineThresholds(config: Config, metric: DeclineMetric): DeclineThresholds {
  const visits = paramsOf(config, 'analysis.visits-decline');
  const signRate = paramsOf(config, 'analysis.sign-rate-decline');
  return {
    fall: visits.fall,
    points: signRate.points,
    baselineWeeks: (metric === 'visits' ? visits : signRate).baselineWeeks,
    firstInvites: paramsOf(config, 'invites.first').perWeek,
    secondInvites: paramsOf(config, 'invites.second').perWeek,
    visits: paramsOf(config, 'visits.total').perWeek,
  };
}

/** The day of the month a renewal plan is due (metrics/month.ts). */
export function planDueDay(config: Config): number {
  return paramsOf(config, 'renewals.plan-due').dueDayOfMonth;
}
