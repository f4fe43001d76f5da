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
import type { CallbackRecord, ContractRecord, ContractType, CourseKind, Origin, RenewalRecord, TargetRecord } from '../../model/records.js';
import type { RuleResult, Status, WeekInfo } from '../../model/results.js';
import { maskPhone, maskPhones } from '../../privacy/mask.js';
import { closeStatus, countStatus } from '../../rules/finding.js';
import { isRule, type RuleId } from '../../rules/index.js';
import { monthClose } from '../../rules/month-close.js';
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

/**
 * A share's status as the summary shows it: met within the tolerance, pending while the month
 * is open and missed once it closed when off; none without contracts.
 */
export function shareStatus(share: Pick<MixShare<string>, 'share' | 'off'>, closed: boolean): Status | null {
  return share.share === null ? null : share.off ? (closed ? 'missed' : 'pending') : 'met';
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

/** The team-bonus decision as a status, for its colours and symbol. */
export const BONUS_STATUS: Record<DirectorSummary['teamBonus']['status'], Status> = { kept: 'met', cancelled: 'missed', pending: 'pending' };

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

/** What every step of the summary reads besides its own inputs: the input, the month's bounds and the engine's month results. */
interface MonthContext extends SummaryInput {
  monthStart: string;
  monthEnd: string;
  /** The as-of date: nothing dated later counts yet. */
  today: string;
  /** When the month's last week closes (rules/month-close.ts). */
  close: string;
  /** The engine's month result of a rule for an advisor (null: the center). */
  find: (rule: RuleId, advisor: string | null) => RuleResult | undefined;
}

/** Builds the director's summary of `month`. */
export function buildDirectorSummary(input: SummaryInput): DirectorSummary {
  const { dataset, config, month, asOf, check } = input;
  const { start: monthStart, end: monthEnd } = calendarMonth(month);
  const { start: weeksStart, end: weeksEnd } = monthRange(month, config);
  const today = datePart(asOf.local);
  const close = monthClose(month, config);
  const records = dataset.records;
  const find = (rule: RuleId, advisor: string | null) => check.results.find((r) => r.rule === rule && r.advisor === advisor && r.period === month);
  const ctx: MonthContext = { ...input, monthStart, monthEnd, today, close, find };

  const contracts = monthContracts(dataset, config, month, today);
  const byType = countByType(contracts);
  const byCourse = countByCourse(contracts);
  const done = renewalsDone(ctx);
  const sales = salesAmount(dataset, config, month, planDueDay(config), today);
  const planRows = records.renewals.filter((r) => r.month === month);
  const names = advisorNames(dataset.advisors, contracts, planRows, check.weeks);
  const signTarget = paramsOf(config, 'contracts.sign-rate').target;
  const advisors = names.map((advisor) => advisorMonth(ctx, advisor, contracts, done, signTarget));
  const visits = advisors.reduce((s, a) => s + a.visits, 0);
  const centerSign = signRateOf(contracts.filter(isEnrollment).length, visits, signTarget, asOf.local, close);
  const weeks = weeksOfMonth(month, config);
  const rewards = referralRewards(check.results.filter((r) => isRule(r, 'referrals.reward-due') && r.period === month), records.contracts);

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
    renewals: renewalsOfMonth(ctx, names, planRows, done),
    typeMix: buildMix(CONTRACT_TYPES, byType, paramsOf(config, 'contracts.type-mix'), find('contracts.type-mix', null)),
    courseMix: buildMix(COURSE_KINDS, byCourse, paramsOf(config, 'contracts.course-mix'), find('contracts.course-mix', null)),
    totals: {
      enrollments: targetCheck(monthTarget(records.targets, month, null, 'enrollments'), contracts.filter(isEnrollment).length, asOf.local, close),
      amount: targetCheck(monthTarget(records.targets, month, null, 'amount'), sales, asOf.local, close),
      visits,
      signRate: centerSign.rate,
      signRateStatus: centerSign.status,
    },
    signRateTarget: signTarget,
    teamBonus: teamBonusDecision(check.teamBonus, records.callbacks, weeks, asOf.local, config),
    awards: awardsOfMonth(contracts),
    advisors,
    trend: weeklyTrend(check.weeks, names),
    referralRewards: { due: rewards, totalAmount: rewards.reduce((s, r) => s + r.amount, 0) },
    referralOwner: referralOwnerWarnings(check.results),
    leadSources: leadSources(records, monthStart, monthEnd, INVALID_OUTCOMES),
    files: dataset.files,
    issues: dataset.issues.length,
    config: configUsed(config),
  };
}

/** Contracts counted by type, every type present (zero when none). */
export function countByType(contracts: readonly ContractRecord[]): Record<ContractType, number> {
  const byType = { new: 0, referral: 0, renewal: 0 } as Record<ContractType, number>;
  for (const c of contracts) if (c.type) byType[c.type]++;
  return byType;
}

/** Contracts counted by course, every course present (zero when none). */
export function countByCourse(contracts: readonly ContractRecord[]): Record<CourseKind, number> {
  const byCourse = { one_year: 0, multi_year: 0, installment: 0 } as Record<CourseKind, number>;
  for (const c of contracts) if (c.course) byCourse[c.course]++;
  return byCourse;
}

/** The signed amount of contracts (a blank amount counts 0). */
function amountOf(list: readonly ContractRecord[]): number {
  return list.reduce((s, c) => s + (c.amount ?? 0), 0);
}

/** How many renewals and their amount. */
function sumRenewals(list: readonly RenewalDone[]): { count: number; amount: number } {
  return { count: list.length, amount: list.reduce((s, r) => s + r.amount, 0) };
}

/** The month's renewal contracts, each with the engine's decision whether it counts toward sales and why; phones masked. */
function renewalsDone({ dataset, config, month, today }: MonthContext): RenewalDone[] {
  return renewalCounting(dataset, config, month, planDueDay(config), today).map(({ contract: c, counted, reason }) => ({
    date: c.date,
    advisor: c.advisor,
    student: c.student === null ? null : maskPhones(c.student),
    phone: c.phone === null ? null : maskPhone(c.phone),
    amount: c.amount ?? 0,
    counted,
    reason,
    origin: c.origin,
  }));
}

/** The advisors of the summary: the dataset's, then anyone else the month's contracts, renewal plans or weeks name, in order of appearance. */
export function advisorNames(
  known: readonly string[],
  contracts: readonly ContractRecord[],
  planRows: readonly RenewalRecord[],
  weeks: MonthCheck['weeks'],
): string[] {
  const names: string[] = [...known];
  const addName = (n: string | null) => {
    if (n && !names.includes(n)) names.push(n);
  };
  contracts.forEach((c) => addName(c.advisor));
  planRows.forEach((p) => addName(p.advisor));
  weeks.forEach((w) => w.advisors.forEach((a) => addName(a.advisor)));
  return names;
}

/** A month target of the targets form: period = the month, a blank advisor is the center's; the last row giving the field wins. */
export function monthTarget(targets: readonly TargetRecord[], month: string, advisor: string | null, field: 'enrollments' | 'amount'): number | null {
  const rows = targets.filter((t) => t.period === month && t.advisor === advisor && t[field] !== null);
  return rows.length > 0 ? rows[rows.length - 1]![field] : null;
}

/** A target against its result; short of it stays pending until the month closes. */
function targetCheck(target: number | null, actual: number, asOfLocal: string, close: string): TargetCheck {
  return { target, actual, status: target === null ? null : countStatus(actual, target, asOfLocal, close) };
}

/** Enrollments over visits against the sign-rate target; no rate (and no status) without visits. */
export function signRateOf(enrolled: number, visits: number, target: number, asOfLocal: string, close: string): { rate: number | null; status: Status | null } {
  const rate = ratio(enrolled, visits);
  return { rate, status: rate === null ? null : closeStatus(rate >= target, asOfLocal, close) };
}

/** One advisor's month: contracts and amount against the targets, sign rate of the month's visits, weeks that met the call quota, talks. */
function advisorMonth(ctx: MonthContext, advisor: string, contracts: readonly ContractRecord[], done: readonly RenewalDone[], signTarget: number): AdvisorMonth {
  const { dataset, config, month, asOf, check, monthStart, monthEnd, today, close, find } = ctx;
  const records = dataset.records;
  const weekResults = check.weeks.flatMap((w) => w.results);
  const mine = contracts.filter((c) => c.advisor === advisor);
  const notCounted = done.filter((r) => r.advisor === advisor && !r.counted);
  const visits = monthVisits(dataset, config, month, asOf, advisor);
  const sign = signRateOf(mine.filter(isEnrollment).length, visits, signTarget, asOf.local, close);
  const talks = records.talks.filter((t) => t.advisor === advisor && t.date >= monthStart && t.date <= monthEnd && t.date <= today);
  const callWeeks = weekResults.filter((r) => isRule(r, 'calls.weekly') && r.advisor === advisor);
  return {
    advisor,
    enrollments: targetCheck(monthTarget(records.targets, month, advisor, 'enrollments'), mine.filter(isEnrollment).length, asOf.local, close),
    amount: targetCheck(monthTarget(records.targets, month, advisor, 'amount'), amountOf(mine) - notCounted.reduce((s, r) => s + r.amount, 0), asOf.local, close),
    contracts: mine.length,
    contractAmount: amountOf(mine),
    byType: countByType(mine),
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
}

/** Each advisor's weeks from the engine's weekly metrics and results, by week, then in the order of `names`. */
export function weeklyTrend(weeks: MonthCheck['weeks'], names: readonly string[]): TrendWeek[] {
  const trend: TrendWeek[] = [];
  for (const w of weeks) {
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
  return trend;
}

/** The month's renewals: counted and not, the plan, the engine's share of sales, every renewal and each advisor's. */
function renewalsOfMonth(ctx: MonthContext, names: readonly string[], planRows: readonly RenewalRecord[], done: RenewalDone[]): DirectorSummary['renewals'] {
  const share = ctx.find('renewals.share', null);
  return {
    counted: sumRenewals(done.filter((r) => r.counted)),
    notCounted: sumRenewals(done.filter((r) => !r.counted)),
    planned: planRows.length,
    plannedAmount: planRows.reduce((s, p) => s + (p.expected_amount ?? 0), 0),
    share: share?.actual ?? null,
    shareTarget: paramsOf(ctx.config, 'renewals.share').target,
    shareStatus: share?.status ?? null,
    done,
    byAdvisor: advisorRenewals(names, planRows, done, ctx.find),
  };
}

/** Each advisor's renewal plan and renewals done; only advisors with a plan, a renewal or a plan-due result. */
export function advisorRenewals(
  names: readonly string[],
  planRows: readonly RenewalRecord[],
  done: readonly RenewalDone[],
  find: MonthContext['find'],
): AdvisorRenewals[] {
  return names
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
        counted: sumRenewals(mine.filter((r) => r.counted)),
        notCounted: sumRenewals(mine.filter((r) => !r.counted)),
      };
    })
    .filter((a) => a.planned > 0 || a.done > 0 || a.planStatus !== null);
}

/**
 * The team bonus as the director reads it: the engine's decision and misses, a fabricated
 * callback's phone looked up for the reader, and while undecided the weeks whose Sunday close is
 * still ahead.
 */
export function teamBonusDecision(
  bonus: MonthCheck['teamBonus'],
  callbacks: readonly CallbackRecord[],
  weeks: readonly WeekInfo[],
  asOfLocal: string,
  config: Config,
): DirectorSummary['teamBonus'] {
  const reasons: BonusReason[] = bonus.misses.map((m) => {
    if (m.kind === 'callback-fabricated') {
      const cb = callbacks.find((c) => m.origin && c.origin.file === m.origin.file && c.origin.sheet === m.origin.sheet && c.origin.row === m.origin.row);
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
  const status: DirectorSummary['teamBonus']['status'] = bonus.status === 'missed' ? 'cancelled' : bonus.status === 'met' ? 'kept' : 'pending';
  if (status === 'pending') {
    // Say what the decision waits for: the weeks whose Sunday close is still ahead.
    for (const w of weeks) {
      if (asOfLocal < `${w.sunday}T${config.closeOfBusiness}:00`) {
        reasons.push({ kind: 'week-open', advisor: null, week: w.start, date: null, phone: null, actual: null, target: null, evidence: [] });
      }
    }
  }
  return { status, reasons };
}

/** The month's awards (§1.2.4; the engine has no rule for them): enrollment award and first complete new contract. */
function awardsOfMonth(contracts: readonly ContractRecord[]): DirectorSummary['awards'] {
  const award = enrollmentAward(contracts);
  const first = firstOrderAward(contracts);
  return {
    enrollment: award.winner,
    enrollmentCount: award.count,
    enrollmentTied: award.tied,
    enrollmentReachedOn: award.reachedOn,
    firstOrder: first?.advisor ?? null,
    firstOrderDate: first?.date ?? null,
    firstOrderStudent: first?.student == null ? null : maskPhones(first.student),
  };
}

/** The engine's `referrals.owner` warnings (a referrer on another advisor's roster), phones masked. */
function referralOwnerWarnings(results: readonly RuleResult[]): OwnerWarning[] {
  return results
    .filter((r) => isRule(r, 'referrals.owner') && r.status === 'missed')
    .map((r) => ({ advisor: r.advisor, message: maskPhones(r.message), evidence: r.evidence }));
}

/** The rules the summary applies, with their parameters, for the About sheet. */
const USED_RULES: readonly RuleId[] = [
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

/** The parameters the summary used (time zone, close of business, its rules'), for the About sheet. */
function configUsed(config: Config): Record<string, unknown> {
  const used: Record<string, unknown> = { timeZone: config.timeZone, closeOfBusiness: config.closeOfBusiness };
  for (const id of USED_RULES) used[id] = paramsOf(config, id);
  return used;
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
