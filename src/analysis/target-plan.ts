/**
 * Targets turned into weekly work (issue 15; manual §1.1.1 目标管理 "set each advisor's weekly
 * and monthly targets and quantify the daily work from them"). From the month's targets (the
 * targets form: center and per advisor), work back with each advisor's own rates over the last
 * 4 closed weeks - or the manual's 30% and the quota ratios when there are fewer - to what the
 * advisor still needs per remaining week: contracts, visits, invites, effective calls, rounded up.
 */
import { datePart, type AsOf } from '../calendar/local-date.js';
import { callsClose, weeksOfMonth } from '../calendar/week.js';
import { TARGET_RATE_WEEKS as RATE_WEEKS, WEEK_DEFAULTS } from '../config/defaults.js';
import type { Config } from '../config/types.js';
import type { Dataset } from '../dataset/types.js';
import { monthContracts, renewalCounting } from '../metrics/month.js';
import { ratio4 } from '../metrics/week-metrics.js';
import type { History, TrendPoint } from './history.js';
import type { TargetPlan } from '../model/analysis.js';

export type { TargetPlan };

/**
 * The rules' figures a plan works back with (handed down by the rules, rules/params.ts
 * manualQuotas): the weekly quotas, the sign-rate target and the renewal plan's due day.
 */
export interface ManualQuotas {
  firstInvites: number;
  secondInvites: number;
  visits: number;
  callsPerCallDay: number;
  signRate: number;
  planDueDay: number;
}

/** The manual's rates: 30% of visits sign; visits per invite and invites per call from the weekly quotas. */
export function manualRates(quotas: ManualQuotas): TargetPlan['rates'] {
  const invites = quotas.firstInvites + quotas.secondInvites;
  const calls = quotas.callsPerCallDay * WEEK_DEFAULTS.callDays.length;
  return {
    signRate: quotas.signRate,
    visitRate: ratio4(quotas.visits, invites),
    inviteRate: ratio4(invites, calls),
    source: 'manual',
  };
}

/** An advisor's own rates over the last 4 closed weeks with data; null with fewer weeks or a zero rate. */
export function ownRates(points: (TrendPoint | null)[], closed: boolean[]): Omit<TargetPlan['rates'], 'source'> | null {
  const weeks = points.filter((p, i): p is TrendPoint => p !== null && closed[i] === true).slice(-RATE_WEEKS);
  if (weeks.length < RATE_WEEKS) return null;
  const sum = (f: (p: TrendPoint) => number) => weeks.reduce((s, p) => s + f(p), 0);
  const visits = sum((p) => p.visits);
  const invites = sum((p) => p.firstInvites + p.secondInvites);
  const calls = sum((p) => p.effectiveCalls);
  const rates = { signRate: ratio4(sum((p) => p.enrollments), visits), visitRate: ratio4(visits, invites), inviteRate: ratio4(invites, calls) };
  return rates.signRate > 0 && rates.visitRate > 0 && rates.inviteRate > 0 ? rates : null;
}

const up = (x: number) => Math.max(0, Math.ceil(x - 1e-9));

/** The targets of the month per advisor: own rows, else an even share of what the center's target leaves. */
function monthTargets(dataset: Dataset, month: string, advisors: string[]): Map<string, TargetPlan['target']> {
  const last = (advisor: string | null, field: 'enrollments' | 'amount'): number | null => {
    const rows = dataset.records.targets.filter((t) => t.period === month && t.advisor === advisor && t[field] !== null);
    return rows.length > 0 ? rows[rows.length - 1]![field] : null;
  };
  const out = new Map<string, TargetPlan['target']>();
  const share = (field: 'enrollments' | 'amount'): number | null => {
    const center = last(null, field);
    if (center === null) return null;
    const own = advisors.map((a) => last(a, field));
    const rest = own.filter((v) => v === null).length;
    if (rest === 0) return null;
    const left = Math.max(0, center - own.reduce<number>((s, v) => s + (v ?? 0), 0));
    return field === 'enrollments' ? Math.ceil(left / rest) : Math.round(left / rest);
  };
  const shares = { enrollments: share('enrollments'), amount: share('amount') };
  for (const a of advisors) {
    const target = { contracts: last(a, 'enrollments') ?? shares.enrollments, amount: last(a, 'amount') ?? shares.amount };
    if (target.contracts !== null || target.amount !== null) out.set(a, target);
  }
  return out;
}

/** Each advisor's plan for the month of the week checked; advisors without a target are left out. */
export function targetPlan(dataset: Dataset, config: Config, month: string, advisors: string[], asOf: AsOf, history: History, quotas: ManualQuotas): Record<string, TargetPlan> {
  const targets = monthTargets(dataset, month, advisors);
  if (targets.size === 0) return {};
  const today = datePart(asOf.local);
  // The weeks whose calls are still to be made (a week closed on Friday is done).
  const weeksLeft = weeksOfMonth(month, config).filter((w) => callsClose(w, config) > asOf.local).length;
  const contracts = monthContracts(dataset, config, month, today);
  const notCounted = renewalCounting(dataset, config, month, quotas.planDueDay, today).filter((r) => !r.counted).map((r) => r.contract);
  const out: Record<string, TargetPlan> = {};
  for (const advisor of advisors) {
    const target = targets.get(advisor);
    if (!target) continue;
    const mine = contracts.filter((c) => c.advisor === advisor);
    const done = {
      contracts: mine.filter((c) => c.type === 'new' || c.type === 'referral').length,
      amount: mine.filter((c) => !notCounted.includes(c)).reduce((s, c) => s + (c.amount ?? 0), 0),
    };
    const points = history.advisors.get(advisor) ?? [];
    const own = ownRates(points, history.closed);
    const rates: TargetPlan['rates'] = own ? { ...own, source: 'own' } : manualRates(quotas);
    // Contracts still needed: for the count, and for the amount at the advisor's average contract.
    const held = points.filter((p): p is TrendPoint => p !== null);
    const signed = held.reduce((s, p) => s + p.contracts, 0);
    const average = signed > 0 ? held.reduce((s, p) => s + p.amount, 0) / signed : null;
    const forCount = target.contracts === null ? 0 : target.contracts - done.contracts;
    const forAmount = target.amount === null || average === null ? 0 : (target.amount - done.amount) / average;
    const needed = Math.max(0, forCount, forAmount);
    const weeks = Math.max(1, weeksLeft);
    const visits = needed / rates.signRate;
    const invites = visits / rates.visitRate;
    out[advisor] = {
      month,
      target,
      done,
      perWeek: {
        contracts: up(needed / weeks),
        visits: up(visits / weeks),
        invites: up(invites / weeks),
        effectiveCalls: up(invites / rates.inviteRate / weeks),
      },
      weeksLeft,
      rates,
    };
  }
  return out;
}
