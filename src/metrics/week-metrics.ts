/**
 * Metrics of one advisor and one center week, exactly as spec/commands.md defines them, and the
 * effective calls of each call day with their 36/10/4 mix. Pure: records, config, as-of in.
 */
import { INVALID_OUTCOMES } from '../config/defaults.js';
import type { Config } from '../config/types.js';
import type { Dataset } from '../dataset/types.js';
import type { AsOf } from '../calendar/local-date.js';
import { datePart } from '../calendar/local-date.js';
import { callSlot, inviteWeek, visitWeek, type CallSlot } from '../calendar/week.js';
import type { CallRecord, ContractRecord, InviteRecord, LeaveRecord, LocalDate } from '../model/records.js';
import type { AdvisorWeek, DailyCalls, WeekInfo, WeekMetrics } from '../model/results.js';
import { numParam, ruleParams } from './advisors.js';

/** Rounds a ratio to 4 decimals (how rates are shown in JSON). */
export function ratio4(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : Math.round((numerator / denominator) * 10_000) / 10_000;
}

/** Whether a call is effective (its outcome is one of the config's effective outcomes). */
export function isEffective(call: CallRecord, config: Config): boolean {
  return call.outcome !== null && config.effectiveOutcomes.includes(call.outcome);
}

/** Whether a call reached an invalid number (never counted). */
export function isInvalid(call: CallRecord): boolean {
  return call.outcome !== null && INVALID_OUTCOMES.includes(call.outcome);
}

/**
 * New-lead calls: `list` when given; when blank, a phone this advisor had not called on an
 * earlier date (forms.md). Built once over all the data.
 */
export function newLeadClassifier(calls: CallRecord[]): (call: CallRecord) => boolean {
  // Per phone, the earliest call of each advisor (the call itself, no key string per call: a
  // million calls cost a map entry each). Most phones have one advisor, so no array then.
  // Built on the first call with a blank list: when every call says new or old (most exports),
  // a million calls never cost the map at all.
  let built: Map<string, CallRecord | CallRecord[]> | null = null;
  const build = (): Map<string, CallRecord | CallRecord[]> => {
    const first = new Map<string, CallRecord | CallRecord[]>();
    for (const c of calls) addFirst(first, c);
    return first;
  };
  return (call) => {
    if (call.list) return call.list === 'new';
    // A call without a phone cannot have been made before: the forms' rule reads it as new.
    if (!call.phone) return true;
    const held = (built ??= build()).get(call.phone);
    const mine = Array.isArray(held) ? held.find((h) => h.advisor === call.advisor) : held;
    return mine !== undefined && mine.advisor === call.advisor && mine.date === call.date;
  };
}

/** Keeps in `first` the earliest call of each advisor to each phone. */
function addFirst(first: Map<string, CallRecord | CallRecord[]>, c: CallRecord): void {
  if (!c.phone) return;
  const held = first.get(c.phone);
  if (held === undefined) first.set(c.phone, c);
  else if (Array.isArray(held)) {
    const i = held.findIndex((h) => h.advisor === c.advisor);
    if (i < 0) held.push(c);
    else if (c.date < held[i]!.date) held[i] = c;
  } else if (held.advisor !== c.advisor) first.set(c.phone, [held, c]);
  else if (c.date < held.date) first.set(c.phone, c);
}

/** The leave of an advisor on a day and whether it excuses that day's calls (calls.weekly). */
export function leaveOn(leave: LeaveRecord[], advisor: string, date: LocalDate, config: Config): { type: LeaveRecord['type']; excused: boolean; record: LeaveRecord } | null {
  const rows = leave.filter((l) => l.advisor === advisor && l.date === date);
  if (rows.length === 0) return null;
  const params = ruleParams(config, 'calls.weekly');
  const excusedTypes = Array.isArray(params.excusedLeave) ? params.excusedLeave : [];
  const sickNeedsProof = params.sickNeedsProof !== false;
  const judged = rows.map((record) => {
    const type = record.type;
    const excused =
      type !== null && excusedTypes.includes(type) && !(type === 'sick' && sickNeedsProof && record.proof !== true);
    return { type, excused, record };
  });
  return judged.find((j) => j.excused) ?? judged[0]!;
}

/** The records of one advisor that the week's figures are made of (also the rules' evidence). */
export interface WeekRecords {
  quotaCalls: CallRecord[];
  effective: CallRecord[];
  invalid: CallRecord[];
  makeup: CallRecord[];
  firstInvites: InviteRecord[];
  secondInvites: InviteRecord[];
  firstVisits: InviteRecord[];
  secondVisits: InviteRecord[];
  contracts: ContractRecord[];
}

/**
 * The dataset cut per advisor (calls, invites, contracts, leave of that advisor only, in their
 * order), built in one pass: per-advisor figures then cost the advisor's own records, not the
 * whole dataset's times the number of advisors. Cached per dataset and records arrays.
 */
export function advisorSlices(dataset: Dataset): Map<string, Dataset> {
  const cached = sliceCache.get(dataset);
  const { calls, invites, contracts, leave } = dataset.records;
  // Keyed by the arrays and their lengths, so a dataset whose records were replaced or added to is cut afresh.
  const stamp = [calls, invites, contracts, leave, calls.length, invites.length, contracts.length, leave.length];
  if (cached && cached.stamp.every((v, i) => v === stamp[i])) return cached.slices;
  const slices = new Map<string, Dataset>();
  const sliceOf = (advisor: string): Dataset => {
    let slice = slices.get(advisor);
    if (!slice) {
      slice = { ...dataset, records: { ...dataset.records, calls: [], invites: [], contracts: [], leave: [] } };
      slices.set(advisor, slice);
    }
    return slice;
  };
  for (const c of calls) sliceOf(c.advisor).records.calls.push(c);
  for (const i of invites) sliceOf(i.advisor).records.invites.push(i);
  for (const c of contracts) sliceOf(c.advisor).records.contracts.push(c);
  for (const l of leave) sliceOf(l.advisor).records.leave.push(l);
  sliceCache.set(dataset, { stamp, slices });
  return slices;
}

const sliceCache = new WeakMap<Dataset, { stamp: unknown[]; slices: Map<string, Dataset> }>();

/** The dataset of one advisor's records (see advisorSlices); an empty one for an advisor without records. */
export function advisorSlice(dataset: Dataset, advisor: string): Dataset {
  return (
    advisorSlices(dataset).get(advisor) ?? { ...dataset, records: { ...dataset.records, calls: [], invites: [], contracts: [], leave: [] } }
  );
}

/** Splits the dataset into the records that count for `advisor` in `week`, as of `asOf`. */
export function weekRecords(all: Dataset, config: Config, week: WeekInfo, asOf: AsOf, advisor: string): WeekRecords {
  const dataset = advisorSlice(all, advisor);
  const today = datePart(asOf.local);
  const quotaCalls: CallRecord[] = [];
  const effectiveCalls: CallRecord[] = [];
  const makeup: CallRecord[] = [];
  const invalid: CallRecord[] = [];
  // One pass, no intermediate copies: an advisor of a regional export may have 100k calls.
  // Slots looked up once per distinct date (calls come in runs of the same few dates).
  const slots = new Map<LocalDate, CallSlot>();
  // The call days' counts (dailyCalls) taken in the same pass: a million records read once.
  const { counts, dayIndex } = dayCounters(week);
  for (const c of dataset.records.calls) {
    if (c.advisor !== advisor || c.date > today) continue;
    const day = dayIndex.get(c.date);
    if (day !== undefined) countCall(counts[day]!, c, config);
    let slot = slots.get(c.date);
    if (slot === undefined) slots.set(c.date, (slot = callSlot(c.date, config)));
    const effective = isEffective(c, config);
    const quota = slot.week === week.start && slot.kind === 'quota';
    if (quota) {
      quotaCalls.push(c);
      if (effective) effectiveCalls.push(c);
    }
    if (slot.week === week.start && slot.kind === 'makeup' && effective) makeup.push(c);
    // Only effective weekend calls are make-ups; the rest counts toward the next quota.
    const inPeriod = quota || (slot.kind === 'makeup' && !effective && inviteWeek(c.date, config) === week.start);
    if (inPeriod && isInvalid(c)) invalid.push(c);
  }
  const invites = dataset.records.invites.filter((i) => i.advisor === advisor);
  const booked = invites.filter((i) => i.date <= today && inviteWeek(i.date, config) === week.start);
  const visits = invites.filter(
    (i) => i.visited === 'yes' && i.session !== null && i.session <= asOf.local && visitWeek(i.session, config) === week.start,
  );
  const contracts = dataset.records.contracts.filter(
    (c) => c.advisor === advisor && c.date >= week.start && c.date <= week.end && c.date <= today,
  );
  const split: WeekRecords = {
    quotaCalls,
    effective: effectiveCalls,
    invalid,
    makeup,
    firstInvites: booked.filter((i) => i.kind === 'first'),
    secondInvites: booked.filter((i) => i.kind === 'second'),
    firstVisits: visits.filter((i) => i.kind === 'first'),
    secondVisits: visits.filter((i) => i.kind === 'second'),
    contracts,
  };
  DAY_COUNTS.set(split, counts);
  return split;
}

/** Effective calls (by purpose) and invalid calls of one call day. */
interface DayCount {
  effective: number;
  firstInvite: number;
  secondInvite: number;
  memberCare: number;
  invalid: number;
}

/** The call-day counts worked out with each WeekRecords (same advisor, week and as-of). */
const DAY_COUNTS = new WeakMap<WeekRecords, DayCount[]>();

function dayCounters(week: WeekInfo): { counts: DayCount[]; dayIndex: Map<LocalDate, number> } {
  return {
    counts: week.callDays.map(() => ({ effective: 0, firstInvite: 0, secondInvite: 0, memberCare: 0, invalid: 0 })),
    dayIndex: new Map(week.callDays.map((d, i) => [d, i])),
  };
}

function countCall(n: DayCount, c: CallRecord, config: Config): void {
  if (isInvalid(c)) n.invalid += 1;
  if (!isEffective(c, config)) return;
  n.effective += 1;
  if (c.purpose === 'first_invite') n.firstInvite += 1;
  else if (c.purpose === 'second_invite') n.secondInvite += 1;
  else if (c.purpose === 'member_care') n.memberCare += 1;
}

function countPurposes(calls: CallRecord[]) {
  return {
    firstInviteCalls: calls.filter((c) => c.purpose === 'first_invite').length,
    secondInviteCalls: calls.filter((c) => c.purpose === 'second_invite').length,
    memberCareCalls: calls.filter((c) => c.purpose === 'member_care').length,
  };
}

/** The week's metrics of one advisor, from its records. */
export function metricsOf(records: WeekRecords, isNew: (c: CallRecord) => boolean): WeekMetrics {
  const newCalls = records.effective.filter(isNew).length;
  const visits = records.firstVisits.length + records.secondVisits.length;
  const enrollments = records.contracts.filter((c) => c.type === 'new' || c.type === 'referral').length;
  return {
    effectiveCalls: records.effective.length,
    invalidCalls: records.invalid.length,
    newCalls,
    oldCalls: records.effective.length - newCalls,
    ...countPurposes(records.effective),
    makeupCalls: records.makeup.length,
    firstInvites: records.firstInvites.length,
    secondInvites: records.secondInvites.length,
    firstVisits: records.firstVisits.length,
    secondVisits: records.secondVisits.length,
    contracts: records.contracts.length,
    amount: records.contracts.reduce((sum, c) => sum + (c.amount ?? 0), 0),
    signRate: ratio4(enrollments, visits),
  };
}

/** Effective calls of each call day of the week, with the mix and the day's target. */
export function dailyCalls(all: Dataset, config: Config, week: WeekInfo, asOf: AsOf, advisor: string, records?: WeekRecords): DailyCalls[] {
  const dataset = advisorSlice(all, advisor);
  const today = datePart(asOf.local);
  const perDay = numParam(config, 'calls.daily', 'perDay');
  let counts = records ? DAY_COUNTS.get(records) : undefined;
  if (!counts) {
    // One pass over the advisor's calls, counted into their day (a million calls, a few days).
    const counters = dayCounters(week);
    counts = counters.counts;
    for (const c of dataset.records.calls) {
      if (c.advisor !== advisor || c.date > today) continue;
      const day = counters.dayIndex.get(c.date);
      if (day !== undefined) countCall(counts[day]!, c, config);
    }
  }
  return week.callDays.map((date, i) => {
    const n = counts[i]!;
    const leave = leaveOn(dataset.records.leave, advisor, date, config);
    return {
      date,
      effectiveCalls: n.effective,
      firstInviteCalls: n.firstInvite,
      secondInviteCalls: n.secondInvite,
      memberCareCalls: n.memberCare,
      invalidCalls: n.invalid,
      target: leave?.excused ? 0 : perDay,
      leave: leave?.type ?? null,
    };
  });
}

/** Metrics and daily calls of every judged advisor for a week (records: when already split). */
export function weekMetrics(
  dataset: Dataset,
  config: Config,
  week: WeekInfo,
  asOf: AsOf,
  advisors: string[],
  records?: Map<string, WeekRecords>,
  isNew: (call: CallRecord) => boolean = newLeadClassifier(dataset.records.calls),
): AdvisorWeek[] {
  return advisors.map((advisor) => {
    const split = records?.get(advisor) ?? weekRecords(dataset, config, week, asOf, advisor);
    return { advisor, metrics: metricsOf(split, isNew), daily: dailyCalls(dataset, config, week, asOf, advisor, split) };
  });
}
