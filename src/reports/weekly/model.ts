/**
 * The weekly report model (销售部工作周报, 附表4): the engine's CheckReport arranged for the
 * workbook and the terminal summary, plus the breakdowns the engine does not give (invitations
 * by event form, the weekend session plan, the callback sample, targets). Pure: every figure
 * the engine gives is taken from it, never recomputed; totals are sums of those figures.
 */
import type { AsOf } from '../../calendar/local-date.js';
import type { Config } from '../../config/types.js';
import type { Dataset } from '../../dataset/types.js';
import type { EventKind, LocalDate, LocalDateTime } from '../../model/records.js';
import type { AdvisorWeek, CheckReport, DailyCalls, RuleResult, Status, WeekInfo, WeekMetrics } from '../../model/results.js';
import { dayClose, visitWeek } from '../../calendar/week.js';
import { weekRecords, type WeekRecords } from '../../metrics/week-metrics.js';
import type { RuleId } from '../../rules/index.js';
import { paramsOf } from '../../rules/params.js';
import { drawCallbackSample, type CallbackSample } from './callback-sample.js';
import { buildSessionPlan, type Session } from './session-plan.js';
import { analysisModel, type AnalysisModel } from '../analysis-model.js';

/** The summary's metric-against-target columns, each with the rule that judges it. */
export const CHECKS = [
  { key: 'calls', rule: 'calls.weekly' },
  { key: 'firstInvites', rule: 'invites.first' },
  { key: 'secondInvites', rule: 'invites.second' },
  { key: 'firstVisits', rule: 'visits.first' },
  { key: 'secondVisits', rule: 'visits.second' },
  { key: 'visits', rule: 'visits.total' },
  { key: 'signRate', rule: 'contracts.sign-rate' },
] as const satisfies readonly { key: string; rule: RuleId }[];

export type CheckKey = (typeof CHECKS)[number]['key'];

/** A metric against its target, with the engine's status (null where the engine gave no result). */
export interface CheckCell {
  rule: string;
  actual: number | null;
  target: number | null;
  status: Status | null;
}

/** Weekend make-up calls owed (§1.1.1(2)②b). */
export interface Makeup {
  advisor: string;
  calls: number;
  /** Effective weekend calls made so far (`makeupCalls`). */
  done: number;
  due: LocalDateTime;
  status: Status;
  /** The rules that caused it (invites.first / invites.second). */
  causes: string[];
}

/** A penalty that is owed (or may be, while pending). */
export interface Penalty {
  share: number;
  status: Status;
}

/** What an advisor owes for the week. */
export interface Consequences {
  makeup: Makeup | null;
  /** invites.second-zero: a share of the prospect cards moves to the others. */
  cardsReassigned: Penalty | null;
  /** visits.total: next week's new leads cut by a share. */
  newLeadsCut: Penalty | null;
  /** Whether this advisor puts the team's bonus at risk (calls.weekly, invites.makeup). */
  bonus: { status: Status; rules: string[] } | null;
}

export interface AdvisorSummary {
  advisor: string;
  /** False for a name that matches no configured advisor (`unknown-advisor`): shown, never judged. */
  configured?: boolean;
  metrics: WeekMetrics;
  checks: Record<CheckKey, CheckCell>;
  counts: Record<Status, number>;
  consequences: Consequences;
}

export interface CenterSummary {
  /** Sums of the advisors' metrics; signRate from the engine's center result when it gives one. */
  metrics: WeekMetrics;
  checks: Record<CheckKey, CheckCell>;
  counts: Record<Status, number>;
  /** team.bonus of the month (center rule). */
  teamBonus: RuleResult | null;
  makeupCalls: number;
}

/** A target of the targets form against the week's result. */
export interface TargetRow {
  /** null = the whole center. */
  advisor: string | null;
  enrollments: { target: number; actual: number; status: Status } | null;
  amount: { target: number; actual: number; status: Status } | null;
}

export interface DailyRow {
  advisor: string;
  day: DailyCalls;
  status: Status;
}

/** Invitations and visits of one advisor for one event form. */
export interface EventRow {
  advisor: string;
  event: EventKind | null;
  firstInvites: number;
  secondInvites: number;
  firstVisits: number;
  secondVisits: number;
  /** Sessions of the week booked but not yet decided (after the as-of time or visit blank). */
  open: number;
}

export interface WeeklyModel {
  /** The engine's report, unchanged (the base of `weekly-report --json`). */
  report: CheckReport;
  week: WeekInfo;
  asOf: AsOf;
  closeOfBusiness: string;
  advisors: AdvisorSummary[];
  center: CenterSummary;
  targets: TargetRow[];
  daily: DailyRow[];
  /** The mix of a call day (calls.daily-mix), from the config. */
  dailyMix: { firstInvite: number; secondInvite: number; memberCare: number };
  events: EventRow[];
  /** Every result, missed first, then pending, excused, met. */
  findings: RuleResult[];
  makeups: Makeup[];
  sessions: Session[];
  callbacks: CallbackSample;
  /** Trend, declines (their sentences for the first page), renewal follow-up, target plan (issue 15). */
  analysis: AnalysisModel;
}

export interface ModelInput {
  report: CheckReport;
  dataset: Dataset;
  config: Config;
  week: WeekInfo;
  asOf: AsOf;
}

const STATUS_ORDER: Status[] = ['missed', 'pending', 'excused', 'met'];

/** The worst of some statuses: missed > pending > met > excused (all excused stays excused). */
export function worstStatus(statuses: readonly (Status | null)[]): Status | null {
  const s = statuses.filter((x): x is Status => x !== null);
  if (s.length === 0) return null;
  if (s.includes('missed')) return 'missed';
  if (s.includes('pending')) return 'pending';
  if (s.includes('met')) return 'met';
  return 'excused';
}

/** Builds the report model. */
export function buildWeeklyModel(input: ModelInput): WeeklyModel {
  const { report, dataset, config, week, asOf } = input;
  const cob = config.closeOfBusiness;
  const advisorNames = report.advisors.map((a) => a.advisor);
  // The records the engine counted for each advisor: the breakdowns below add up to its figures.
  const records = new Map(advisorNames.map((a) => [a, weekRecords(dataset, config, week, asOf, a)]));
  const advisors = report.advisors.map((a) => advisorSummary(a, report, week, config, asOf.local));
  const center = centerSummary(advisors, report, week);
  const mixParams = paramsOf(config, 'calls.daily-mix');
  return {
    report,
    week,
    asOf,
    closeOfBusiness: cob,
    advisors,
    center,
    targets: targetRows(input, advisors, records),
    daily: report.advisors.flatMap((a) =>
      a.daily.map((day) => ({ advisor: a.advisor, day, status: dailyStatus(day, config, asOf.local) })),
    ),
    dailyMix: {
      firstInvite: mixParams.firstInvite,
      secondInvite: mixParams.secondInvite,
      memberCare: mixParams.memberCare,
    },
    events: eventRows(dataset, config, records, week, asOf.local),
    findings: [...report.results].sort(
      (a, b) =>
        STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
        (a.advisor ?? '').localeCompare(b.advisor ?? '', 'zh') ||
        a.rule.localeCompare(b.rule),
    ),
    makeups: advisors.flatMap((a) => (a.consequences.makeup ? [a.consequences.makeup] : [])),
    sessions: buildSessionPlan(dataset.records.invites, dataset.records.leave, advisorNames, week, asOf.local),
    callbacks: drawCallbackSample(
      advisorNames.map((a) => ({ advisor: a, calls: [...records.get(a)!.effective, ...records.get(a)!.makeup] })),
      week,
      { perAdvisor: config.callbackSample },
    ),
    analysis: analysisModel(report, dataset, config, week.month, asOf),
  };
}

/** The result of `rule` for `advisor` (null: center) of this week, else of any period. */
export function findResult(report: CheckReport, advisor: string | null, rule: RuleId, week: WeekInfo): RuleResult | null {
  const all = report.results.filter((r) => r.rule === rule && r.advisor === advisor);
  return all.find((r) => r.period === week.start) ?? all.find((r) => r.period === week.month) ?? all[0] ?? null;
}

function metricOf(m: WeekMetrics, key: CheckKey): number {
  switch (key) {
    case 'calls':
      return m.effectiveCalls;
    case 'visits':
      return m.firstVisits + m.secondVisits;
    default:
      return m[key];
  }
}

function advisorSummary(a: AdvisorWeek, report: CheckReport, week: WeekInfo, config: Config, asOf: LocalDateTime): AdvisorSummary {
  const checks = {} as Record<CheckKey, CheckCell>;
  for (const c of CHECKS) {
    const r = findResult(report, a.advisor, c.rule, week);
    checks[c.key] = { rule: c.rule, actual: metricOf(a.metrics, c.key), target: r?.target ?? null, status: r?.status ?? null };
  }
  const counts: Record<Status, number> = { met: 0, missed: 0, pending: 0, excused: 0 };
  for (const r of report.results) if (r.advisor === a.advisor) counts[r.status]++;
  return {
    advisor: a.advisor,
    ...(a.configured === false ? { configured: false } : {}),
    metrics: a.metrics,
    checks,
    counts,
    consequences: consequences(a, report, week, config, asOf),
  };
}

function consequences(a: AdvisorWeek, report: CheckReport, week: WeekInfo, config: Config, asOf: LocalDateTime): Consequences {
  const find = (rule: RuleId) => findResult(report, a.advisor, rule, week);

  // Make-up: the engine's invites.makeup result when it gives one, else the weekend-makeup actions.
  let makeup: Makeup | null = null;
  const mk = find('invites.makeup');
  // A short invite whose make-up is already done carries no action any more: it is still a cause.
  const owing = (['invites.first', 'invites.second'] satisfies RuleId[])
    .map(find)
    .filter((r): r is RuleResult => r?.action?.type === 'weekend-makeup' || (r?.status === 'missed' && (mk?.target ?? 0) > 0));
  if (mk || owing.length > 0) {
    const actionCalls = Math.max(0, ...owing.map((r) => (r.action?.type === 'weekend-makeup' ? r.action.calls : 0)));
    const actionDue = owing.map((r) => (r.action?.type === 'weekend-makeup' ? r.action.due : '')).find(Boolean);
    const due = mk?.deadline ?? (actionDue ? (actionDue.length === 10 ? dayClose(actionDue, config) : actionDue) : dayClose(week.sunday, config));
    const calls = mk?.target ?? actionCalls;
    const done = mk?.actual ?? a.metrics.makeupCalls;
    const status: Status = mk?.status ?? (done >= calls ? 'met' : due > asOf ? 'pending' : 'missed');
    if (calls > 0) makeup = { advisor: a.advisor, calls, done, due, status, causes: owing.map((r) => r.rule) };
  }

  const zero = find('invites.second-zero');
  const cardShare = paramsOf(config, 'invites.second-zero').cardShare;
  const cardsReassigned: Penalty | null =
    zero && (zero.status === 'missed' || zero.status === 'pending')
      ? { share: zero.action?.type === 'cards-reassigned' ? zero.action.share : cardShare, status: zero.status }
      : null;

  const total = find('visits.total');
  const kept = paramsOf(config, 'visits.total').leadShareKept;
  const newLeadsCut: Penalty | null =
    total && (total.status === 'missed' || total.status === 'pending')
      ? { share: total.action?.type === 'new-leads-cut' ? total.action.share : Math.round((1 - kept) * 1e6) / 1e6, status: total.status }
      : null;

  const bonusRules = [find('calls.weekly'), mk].filter((r): r is RuleResult => r !== null);
  const bonusStatus = worstStatus(bonusRules.map((r) => r.status));
  const bonus = bonusStatus
    ? { status: bonusStatus, rules: bonusRules.filter((r) => r.status === bonusStatus).map((r) => r.rule) }
    : null;
  return { makeup, cardsReassigned, newLeadsCut, bonus };
}

function centerSummary(advisors: AdvisorSummary[], report: CheckReport, week: WeekInfo): CenterSummary {
  const metrics = {} as WeekMetrics;
  const keys = Object.keys(advisors[0]?.metrics ?? zeroMetrics()) as (keyof WeekMetrics)[];
  for (const k of keys) metrics[k] = advisors.reduce((s, a) => s + a.metrics[k], 0);
  const centerSign = findResult(report, null, 'contracts.sign-rate', week);
  // Without a center result, visits-weighted advisor rates give new+referral contracts / visits.
  metrics.signRate = centerSign?.actual ?? weightedSignRate(advisors.map((a) => a.metrics));
  const checks = {} as Record<CheckKey, CheckCell>;
  for (const c of CHECKS) {
    const cells = advisors.map((a) => a.checks[c.key]);
    if (c.key === 'signRate') {
      const targets = cells.map((x) => x.target).filter((x): x is number => x !== null);
      checks[c.key] = {
        rule: c.rule,
        actual: metrics.signRate,
        target: centerSign?.target ?? targets[0] ?? null,
        status: centerSign?.status ?? worstStatus(cells.map((x) => x.status)),
      };
      continue;
    }
    const targets = cells.map((x) => x.target).filter((x): x is number => x !== null);
    const actual = cells.reduce((s, x) => s + (x.actual ?? 0), 0);
    const target = targets.length === 0 ? null : targets.reduce((s, x) => s + x, 0);
    checks[c.key] = { rule: c.rule, actual, target, status: centerStatus(actual, target, cells.map((x) => x.status)) };
  }
  const counts: Record<Status, number> = { met: 0, missed: 0, pending: 0, excused: 0 };
  for (const r of report.results) counts[r.status]++;
  return {
    metrics,
    checks,
    counts,
    teamBonus: findResult(report, null, 'team.bonus', week),
    makeupCalls: advisors.reduce((s, a) => s + (a.consequences.makeup?.calls ?? 0), 0),
  };
}

/** The center's sign rate from its advisors': visits-weighted, i.e. new+referral contracts / visits. */
export function weightedSignRate(metrics: readonly WeekMetrics[]): number {
  const visits = metrics.reduce((s, m) => s + m.firstVisits + m.secondVisits, 0);
  return visits === 0 ? 0 : Math.round((metrics.reduce((s, m) => s + m.signRate * (m.firstVisits + m.secondVisits), 0) / visits) * 1e4) / 1e4;
}

/**
 * The center's status of a count: its sum against the sum of targets (not "someone missed": each
 * advisor's misses show on their own rows). Reached is met; short is pending while any advisor's
 * figure is still open, else missed; all excused stays excused.
 */
export function centerStatus(actual: number, target: number | null, statuses: readonly (Status | null)[]): Status | null {
  const judged = statuses.filter((x): x is Status => x !== null);
  if (judged.length === 0 || target === null) return null;
  if (judged.every((x) => x === 'excused')) return 'excused';
  if (actual >= target) return 'met';
  return judged.includes('pending') ? 'pending' : 'missed';
}

function zeroMetrics(): WeekMetrics {
  return {
    effectiveCalls: 0, invalidCalls: 0, newCalls: 0, oldCalls: 0, firstInviteCalls: 0, secondInviteCalls: 0,
    memberCareCalls: 0, makeupCalls: 0, firstInvites: 0, secondInvites: 0, firstVisits: 0, secondVisits: 0,
    contracts: 0, amount: 0, signRate: 0,
  };
}

/**
 * The status of one call day from the engine's DailyCalls (its calls.daily result is one per
 * week, so a day's status is read off that day's figures and close).
 */
function dailyStatus(day: DailyCalls, config: Config, asOf: LocalDateTime): Status {
  if (day.target === 0) return 'excused';
  if (day.effectiveCalls >= day.target) return 'met';
  return dayClose(day.date, config) > asOf ? 'pending' : 'missed';
}

function eventRows(dataset: Dataset, config: Config, records: Map<string, WeekRecords>, week: WeekInfo, asOf: LocalDateTime): EventRow[] {
  const rows = new Map<string, EventRow>();
  const row = (advisor: string, event: EventKind | null) => {
    const key = `${advisor}|${event ?? ''}`;
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { advisor, event, firstInvites: 0, secondInvites: 0, firstVisits: 0, secondVisits: 0, open: 0 }));
    return r;
  };
  for (const [advisor, rec] of records) {
    for (const i of rec.firstInvites) row(advisor, i.event).firstInvites++;
    for (const i of rec.secondInvites) row(advisor, i.event).secondInvites++;
    for (const i of rec.firstVisits) row(advisor, i.event).firstVisits++;
    for (const i of rec.secondVisits) row(advisor, i.event).secondVisits++;
  }
  // Sessions of the week whose visit is not known yet (after the as-of time, or left blank).
  for (const inv of dataset.records.invites) {
    if (!records.has(inv.advisor) || !inv.session || visitWeek(inv.session, config) !== week.start) continue;
    if (inv.visited === 'rescheduled' || inv.visited === 'no') continue;
    if (inv.session > asOf || inv.visited === null) row(inv.advisor, inv.event).open++;
  }
  const order = [...records.keys()];
  const EVENTS: (EventKind | null)[] = ['demo', 'class_trial', 'salon', 'story', 'birthday', 'theme_party', null];
  return [...rows.values()].sort(
    (a, b) => order.indexOf(a.advisor) - order.indexOf(b.advisor) || EVENTS.indexOf(a.event) - EVENTS.indexOf(b.event),
  );
}

/** Targets of the targets form for this week (period a date of the week), against the results. */
function targetRows(input: ModelInput, advisors: AdvisorSummary[], records: Map<string, WeekRecords>): TargetRow[] {
  const { dataset, week, asOf, config } = input;
  const inWeek = (d: LocalDate) => d >= week.start && d <= week.end;
  const rows = dataset.records.targets.filter((t) => /^\d{4}-\d{2}-\d{2}$/.test(t.period) && inWeek(t.period));
  if (rows.length === 0) return [];
  const closed = dayClose(week.end, config) <= asOf.local;
  const judge = (actual: number, target: number): Status => (actual >= target ? 'met' : closed ? 'missed' : 'pending');
  const signed = [...records.values()].flatMap((r) => r.contracts).filter((c) => c.type === 'new' || c.type === 'referral');
  return rows
    .sort((a, b) => (a.advisor === null ? -1 : b.advisor === null ? 1 : a.advisor.localeCompare(b.advisor, 'zh')))
    .map((t) => {
      const enrolled = signed.filter((c) => t.advisor === null || c.advisor === t.advisor).length;
      const amount = advisors.filter((a) => t.advisor === null || a.advisor === t.advisor).reduce((s, a) => s + a.metrics.amount, 0);
      return {
        advisor: t.advisor,
        enrollments: t.enrollments === null ? null : { target: t.enrollments, actual: enrolled, status: judge(enrolled, t.enrollments) },
        amount: t.amount === null ? null : { target: t.amount, actual: amount, status: judge(amount, t.amount) },
      };
    });
}

/** `YYYY-MM-DDTHH:mm` of a local date-time, for display. */
export function shortDateTime(dt: LocalDateTime): string {
  return dt.slice(0, 16).replace('T', ' ');
}
