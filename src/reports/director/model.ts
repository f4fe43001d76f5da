/**
 * The director's monthly summary (月度汇总) as data: what `director-summary` writes to its
 * workbook, prints, and gives as `--json`. Pure: dataset, config, month, as-of and the engine's
 * month check in; the model out. No files, no printing, no clock.
 *
 * A month is the calendar month for everything dated by its own date (contracts and their mixes,
 * the sign rate and its visits, renewals, awards, referral rewards, targets, talks, lead sources:
 * calendar/month.ts); only the team bonus and the weekly trend keep the weeks whose Friday falls
 * in the month (calendar/week weeksOfMonth), so the week 2026-11-25..12-01 is November's there.
 *
 * Which figure comes from where (the engine is the authority for every rule it evaluates):
 * - engine: the month's weeks and range; the contracts of the month (metrics/month
 *   monthContracts); which renewals count and why (renewalCounting) and sales results
 *   (salesAmount); the team-bonus decision and its misses (checkMonth.teamBonus); the statuses of
 *   `contracts.type-mix`, `contracts.course-mix`, `renewals.share` (and its ratio),
 *   `renewals.plan-due`, `team.talks`, `referrals.owner`; the rewards of `referrals.reward-due`
 *   (due date, amount, salon classes); weekly metrics and `calls.weekly` / `contracts.sign-rate`
 *   results of each week (trend, weeks that met the call quota).
 * - here: counts and amounts by type, course and advisor; each share against its target;
 *   targets (targets form) against results; the month sign rate per advisor (new + referral
 *   contracts of the month / the families that came to a session in the month, metrics/month
 *   monthVisits: the engine judges sign rate per week only);
 *   the awards (awards.ts); the lead-source table (lead-sources.ts); talk dates.
 */
import { datePart, type AsOf } from '../../calendar/local-date.js';
import { calendarMonth } from '../../calendar/month.js';
import { monthRange, weekContaining, weeksOfMonth } from '../../calendar/week.js';
import { INVALID_OUTCOMES } from '../../config/defaults.js';
import type { Config } from '../../config/types.js';
import type { Dataset, InputFile } from '../../dataset/types.js';
import type { MonthCheck } from '../../engine/check-week.js';
import { monthContracts, monthVisits, renewalCounting, salesAmount, type RenewalReason } from '../../metrics/month.js';
import type { ContractRecord, ContractType, CourseKind, Origin } from '../../model/records.js';
import type { RuleResult, Status, WeekInfo } from '../../model/results.js';
import { maskPhone, maskPhones } from '../../privacy/mask.js';
import { closeStatus, countStatus } from '../../rules/finding.js';
import { monthClose } from '../../rules/month-close.js';
import { isRule, type RuleId } from '../../rules/index.js';
import { paramsOf, planDueDay } from '../../rules/params.js';
import { enrollmentAward, firstOrderAward, isEnrollment } from './awards.js';
import { leadSources, type LeadSourceRow } from './lead-sources.js';
import { ratio } from './ratio.js';
import { referralRewards, type ReferralReward } from './referral-rewards.js';

export type { MonthCheck };

export const CONTRACT_TYPES: readonly ContractType[] = ['new', 'referral', 'renewal'];
export const COURSE_KINDS: readonly CourseKind[] = ['one_year', 'multi_year', 'installment'];

/** One share of a mix against its target. */
export interface MixShare<K extends string> {
  key: K;
  count: number;
  /** count / all contracts of the mix (4 decimals); null when there are none. */
  share: number | null;
  target: number;
  /** share - target (4 decimals); null when there are no contracts. */
  deviation: number | null;
  /** Whether the share is further from its target than the tolerance. */
  off: boolean;
}

/** A mix (type or course) with the engine's status. */
export interface Mix<K extends string> {
  shares: MixShare<K>[];
  tolerance: number;
  /** The engine's center result; null when it gave none. */
  status: Status | null;
}

/** A target against its result. */
export interface TargetCheck {
  target: number | null;
  actual: number;
  /** null when there is no target. */
  status: Status | null;
}

/** Why the team bonus is cancelled (or what it still waits for). */
export interface BonusReason {
  kind: 'calls-weekly' | 'makeup' | 'fabricated-callback' | 'week-open';
  advisor: string | null;
  /** Week start of the week concerned. */
  week: string | null;
  /** The callback's date (fabricated-callback). */
  date: string | null;
  /** Masked phone of the call found fabricated. */
  phone: string | null;
  actual: number | null;
  target: number | null;
  evidence: Origin[];
}

/** A renewal contract of the month and whether it counts toward the month's sales (engine renewalCounting). */
export interface RenewalDone {
  date: string;
  advisor: string;
  student: string | null;
  /** Masked. */
  phone: string | null;
  amount: number;
  counted: boolean;
  reason: RenewalReason;
  origin: Origin;
}

/** Renewal plan and results of one advisor. */
export interface AdvisorRenewals {
  advisor: string;
  planned: number;
  plannedAmount: number;
  /** Latest submission date of the month's plan rows, or null. */
  submitted: string | null;
  /** The engine's `renewals.plan-due` status, or null when it did not judge this advisor. */
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
  /** The engine's `contracts.sign-rate` status (none in a week without visits). */
  signRateStatus: Status | null;
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
  visits: number;
  /** New + referral contracts / visits of the calendar month; null without visits. */
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
  /** The month's renewal follow-up (issue 15), set by the command. */
  renewalFollowUp?: import('../analysis-model.js').RenewalFollowUp;
  center: string;
  month: string;
  /** First and last day of the calendar month (what every figure dated by its own date covers). */
  monthStart: string;
  monthEnd: string;
  /** First and last day of the month's weeks (the team bonus and the weekly trend). */
  weeksStart: string;
  weeksEnd: string;
  asOf: string;
  /** True once the month's last week has closed at the as-of time. */
  closed: boolean;
  weeks: WeekInfo[];
  contracts: {
    count: number;
    amount: number;
    byType: Record<ContractType, number>;
    byCourse: Record<CourseKind, number>;
  };
  salesAmount: number;
  renewals: {
    counted: { count: number; amount: number };
    notCounted: { count: number; amount: number };
    planned: number;
    plannedAmount: number;
    /** Counted renewal amount / sales amount (engine `renewals.share`). */
    share: number | null;
    shareTarget: number;
    shareStatus: Status | null;
    done: RenewalDone[];
    byAdvisor: AdvisorRenewals[];
  };
  typeMix: Mix<ContractType>;
  courseMix: Mix<CourseKind>;
  /** The center's targets against results, and its month sign rate. */
  totals: { enrollments: TargetCheck; amount: TargetCheck; visits: number; signRate: number | null; signRateStatus: Status | null };
  signRateTarget: number;
  teamBonus: { status: 'kept' | 'cancelled' | 'pending'; reasons: BonusReason[] };
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
  referralRewards: { due: ReferralReward[]; totalAmount: number };
  referralOwner: OwnerWarning[];
  leadSources: { rows: LeadSourceRow[]; total: LeadSourceRow };
  files: InputFile[];
  /** Data issues found while reading (shown as a count: the weekly report and import list them). */
  issues: number;
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

function num(params: Record<string, unknown> | undefined, key: string, fallback: number): number {
  const v = params?.[key];
  return typeof v === 'number' ? v : fallback;
}

function buildMix<K extends string>(keys: readonly K[], counts: Record<K, number>, params: Record<string, unknown> | undefined, engine: RuleResult | undefined): Mix<K> {
  const tolerance = num(params, 'tolerance', 0);
  const total = keys.reduce((s, k) => s + counts[k], 0);
  const shares = keys.map((key) => {
    const target = num(params, key, 0);
    const share = ratio(counts[key], total);
    const deviation = share === null ? null : Math.round((share - target) * 10000) / 10000;
    // As the engine's mix rules judge it: unrounded, a share on the tolerance's edge is inside.
    const off = total > 0 && Math.abs(counts[key] / total - target) > tolerance + 1e-9;
    return { key, count: counts[key], share, target, deviation, off };
  });
  return { shares, tolerance, status: engine?.status ?? null };
}

const MISS_KIND = { 'calls.weekly': 'calls-weekly', 'invites.makeup': 'makeup', 'callback-fabricated': 'fabricated-callback' } as const;

/** Builds the director's summary of `month`. */
export function buildDirectorSummary(input: SummaryInput): DirectorSummary {
  const { dataset, config, month, asOf, check } = input;
  const { start: monthStart, end: monthEnd } = calendarMonth(month);
  const { start: weeksStart, end: weeksEnd } = monthRange(month, config);
  const today = datePart(asOf.local);
  const close = monthClose(month, config);
  const records = dataset.records;
  const weekResults = check.weeks.flatMap((w) => w.results);
  const find = (rule: RuleId, advisor: string | null) => check.results.find((r) => r.rule === rule && r.advisor === advisor && r.period === month);

  // --- contracts of the month (the calendar month of their date)
  const contracts = monthContracts(dataset, config, month, today);
  const byType = { new: 0, referral: 0, renewal: 0 } as Record<ContractType, number>;
  const byCourse = { one_year: 0, multi_year: 0, installment: 0 } as Record<CourseKind, number>;
  for (const c of contracts) {
    if (c.type) byType[c.type]++;
    if (c.course) byCourse[c.course]++;
  }
  const amountOf = (list: readonly ContractRecord[]) => list.reduce((s, c) => s + (c.amount ?? 0), 0);

  // --- renewals: the engine decides which count and why
  const done: RenewalDone[] = renewalCounting(dataset, config, month, planDueDay(config), today).map(({ contract: c, counted, reason }) => ({
    date: c.date,
    advisor: c.advisor,
    student: c.student === null ? null : maskPhones(c.student),
    phone: c.phone === null ? null : maskPhone(c.phone),
    amount: c.amount ?? 0,
    counted,
    reason,
    origin: c.origin,
  }));
  const sum = (list: RenewalDone[]) => ({ count: list.length, amount: list.reduce((s, r) => s + r.amount, 0) });
  const sales = salesAmount(dataset, config, month, planDueDay(config), today);
  const planRows = records.renewals.filter((r) => r.month === month);

  // --- advisors: the dataset's, then anyone else the month's records name
  const names: string[] = [...dataset.advisors];
  const addName = (n: string | null) => {
    if (n && !names.includes(n)) names.push(n);
  };
  contracts.forEach((c) => addName(c.advisor));
  planRows.forEach((p) => addName(p.advisor));
  check.weeks.forEach((w) => w.advisors.forEach((a) => addName(a.advisor)));

  // --- targets (targets form, period = the month; blank advisor = the center; the last row wins)
  const targetOf = (advisor: string | null, field: 'enrollments' | 'amount'): number | null => {
    const rows = records.targets.filter((t) => t.period === month && t.advisor === advisor && t[field] !== null);
    return rows.length > 0 ? rows[rows.length - 1]![field] : null;
  };
  const targetCheck = (target: number | null, actual: number): TargetCheck => ({
    target,
    actual,
    status: target === null ? null : countStatus(actual, target, asOf.local, close),
  });

  // --- weekly trend and call quota, from the engine's weeks
  const trend: TrendWeek[] = [];
  for (const w of check.weeks) {
    for (const a of w.advisors) {
      const call = w.results.find((r) => isRule(r, 'calls.weekly') && r.advisor === a.advisor);
      const sign = w.results.find((r) => isRule(r, 'contracts.sign-rate') && r.advisor === a.advisor);
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
        signRateStatus: sign?.status ?? null,
      });
    }
  }
  trend.sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : names.indexOf(a.advisor) - names.indexOf(b.advisor)));

  const signTarget = paramsOf(config, 'contracts.sign-rate').target;
  const signRateOf = (enrolled: number, visits: number): { rate: number | null; status: Status | null } => {
    const rate = ratio(enrolled, visits);
    return { rate, status: rate === null ? null : closeStatus(rate >= signTarget, asOf.local, close) };
  };
  const advisors: AdvisorMonth[] = names.map((advisor) => {
    const mine = contracts.filter((c) => c.advisor === advisor);
    const mineType = { new: 0, referral: 0, renewal: 0 } as Record<ContractType, number>;
    mine.forEach((c) => c.type && mineType[c.type]++);
    const notCounted = done.filter((r) => r.advisor === advisor && !r.counted);
    const visits = monthVisits(dataset, config, month, asOf, advisor);
    const sign = signRateOf(mine.filter(isEnrollment).length, visits);
    const talks = records.talks.filter((t) => t.advisor === advisor && t.date >= monthStart && t.date <= monthEnd && t.date <= today);
    const callWeeks = weekResults.filter((r) => isRule(r, 'calls.weekly') && r.advisor === advisor);
    return {
      advisor,
      enrollments: targetCheck(targetOf(advisor, 'enrollments'), mine.filter(isEnrollment).length),
      amount: targetCheck(targetOf(advisor, 'amount'), amountOf(mine) - notCounted.reduce((s, r) => s + r.amount, 0)),
      contracts: mine.length,
      contractAmount: amountOf(mine),
      byType: mineType,
      renewalsNotCounted: notCounted.length,
      visits,
      signRate: sign.rate,
      signRateStatus: sign.status,
      weeksMet: callWeeks.filter((r) => r.status === 'met' || r.status === 'excused').length,
      weeks: callWeeks.length,
      talks: talks.length,
      talkDates: talks.map((t) => t.date).sort(),
      talksStatus: find('team.talks', advisor)?.status ?? null,
    };
  });
  const visits = advisors.reduce((s, a) => s + a.visits, 0);
  const centerSign = signRateOf(contracts.filter(isEnrollment).length, visits);

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
        planStatus: find('renewals.plan-due', advisor)?.status ?? null,
        done: mine.length,
        counted: sum(mine.filter((r) => r.counted)),
        notCounted: sum(mine.filter((r) => !r.counted)),
      };
    })
    .filter((a) => a.planned > 0 || a.done > 0 || a.planStatus !== null);
  const share = find('renewals.share', null);

  // --- team bonus: the engine's decision and misses; the callbacks' phones looked up for the reader
  const weeks = weeksOfMonth(month, config);
  const reasons: BonusReason[] = check.teamBonus.misses.map((m) => {
    if (m.kind === 'callback-fabricated') {
      const cb = records.callbacks.find((c) => m.origin && c.origin.file === m.origin.file && c.origin.sheet === m.origin.sheet && c.origin.row === m.origin.row);
      return {
        kind: MISS_KIND[m.kind],
        advisor: m.advisor,
        week: weekContaining(m.week, config).start,
        date: m.week,
        phone: cb?.phone ? maskPhone(cb.phone) : null,
        actual: null,
        target: null,
        evidence: m.origin ? [m.origin] : [],
      };
    }
    return { kind: MISS_KIND[m.kind], advisor: m.advisor, week: m.week, date: null, phone: null, actual: m.actual, target: m.target, evidence: m.origin ? [m.origin] : [] };
  });
  const bonusStatus: DirectorSummary['teamBonus']['status'] =
    check.teamBonus.status === 'missed' ? 'cancelled' : check.teamBonus.status === 'met' ? 'kept' : 'pending';
  if (bonusStatus === 'pending') {
    // Say what the decision waits for: the weeks whose Sunday close is still ahead.
    for (const w of weeks) {
      if (asOf.local < `${w.sunday}T${config.closeOfBusiness}:00`) {
        reasons.push({ kind: 'week-open', advisor: null, week: w.start, date: null, phone: null, actual: null, target: null, evidence: [] });
      }
    }
  }

  // --- awards (here: the engine has no rule for them)
  const award = enrollmentAward(contracts);
  const first = firstOrderAward(contracts);

  // --- referrals: the engine's rewards, with the contract's details
  const rewards = referralRewards(check.results.filter((r) => isRule(r, 'referrals.reward-due') && r.period === month), records.contracts);
  const referralOwner = check.results
    .filter((r) => isRule(r, 'referrals.owner') && r.status === 'missed')
    .map((r) => ({ advisor: r.advisor, message: maskPhones(r.message), evidence: r.evidence }));

  const usedRules: RuleId[] = [
    'team.bonus',
    'calls.weekly',
    'renewals.plan-due',
    'renewals.unplanned',
    'contracts.type-mix',
    'contracts.course-mix',
    'contracts.sign-rate',
    'renewals.share',
    'referrals.reward-due',
    'referrals.owner',
    'team.talks',
  ];
  const configUsed: Record<string, unknown> = { timeZone: config.timeZone, closeOfBusiness: config.closeOfBusiness };
  for (const id of usedRules) configUsed[id] = paramsOf(config, id);

  return {
    center: config.center,
    month,
    monthStart,
    monthEnd,
    weeksStart,
    weeksEnd,
    asOf: asOf.iso,
    closed: asOf.local >= close,
    weeks,
    contracts: { count: contracts.length, amount: amountOf(contracts), byType, byCourse },
    salesAmount: sales,
    renewals: {
      counted: sum(done.filter((r) => r.counted)),
      notCounted: sum(done.filter((r) => !r.counted)),
      planned: planRows.length,
      plannedAmount: planRows.reduce((s, p) => s + (p.expected_amount ?? 0), 0),
      share: share?.actual ?? null,
      shareTarget: paramsOf(config, 'renewals.share').target,
      shareStatus: share?.status ?? null,
      done,
      byAdvisor,
    },
    typeMix: buildMix(CONTRACT_TYPES, byType, paramsOf(config, 'contracts.type-mix'), find('contracts.type-mix', null)),
    courseMix: buildMix(COURSE_KINDS, byCourse, paramsOf(config, 'contracts.course-mix'), find('contracts.course-mix', null)),
    totals: {
      enrollments: targetCheck(targetOf(null, 'enrollments'), contracts.filter(isEnrollment).length),
      amount: targetCheck(targetOf(null, 'amount'), sales),
      visits,
      signRate: centerSign.rate,
      signRateStatus: centerSign.status,
    },
    signRateTarget: signTarget,
    teamBonus: { status: bonusStatus, reasons },
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
    referralRewards: { due: rewards, totalAmount: rewards.reduce((s, r) => s + r.amount, 0) },
    referralOwner,
    leadSources: leadSources(records, monthStart, monthEnd, INVALID_OUTCOMES),
    files: dataset.files,
    issues: dataset.issues.length,
    config: configUsed,
  };
}

/** The `--json` of `director-summary` (spec/commands.md), phones already masked in the model. */
export function summaryJson(s: DirectorSummary, file: string, reasonText: (r: BonusReason) => string): Record<string, unknown> {
  return {
    center: s.center,
    month: s.month,
    period: { start: s.monthStart, end: s.monthEnd },
    weeks: { start: s.weeksStart, end: s.weeksEnd },
    asOf: s.asOf,
    contracts: { count: s.contracts.count, amount: s.contracts.amount, byType: s.contracts.byType, byCourse: s.contracts.byCourse },
    salesAmount: s.salesAmount,
    renewals: { counted: s.renewals.counted, notCounted: s.renewals.notCounted, planned: s.renewals.planned, share: s.renewals.share },
    teamBonus: {
      status: s.teamBonus.status,
      reasons: s.teamBonus.reasons.map((r) => ({
        kind: r.kind,
        advisor: r.advisor,
        week: r.week,
        date: r.date,
        phone: r.phone,
        actual: r.actual,
        target: r.target,
        text: reasonText(r),
      })),
    },
    awards: { enrollment: s.awards.enrollment, firstOrder: s.awards.firstOrder },
    typeMix: { status: s.typeMix.status, shares: s.typeMix.shares },
    courseMix: { status: s.courseMix.status, shares: s.courseMix.shares },
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
      status: r.status,
    })),
    leadSources: s.leadSources.rows,
    file,
  };
}
