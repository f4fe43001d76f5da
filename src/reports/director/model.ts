/**
 * The director's monthly summary (月度汇总) as data: what `director-summary` writes to its
 * workbook, prints, and gives as `--json`. Pure: dataset, config, month, as-of and the engine's
 * month check in; the model out. No files, no printing, no clock.
 *
 * Which figure comes from where (the engine is the authority for every rule it evaluates):
 * - engine (checkMonth): the team-bonus status (`team.bonus`); which renewals are not counted
 *   (`renewals.unplanned`, matched to contracts by evidence row) and each plan's timeliness
 *   (`renewals.plan-due`); mix, sign-rate, renewal-share and talk statuses
 *   (`contracts.type-mix`, `contracts.course-mix`, `contracts.sign-rate`, `renewals.share`,
 *   `team.talks`) and the month sign rate per advisor; the weekly metrics and `calls.weekly` /
 *   `invites.makeup` results of each week (weekly trend, weeks that met the call quota, bonus
 *   reasons); `referrals.owner` warnings.
 * - here: contract counts and amounts by type and course, the shares against the mix targets
 *   (per-share deviation), sales amount (contracts less the renewals the engine left out),
 *   targets against results, the awards (awards.ts), referral rewards due
 *   (referral-rewards.ts), the lead-source table (lead-sources.ts), the fabricated callbacks
 *   named as bonus reasons, talk counts. A mix status is derived from the shares only when the
 *   engine gave none.
 */
import { addDays, addMonths } from '../../calendar/local-date.js';
import type { AsOf } from '../../calendar/local-date.js';
import { weekContaining } from '../../calendar/week.js';
import { INVALID_OUTCOMES } from '../../config/defaults.js';
import type { Config } from '../../config/types.js';
import type { Dataset, InputFile } from '../../dataset/types.js';
import type { ContractRecord, ContractType, CourseKind, Origin } from '../../model/records.js';
import type { CheckReport, RuleResult, Status, WeekInfo } from '../../model/results.js';
import { maskPhone, maskPhones } from '../../privacy/mask.js';
import { enrollmentAward, firstOrderAward, isEnrollment } from './awards.js';
import { leadSources, type LeadSourceRow } from './lead-sources.js';
import { ratio } from './ratio.js';
import { referralRewardsDue, type ReferralReward } from './referral-rewards.js';

/** What the engine's `checkMonth` returns (its contract, as the engine helper implements it). */
export interface MonthCheck {
  month: string;
  weeks: CheckReport[];
  results: RuleResult[];
}

export const CONTRACT_TYPES: readonly ContractType[] = ['new', 'referral', 'renewal'];
export const COURSE_KINDS: readonly CourseKind[] = ['one_year', 'multi_year', 'installment'];

/** One share of a mix against its target. */
export interface MixShare<K extends string> {
  key: K;
  count: number;
  /** count / all contracts of the mix; null when there are none. */
  share: number | null;
  target: number;
  /** share - target; null when there are no contracts. */
  deviation: number | null;
  /** Whether |deviation| exceeds the tolerance. */
  off: boolean;
}

/** A mix (type or course) with its status. */
export interface Mix<K extends string> {
  shares: MixShare<K>[];
  tolerance: number;
  status: Status;
  /** 'engine' when the status is the engine's result, 'shares' when derived here. */
  statusSource: 'engine' | 'shares';
}

/** A target against its result. */
export interface TargetCheck {
  target: number | null;
  actual: number;
  /** null when there is no target. */
  status: Status | null;
}

/** Why the team bonus is cancelled (or still open). */
export interface BonusReason {
  kind: 'calls-weekly' | 'makeup' | 'fabricated-callback' | 'week-open' | 'engine';
  advisor: string | null;
  /** Week start of the week concerned. */
  week: string | null;
  /** The callback's date (fabricated-callback). */
  date: string | null;
  /** Masked phone of the call found fabricated. */
  phone: string | null;
  actual: number | null;
  target: number | null;
  /** The engine's own message (kind 'engine'), phones masked. */
  message: string | null;
  evidence: Origin[];
}

/** A renewal contract signed in the month and whether it counts toward the month's sales. */
export interface RenewalDone {
  date: string;
  advisor: string;
  student: string | null;
  /** Masked. */
  phone: string | null;
  amount: number;
  counted: boolean;
  /** Why it is not counted: the plan was late, missing, or the student is outside it. */
  reason: 'plan-late' | 'no-plan' | 'outside-plan' | null;
  origin: Origin;
}

/** Renewal plan and results of one advisor. */
export interface AdvisorRenewals {
  advisor: string;
  planned: number;
  plannedAmount: number;
  /** Latest submission date of the month's plan rows, or null. */
  submitted: string | null;
  /** The engine's `renewals.plan-due` status, or null when it did not evaluate this advisor. */
  planStatus: Status | null;
  done: number;
  counted: { count: number; amount: number };
  notCounted: { count: number; amount: number };
}

/** One advisor's week, from the engine's weekly metrics. */
export interface TrendWeek {
  week: string;
  advisor: string;
  effectiveCalls: number;
  callTarget: number | null;
  /** The engine's `calls.weekly` status for the advisor and week. */
  callStatus: Status | null;
  visits: number;
  contracts: number;
  amount: number;
  signRate: number;
}

/** One advisor's month. */
export interface AdvisorMonth {
  advisor: string;
  enrollments: TargetCheck;
  amount: TargetCheck;
  contracts: number;
  contractAmount: number;
  byType: Record<ContractType, number>;
  renewalsNotCounted: number;
  /** Month sign rate (engine's `contracts.sign-rate` actual). */
  signRate: number | null;
  signRateStatus: Status | null;
  weeksMet: number;
  weeks: number;
  talks: number;
  talkDates: string[];
  talksStatus: Status | null;
}

/** A referral whose referrer is on another advisor's roster (engine `referrals.owner`). */
export interface OwnerWarning {
  advisor: string | null;
  message: string;
  evidence: Origin[];
}

/** The whole summary. */
export interface DirectorSummary {
  center: string;
  month: string;
  monthStart: string;
  monthEnd: string;
  asOf: string;
  /** True once the month's last day and last week have closed at the as-of time. */
  closed: boolean;
  weeks: WeekInfo[];
  contracts: {
    count: number;
    amount: number;
    byType: Record<ContractType, number>;
    byCourse: Record<CourseKind, number>;
    /** Contracts whose type or course is blank (counted in `count`, in no mix). */
    untyped: number;
    uncoursed: number;
  };
  salesAmount: number;
  renewals: {
    counted: { count: number; amount: number };
    notCounted: { count: number; amount: number };
    planned: number;
    plannedAmount: number;
    /** Counted renewal amount / sales amount (engine `renewals.share` actual when given). */
    share: number | null;
    shareTarget: number;
    shareStatus: Status | null;
    done: RenewalDone[];
    byAdvisor: AdvisorRenewals[];
  };
  typeMix: Mix<ContractType>;
  courseMix: Mix<CourseKind>;
  /** The center's targets against results, and its month sign rate. */
  totals: { enrollments: TargetCheck; amount: TargetCheck; signRate: number | null; signRateStatus: Status | null };
  signRateTarget: number;
  teamBonus: { status: 'kept' | 'cancelled' | 'pending'; ruleStatus: Status | null; reasons: BonusReason[] };
  awards: {
    enrollment: string | null;
    enrollmentCount: number;
    enrollmentTied: string[];
    enrollmentReachedOn: string | null;
    firstOrder: string | null;
    firstOrderDate: string | null;
    firstOrderStudent: string | null;
  };
  advisors: AdvisorMonth[];
  trend: TrendWeek[];
  referralRewards: { due: ReferralReward[]; noStart: ReferralReward[]; totalAmount: number };
  referralOwner: OwnerWarning[];
  leadSources: { rows: LeadSourceRow[]; total: LeadSourceRow };
  files: InputFile[];
  /** Rule parameters used, for the About sheet. */
  config: Record<string, unknown>;
}

/** Everything the model is built from. */
export interface SummaryInput {
  dataset: Dataset;
  config: Config;
  month: string;
  asOf: AsOf;
  check: MonthCheck;
}

/** First and last day of `YYYY-MM`. */
export function monthBounds(month: string): { start: string; end: string } {
  const start = `${month}-01`;
  return { start, end: addDays(addMonths(start, 1), -1) };
}

/** The center weeks of a month: those whose Friday falls in it (manual, "The center's week"). */
export function weeksOfMonth(month: string, config: Config): WeekInfo[] {
  const { start, end } = monthBounds(month);
  const weeks: WeekInfo[] = [];
  for (let d = addDays(start, -6); d <= addDays(end, 6); d = addDays(d, 7)) {
    const w = weekContaining(d, config);
    if (w.month === month && !weeks.some((x) => x.start === w.start)) weeks.push(w);
  }
  return weeks.sort((a, b) => (a.start < b.start ? -1 : 1));
}

function sameOrigin(a: Origin, b: Origin): boolean {
  return a.file === b.file && a.sheet === b.sheet && a.row === b.row;
}

function num(params: Record<string, unknown> | undefined, key: string, fallback: number): number {
  const v = params?.[key];
  return typeof v === 'number' ? v : fallback;
}

/** The worst of several statuses (missed > pending > met > excused). */
function worst(statuses: Status[]): Status | null {
  for (const s of ['missed', 'pending', 'met', 'excused'] as Status[]) if (statuses.includes(s)) return s;
  return null;
}

function targetCheck(target: number | null, actual: number, closed: boolean): TargetCheck {
  if (target === null) return { target, actual, status: null };
  return { target, actual, status: actual >= target ? 'met' : closed ? 'missed' : 'pending' };
}

function buildMix<K extends string>(
  keys: readonly K[],
  counts: Record<K, number>,
  params: Record<string, unknown> | undefined,
  engineStatus: Status | null,
  closed: boolean,
): Mix<K> {
  const tolerance = num(params, 'tolerance', 0);
  const total = keys.reduce((s, k) => s + counts[k], 0);
  const shares = keys.map((key) => {
    const target = num(params, key, 0);
    const share = ratio(counts[key], total);
    const deviation = share === null ? null : Math.round((share - target) * 10000) / 10000;
    // Rounded so a share exactly at the tolerance (e.g. 20% against 30% +- 10) is not "off" by float noise.
    const off = deviation !== null && Math.round(Math.abs(deviation) * 1e9) > Math.round(tolerance * 1e9);
    return { key, count: counts[key], share, target, deviation, off };
  });
  if (engineStatus) return { shares, tolerance, status: engineStatus, statusSource: 'engine' };
  const derived: Status = total === 0 ? (closed ? 'excused' : 'pending') : shares.some((s) => s.off) ? (closed ? 'missed' : 'pending') : 'met';
  return { shares, tolerance, status: derived, statusSource: 'shares' };
}

/** Builds the director's summary of `month`. */
export function buildDirectorSummary(input: SummaryInput): DirectorSummary {
  const { dataset, config, month, asOf, check } = input;
  const { start: monthStart, end: monthEnd } = monthBounds(month);
  const records = dataset.records;
  const rules = config.rules;
  const monthResults = check.results;
  const weekResults = check.weeks.flatMap((w) => w.results);
  const find = (rule: string, advisor: string | null) =>
    monthResults.filter((r) => r.rule === rule && r.advisor === advisor && r.period === month);

  const weeks = weeksOfMonth(month, config);
  const lastClose = weeks.length > 0 ? `${weeks[weeks.length - 1]!.sunday}T${config.closeOfBusiness}:00` : `${monthEnd}T23:59:59`;
  const closed = asOf.local >= `${monthEnd}T23:59:59` && asOf.local >= lastClose;

  // --- contracts of the month (calendar month of the signing date)
  const monthContracts = records.contracts.filter((c) => c.date >= monthStart && c.date <= monthEnd);
  const byType = { new: 0, referral: 0, renewal: 0 } as Record<ContractType, number>;
  const byCourse = { one_year: 0, multi_year: 0, installment: 0 } as Record<CourseKind, number>;
  let untyped = 0;
  let uncoursed = 0;
  for (const c of monthContracts) {
    if (c.type) byType[c.type]++;
    else untyped++;
    if (c.course) byCourse[c.course]++;
    else uncoursed++;
  }
  const amountOf = (list: readonly ContractRecord[]) => list.reduce((s, c) => s + (c.amount ?? 0), 0);
  const contractAmount = amountOf(monthContracts);

  // --- renewals: the engine decides which are not counted
  const unplanned = monthResults.filter((r) => r.rule === 'renewals.unplanned' && r.status === 'missed');
  const planDue = monthResults.filter((r) => r.rule === 'renewals.plan-due');
  const planRows = records.renewals.filter((r) => r.month === month);
  const done: RenewalDone[] = monthContracts
    .filter((c) => c.type === 'renewal')
    .map((c) => {
      const notCounted = unplanned.some((r) => r.evidence.some((e) => sameOrigin(e, c.origin)));
      let reason: RenewalDone['reason'] = null;
      if (notCounted) {
        const plan = planDue.find((r) => r.advisor === c.advisor);
        const hasPlan = planRows.some((p) => p.advisor === c.advisor);
        reason = !hasPlan ? 'no-plan' : plan?.status === 'missed' ? 'plan-late' : 'outside-plan';
      }
      return {
        date: c.date,
        advisor: c.advisor,
        student: c.student === null ? null : maskPhones(c.student),
        phone: c.phone === null ? null : maskPhone(c.phone),
        amount: c.amount ?? 0,
        counted: !notCounted,
        reason,
        origin: c.origin,
      };
    });
  const sum = (list: RenewalDone[]) => ({ count: list.length, amount: list.reduce((s, r) => s + r.amount, 0) });
  const counted = sum(done.filter((r) => r.counted));
  const notCounted = sum(done.filter((r) => !r.counted));
  const salesAmount = contractAmount - notCounted.amount;

  // --- advisors: the dataset's, then anyone else the month's records name
  const names: string[] = [...dataset.advisors];
  const addName = (n: string | null) => {
    if (n && !names.includes(n)) names.push(n);
  };
  monthContracts.forEach((c) => addName(c.advisor));
  planRows.forEach((p) => addName(p.advisor));
  check.weeks.forEach((w) => w.advisors.forEach((a) => addName(a.advisor)));

  // --- targets (targets form, period = the month; blank advisor = the center)
  const targetOf = (advisor: string | null, field: 'enrollments' | 'amount'): number | null => {
    const rows = records.targets.filter((t) => t.period === month && t.advisor === advisor && t[field] !== null);
    return rows.length > 0 ? rows[rows.length - 1]![field] : null;
  };
  const enrollments = monthContracts.filter(isEnrollment).length;

  // --- weekly trend and call quota, from the engine's weeks
  const trend: TrendWeek[] = [];
  for (const w of check.weeks) {
    for (const a of w.advisors) {
      const call = w.results.find((r) => r.rule === 'calls.weekly' && r.advisor === a.advisor);
      trend.push({
        week: w.week.start,
        advisor: a.advisor,
        effectiveCalls: a.metrics.effectiveCalls,
        callTarget: call?.target ?? null,
        callStatus: call?.status ?? null,
        visits: a.metrics.firstVisits + a.metrics.secondVisits,
        contracts: a.metrics.contracts,
        amount: a.metrics.amount,
        signRate: a.metrics.signRate,
      });
    }
  }
  trend.sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : names.indexOf(a.advisor) - names.indexOf(b.advisor)));

  const signTarget = num(rules['contracts.sign-rate'], 'target', 0);
  const advisors: AdvisorMonth[] = names.map((advisor) => {
    const mine = monthContracts.filter((c) => c.advisor === advisor);
    const mineType = { new: 0, referral: 0, renewal: 0 } as Record<ContractType, number>;
    mine.forEach((c) => c.type && mineType[c.type]++);
    const notCountedAmount = done.filter((r) => r.advisor === advisor && !r.counted).reduce((s, r) => s + r.amount, 0);
    const sign = find('contracts.sign-rate', advisor)[0];
    const talks = records.talks.filter((t) => t.advisor === advisor && t.date >= monthStart && t.date <= monthEnd);
    const talkResult = find('team.talks', advisor)[0];
    const callWeeks = weekResults.filter((r) => r.rule === 'calls.weekly' && r.advisor === advisor);
    return {
      advisor,
      enrollments: targetCheck(targetOf(advisor, 'enrollments'), mine.filter(isEnrollment).length, closed),
      amount: targetCheck(targetOf(advisor, 'amount'), amountOf(mine) - notCountedAmount, closed),
      contracts: mine.length,
      contractAmount: amountOf(mine),
      byType: mineType,
      renewalsNotCounted: done.filter((r) => r.advisor === advisor && !r.counted).length,
      signRate: sign?.actual ?? null,
      signRateStatus: sign?.status ?? null,
      weeksMet: callWeeks.filter((r) => r.status === 'met' || r.status === 'excused').length,
      weeks: callWeeks.length,
      talks: talks.length,
      talkDates: talks.map((t) => t.date).sort(),
      talksStatus: talkResult?.status ?? null,
    };
  });

  // --- renewals per advisor
  const byAdvisor: AdvisorRenewals[] = names
    .map((advisor) => {
      const plans = planRows.filter((p) => p.advisor === advisor);
      const mine = done.filter((r) => r.advisor === advisor);
      const submitted = plans.map((p) => p.submitted).filter((s): s is string => !!s).sort();
      return {
        advisor,
        planned: plans.length,
        plannedAmount: plans.reduce((s, p) => s + (p.expected_amount ?? 0), 0),
        submitted: submitted[submitted.length - 1] ?? null,
        planStatus: planDue.find((r) => r.advisor === advisor)?.status ?? null,
        done: mine.length,
        counted: sum(mine.filter((r) => r.counted)),
        notCounted: sum(mine.filter((r) => !r.counted)),
      };
    })
    .filter((a) => a.planned > 0 || a.done > 0 || a.planStatus !== null);
  const shareResult = find('renewals.share', null)[0];

  // --- team bonus: the engine's decision; the reasons named from the weeks and callbacks
  const bonus = find('team.bonus', null)[0];
  const reasons: BonusReason[] = [];
  for (const r of weekResults) {
    if (r.status !== 'missed' || (r.rule !== 'calls.weekly' && r.rule !== 'invites.makeup')) continue;
    reasons.push({
      kind: r.rule === 'calls.weekly' ? 'calls-weekly' : 'makeup',
      advisor: r.advisor,
      week: r.period,
      date: null,
      phone: null,
      actual: r.actual,
      target: r.target,
      message: null,
      evidence: r.evidence,
    });
  }
  const firstDay = weeks[0]?.start ?? monthStart;
  const lastDay = weeks[weeks.length - 1]?.end ?? monthEnd;
  for (const cb of records.callbacks) {
    if (cb.result !== 'fabricated' || cb.date < firstDay || cb.date > lastDay) continue;
    reasons.push({
      kind: 'fabricated-callback',
      advisor: cb.advisor,
      week: weeks.find((w) => cb.date >= w.start && cb.date <= w.end)?.start ?? null,
      date: cb.date,
      phone: cb.phone === null ? null : maskPhone(cb.phone),
      actual: null,
      target: null,
      message: null,
      evidence: [cb.origin],
    });
  }
  reasons.sort((a, b) => ((a.week ?? '') < (b.week ?? '') ? -1 : (a.week ?? '') > (b.week ?? '') ? 1 : names.indexOf(a.advisor ?? '') - names.indexOf(b.advisor ?? '')));
  const bonusStatus: DirectorSummary['teamBonus']['status'] =
    bonus?.status === 'missed' ? 'cancelled' : bonus?.status === 'met' ? 'kept' : 'pending';
  if (bonusStatus === 'cancelled' && reasons.length === 0) {
    reasons.push({ kind: 'engine', advisor: bonus!.advisor, week: null, date: null, phone: null, actual: bonus!.actual, target: bonus!.target, message: maskPhones(bonus!.message), evidence: bonus!.evidence });
  }
  if (bonusStatus === 'pending' && reasons.length === 0) {
    // Say what the decision is waiting for: the weeks not yet closed at the as-of time.
    for (const w of weeks) {
      if (asOf.local < `${w.friday}T${config.closeOfBusiness}:00` || asOf.local < `${w.sunday}T${config.closeOfBusiness}:00`) {
        reasons.push({ kind: 'week-open', advisor: null, week: w.start, date: null, phone: null, actual: null, target: null, message: null, evidence: [] });
      }
    }
  }

  // --- awards (here: the engine has no rule for them)
  const award = enrollmentAward(monthContracts);
  const first = firstOrderAward(monthContracts);

  // --- referrals
  const rewardParams = rules['referrals.reward-due'];
  const rewards = referralRewardsDue(records.contracts, monthStart, monthEnd, {
    months: num(rewardParams, 'months', 0),
    amount: num(rewardParams, 'amount', 0),
    salonClasses: num(rewardParams, 'salonClasses', 0),
  });
  const referralOwner = monthResults
    .filter((r) => r.rule === 'referrals.owner' && r.status === 'missed')
    .map((r) => ({ advisor: r.advisor, message: maskPhones(r.message), evidence: r.evidence }));

  const typeStatus = worst(find('contracts.type-mix', null).map((r) => r.status));
  const courseStatus = worst(find('contracts.course-mix', null).map((r) => r.status));
  const centerSign = find('contracts.sign-rate', null)[0];

  const usedRules = [
    'team.bonus',
    'renewals.plan-due',
    'renewals.unplanned',
    'contracts.type-mix',
    'contracts.course-mix',
    'contracts.sign-rate',
    'renewals.share',
    'referrals.reward-due',
    'referrals.owner',
    'team.talks',
    'calls.weekly',
  ];
  const configUsed: Record<string, unknown> = { timeZone: config.timeZone, closeOfBusiness: config.closeOfBusiness };
  for (const id of usedRules) if (rules[id]) configUsed[id] = rules[id];

  return {
    center: config.center,
    month,
    monthStart,
    monthEnd,
    asOf: asOf.iso,
    closed,
    weeks,
    contracts: { count: monthContracts.length, amount: contractAmount, byType, byCourse, untyped, uncoursed },
    salesAmount,
    renewals: {
      counted,
      notCounted,
      planned: planRows.length,
      plannedAmount: planRows.reduce((s, p) => s + (p.expected_amount ?? 0), 0),
      share: shareResult?.actual ?? ratio(counted.amount, salesAmount),
      shareTarget: num(rules['renewals.share'], 'target', 0),
      shareStatus: shareResult?.status ?? null,
      done,
      byAdvisor,
    },
    typeMix: buildMix(CONTRACT_TYPES, byType, rules['contracts.type-mix'], typeStatus, closed),
    courseMix: buildMix(COURSE_KINDS, byCourse, rules['contracts.course-mix'], courseStatus, closed),
    totals: {
      enrollments: targetCheck(targetOf(null, 'enrollments'), enrollments, closed),
      amount: targetCheck(targetOf(null, 'amount'), salesAmount, closed),
      signRate: centerSign?.actual ?? null,
      signRateStatus: centerSign?.status ?? null,
    },
    signRateTarget: signTarget,
    teamBonus: { status: bonusStatus, ruleStatus: bonus?.status ?? null, reasons },
    awards: {
      enrollment: award.winner,
      enrollmentCount: award.count,
      enrollmentTied: award.tied,
      enrollmentReachedOn: award.reachedOn,
      firstOrder: first?.advisor ?? null,
      firstOrderDate: first?.date ?? null,
      firstOrderStudent: first?.student == null ? null : maskPhones(first.student),
    },
    advisors,
    trend,
    referralRewards: { ...rewards, totalAmount: rewards.due.reduce((s, r) => s + r.amount, 0) },
    referralOwner,
    leadSources: leadSources(records, monthStart, monthEnd, INVALID_OUTCOMES),
    files: dataset.files,
    config: configUsed,
  };
}

/** The `--json` of `director-summary` (spec/commands.md), phones already masked in the model. */
export function summaryJson(s: DirectorSummary, file: string): Record<string, unknown> {
  return {
    center: s.center,
    month: s.month,
    asOf: s.asOf,
    contracts: { count: s.contracts.count, amount: s.contracts.amount, byType: s.contracts.byType, byCourse: s.contracts.byCourse },
    salesAmount: s.salesAmount,
    renewals: { counted: s.renewals.counted, notCounted: s.renewals.notCounted, planned: s.renewals.planned, share: s.renewals.share },
    teamBonus: {
      status: s.teamBonus.status,
      reasons: s.teamBonus.reasons.map((r) => ({ kind: r.kind, advisor: r.advisor, week: r.week, date: r.date, phone: r.phone, actual: r.actual, target: r.target })),
    },
    awards: { enrollment: s.awards.enrollment, firstOrder: s.awards.firstOrder },
    typeMix: s.typeMix,
    courseMix: s.courseMix,
    targets: { enrollments: s.totals.enrollments, amount: s.totals.amount },
    advisors: s.advisors.map((a) => ({
      advisor: a.advisor,
      enrollments: a.enrollments,
      amount: a.amount,
      contracts: a.contracts,
      signRate: a.signRate,
      weeksMet: a.weeksMet,
      weeks: a.weeks,
      talks: a.talks,
    })),
    referralRewards: s.referralRewards.due.map((r) => ({
      advisor: r.advisor,
      referrer: r.referrer,
      student: r.student,
      phone: r.phone,
      start: r.start,
      due: r.due,
      amount: r.amount,
      salonClasses: r.salonClasses,
    })),
    leadSources: s.leadSources.rows,
    file,
  };
}
