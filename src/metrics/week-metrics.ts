/**
 * Metrics of one advisor and one center week, exactly as spec/commands.md defines them, and the
 * effective calls of each call day with their 36/10/4 mix. Pure: records, config, as-of in.
 */
import { INVALID_OUTCOMES } from '../config/defaults.js';
import type { Config } from '../config/types.js';
import type { Dataset } from '../dataset/types.js';
import type { AsOf } from '../calendar/local-date.js';
import { datePart } from '../calendar/local-date.js';
import { inService } from '../calendar/advisor-week.js';
import { callSlot, inviteWeek, visitWeek, type CallSlot } from '../calendar/week.js';
import { CALL_OUTCOMES, CALL_PURPOSES, type CallList, type CallStore } from '../model/call-store.js';
import type { ContractRecord, InviteRecord, LeaveRecord, LocalDate } from '../model/records.js';
import type { AdvisorWeek, DailyCalls, WeekInfo, WeekMetrics } from '../model/results.js';
import { positionsNear, weekWindow } from './week-positions.js';
import { oncePerFamily } from './families.js';

/** Rounds a ratio to 4 decimals (how rates are shown in JSON). */
export function ratio4(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : Math.round((numerator / denominator) * 10_000) / 10_000;
}

/** Whether a call's row is one the config counts as effective, by outcome code (CallStore). */
export function effectiveCodes(config: Config): boolean[] {
  return [false, ...CALL_OUTCOMES.map((o) => config.effectiveOutcomes.includes(o))];
}

/** Whether an outcome code (CallStore) is an invalid number. */
const INVALID_CODES: boolean[] = [false, ...CALL_OUTCOMES.map((o) => INVALID_OUTCOMES.includes(o))];

/** Tells whether the call of a store row is a new-lead call (rows of the classified list's store). */
export type NewLeadTest = (row: number) => boolean;

/**
 * New-lead calls: `list` when given; when blank, a phone this advisor had not called on an
 * earlier date (forms.md). Built once over all the data; asked with rows of `calls`' store.
 */
export function newLeadClassifier(calls: CallList): NewLeadTest {
  const store = calls.store;
  // Per phone, the row of each advisor's earliest call to it. Most phones have one advisor,
  // so no array then. Built on the first call with a blank list: when every call says new or
  // old (most exports), a million calls never cost the map at all.
  let built: Map<number | string, number | number[]> | null = null;
  const build = (): Map<number | string, number | number[]> => {
    const first = new Map<number | string, number | number[]>();
    const earlier = (a: number, b: number) => store.date(a) < store.date(b);
    for (let k = 0; k < calls.length; k++) {
      const r = calls.row(k);
      const phone = store.phoneKey(r);
      if (phone === null) continue;
      const held = first.get(phone);
      if (held === undefined) first.set(phone, r);
      else if (Array.isArray(held)) {
        const i = held.findIndex((h) => store.advisorId(h) === store.advisorId(r));
        if (i < 0) held.push(r);
        else if (earlier(r, held[i]!)) held[i] = r;
      } else if (store.advisorId(held) !== store.advisorId(r)) first.set(phone, [held, r]);
      else if (earlier(r, held)) first.set(phone, r);
    }
    return first;
  };
  return (r) => {
    const list = store.listCode(r);
    if (list !== 0) return list === 1;
    // A call without a phone cannot have been made before: the forms' rule reads it as new.
    const phone = store.phoneKey(r);
    if (phone === null) return true;
    const held = (built ??= build()).get(phone);
    const mine = Array.isArray(held) ? held.find((h) => store.advisorId(h) === store.advisorId(r)) : held;
    return mine !== undefined && store.advisorId(mine) === store.advisorId(r) && store.dateId(mine) === store.dateId(r);
  };
}

/** Which leave excuses a call day (calls.weekly's `excusedLeave` and `sickNeedsProof`). */
export interface LeavePolicy {
  excusedLeave: readonly string[];
  sickNeedsProof: boolean;
}

/**
 * What a call day is counted against: calls.daily's `perDay` and calls.weekly's leave policy. The
 * rules hand it down (rules/params.ts dayQuota), so the metrics never look a rule up.
 */
export interface DayQuota {
  perDay: number;
  leave: LeavePolicy;
}

/** The leave of an advisor on a day and whether it excuses that day's calls (calls.weekly). */
export function leaveOn(leave: LeaveRecord[], advisor: string, date: LocalDate, policy: LeavePolicy): { type: LeaveRecord['type']; excused: boolean; record: LeaveRecord } | null {
  const rows = leave.filter((l) => l.advisor === advisor && l.date === date);
  if (rows.length === 0) return null;
  const { excusedLeave: excusedTypes, sickNeedsProof } = policy;
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
  quotaCalls: CallList;
  effective: CallList;
  invalid: CallList;
  makeup: CallList;
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
      slice = emptySlice(dataset);
      slices.set(advisor, slice);
    }
    return slice;
  };
  for (const [advisor, mine] of calls.byAdvisor()) sliceOf(advisor).records.calls = mine;
  for (const i of invites) sliceOf(i.advisor).records.invites.push(i);
  for (const c of contracts) sliceOf(c.advisor).records.contracts.push(c);
  for (const l of leave) sliceOf(l.advisor).records.leave.push(l);
  sliceCache.set(dataset, { stamp, slices });
  return slices;
}

const sliceCache = new WeakMap<Dataset, { stamp: unknown[]; slices: Map<string, Dataset> }>();

function emptySlice(dataset: Dataset): Dataset {
  return { ...dataset, records: { ...dataset.records, calls: dataset.records.calls.select([]), invites: [], contracts: [], leave: [] } };
}

/** The dataset of one advisor's records (see advisorSlices); an empty one for an advisor without records. */
export function advisorSlice(dataset: Dataset, advisor: string): Dataset {
  return advisorSlices(dataset).get(advisor) ?? emptySlice(dataset);
}

/** Splits the dataset into the records that count for `advisor` in `week`, as of `asOf`. */
export function weekRecords(all: Dataset, config: Config, week: WeekInfo, asOf: AsOf, advisor: string): WeekRecords {
  const dataset = advisorSlice(all, advisor);
  const today = datePart(asOf.local);
  const calls = dataset.records.calls;
  const store = calls.store;
  const quotaCalls: number[] = [];
  const effectiveCalls: number[] = [];
  const makeup: number[] = [];
  const invalid: number[] = [];
  const effectiveCode = effectiveCodes(config);
  // One pass over the columns, no record made: an advisor of a regional export may have 100k
  // calls. What a date means (its slot, its call day) is worked out once per distinct date.
  const { counts, dayIndex } = dayCounters(week);
  const dates: (DateFacts | undefined)[] = [];
  // Only the rows dated near the week (a history of 8 weeks reads each row about once).
  const near = positionsNear(calls, week);
  const n = near ? near.length : calls.length;
  for (let j = 0; j < n; j++) {
    const r = calls.row(near ? near[j]! : j);
    const id = store.dateId(r);
    const d = (dates[id] ??= dateFacts(store.dateOf(id), today, week, config, dayIndex));
    if (d.future) continue;
    const outcome = store.outcomeCode(r);
    const effective = effectiveCode[outcome]!;
    if (d.day >= 0) countCall(counts[d.day]!, store, r, effective);
    if (d.quota) {
      quotaCalls.push(r);
      if (effective) effectiveCalls.push(r);
    }
    if (d.makeup && effective) makeup.push(r);
    // Only effective weekend calls are make-ups; the rest counts toward the next quota.
    const inPeriod = d.quota || (d.makeupSlot && !effective && d.inviteWeek);
    if (inPeriod && INVALID_CODES[outcome]) invalid.push(r);
  }
  return splitOf(calls, { quotaCalls, effectiveCalls, invalid, makeup, counts }, dataset.records.invites, dataset.records.contracts, config, week, asOf, advisor);
}

/** An advisor's calls of a week as weekRecords sorts them (store rows, in list order) and its call-day counts. */
interface CallRows {
  quotaCalls: number[] | Uint32Array;
  effectiveCalls: number[] | Uint32Array;
  invalid: number[] | Uint32Array;
  makeup: number[] | Uint32Array;
  counts: DayCount[];
}

/** What a call is for a week (weekRecordsOf's bits). */
const QUOTA = 1;
const EFFECTIVE = 2;
const MAKEUP = 4;
const INVALID = 8;

/** The WeekRecords of an advisor from its sorted calls and (any advisor's) invites and contracts. */
function splitOf(
  calls: CallList,
  rows: CallRows,
  allInvites: readonly InviteRecord[],
  allContracts: readonly ContractRecord[],
  config: Config,
  week: WeekInfo,
  asOf: AsOf,
  advisor: string,
): WeekRecords {
  const today = datePart(asOf.local);
  const invites = allInvites.filter((i) => i.advisor === advisor);
  const booked = invites.filter((i) => i.date <= today && inviteWeek(i.date, config) === week.start);
  const visits = invites.filter(
    (i) => i.visited === 'yes' && i.session !== null && i.session <= asOf.local && visitWeek(i.session, config) === week.start,
  );
  const contracts = allContracts.filter(
    (c) => c.advisor === advisor && c.date >= week.start && c.date <= week.end && c.date <= today,
  );
  const split: WeekRecords = {
    quotaCalls: calls.select(rows.quotaCalls),
    effective: calls.select(rows.effectiveCalls),
    invalid: calls.select(rows.invalid),
    makeup: calls.select(rows.makeup),
    // Families, not bookings: each once per invite type (metrics/families.ts).
    firstInvites: oncePerFamily(booked.filter((i) => i.kind === 'first')),
    secondInvites: oncePerFamily(booked.filter((i) => i.kind === 'second')),
    firstVisits: oncePerFamily(visits.filter((i) => i.kind === 'first')),
    secondVisits: oncePerFamily(visits.filter((i) => i.kind === 'second')),
    contracts,
  };
  DAY_COUNTS.set(split, rows.counts);
  return split;
}

/**
 * weekRecords of many advisors (a week's view), in one pass over the whole call list: the same
 * records, each advisor's in list order. Per advisor, a list of 200 advisors' interleaved calls
 * is read row by scattered row, a cache miss per column per call; here the columns are read in
 * order once. Only the dates near the week count (week-positions.ts), told by date id.
 */
export function weekRecordsOf(all: Dataset, config: Config, week: WeekInfo, asOf: AsOf, advisors: readonly string[]): Map<string, WeekRecords> {
  const today = datePart(asOf.local);
  const calls = all.records.calls;
  const store = calls.store;
  const effectiveCode = effectiveCodes(config);
  const { dayIndex } = dayCounters(week);
  // Each store advisor id's place in `advisors` (-1: not asked for); ids of one name are one id.
  const wanted = new Map<string, number>();
  advisors.forEach((a, i) => {
    if (!wanted.has(a)) wanted.set(a, i);
  });
  const slotOf = new Int32Array(store.advisorCount);
  for (let id = 0; id < slotOf.length; id++) slotOf[id] = wanted.get(store.advisorOf(id)) ?? -1;
  const counts = advisors.map(() => dayCounters(week).counts);
  const { from, to } = weekWindow(week);
  // Per date id: its facts, or null when no call of that date counts (outside the window, or future).
  const dates: (DateFacts | null | undefined)[] = [];
  // Two passes: what each call is (QUOTA | EFFECTIVE | MAKEUP | INVALID bits, by position) and
  // how many of each an advisor has, then the rows put in typed arrays of that size. Arrays of
  // rows pushed per advisor held every advisor's at once, twice the memory with their spare room.
  const kinds = new Uint8Array(calls.length);
  const sizes = new Uint32Array(advisors.length * 4);
  for (let k = 0; k < calls.length; k++) {
    const r = calls.row(k);
    const id = store.dateId(r);
    let d = dates[id];
    if (d === undefined) {
      const date = store.dateOf(id);
      d = dates[id] = date < from || date > to || date > today ? null : dateFacts(date, today, week, config, dayIndex);
    }
    if (d === null) continue;
    const a = slotOf[store.advisorId(r)]!;
    if (a < 0) continue;
    const outcome = store.outcomeCode(r);
    const effective = effectiveCode[outcome]!;
    if (d.day >= 0) countCall(counts[a]![d.day]!, store, r, effective);
    let kind = 0;
    if (d.quota) kind = effective ? QUOTA | EFFECTIVE : QUOTA;
    if (d.makeup && effective) kind |= MAKEUP;
    // Only effective weekend calls are make-ups; the rest counts toward the next quota.
    const inPeriod = d.quota || (d.makeupSlot && !effective && d.inviteWeek);
    if (inPeriod && INVALID_CODES[outcome]) kind |= INVALID;
    if (kind === 0) continue;
    kinds[k] = kind;
    const at = a * 4;
    if (kind & QUOTA) sizes[at]! += 1;
    if (kind & EFFECTIVE) sizes[at + 1]! += 1;
    if (kind & INVALID) sizes[at + 2]! += 1;
    if (kind & MAKEUP) sizes[at + 3]! += 1;
  }
  const rows: CallRows[] = advisors.map((_, a) => ({
    quotaCalls: new Uint32Array(sizes[a * 4]!),
    effectiveCalls: new Uint32Array(sizes[a * 4 + 1]!),
    invalid: new Uint32Array(sizes[a * 4 + 2]!),
    makeup: new Uint32Array(sizes[a * 4 + 3]!),
    counts: counts[a]!,
  }));
  const fill = new Uint32Array(advisors.length * 4);
  for (let k = 0; k < calls.length; k++) {
    const kind = kinds[k]!;
    if (kind === 0) continue;
    const r = calls.row(k);
    const a = slotOf[store.advisorId(r)]!;
    const mine = rows[a]!;
    const at = a * 4;
    if (kind & QUOTA) mine.quotaCalls[fill[at]!++] = r;
    if (kind & EFFECTIVE) mine.effectiveCalls[fill[at + 1]!++] = r;
    if (kind & INVALID) mine.invalid[fill[at + 2]!++] = r;
    if (kind & MAKEUP) mine.makeup[fill[at + 3]!++] = r;
  }
  const out = new Map<string, WeekRecords>();
  advisors.forEach((a, i) => {
    if (!out.has(a)) out.set(a, splitOf(calls, rows[i]!, all.records.invites, all.records.contracts, config, week, asOf, a));
  });
  return out;
}

/** What a call's date means for the week being split. */
interface DateFacts {
  /** After the as-of date: not counted at all. */
  future: boolean;
  /** Index of the call day in the week, or -1. */
  day: number;
  /** A quota day of this week. */
  quota: boolean;
  /** A make-up day (weekend) of this week. */
  makeup: boolean;
  /** A make-up day of any week. */
  makeupSlot: boolean;
  /** Its invitation week is this week. */
  inviteWeek: boolean;
}

function dateFacts(date: LocalDate, today: LocalDate, week: WeekInfo, config: Config, dayIndex: Map<LocalDate, number>): DateFacts {
  const slot: CallSlot = callSlot(date, config);
  return {
    future: date > today,
    day: dayIndex.get(date) ?? -1,
    quota: slot.week === week.start && slot.kind === 'quota',
    // A weekend day that is a public holiday holds no make-up (manual, "Holiday weeks").
    makeup: slot.week === week.start && slot.kind === 'makeup' && !config.calendar.holidays.includes(date),
    makeupSlot: slot.kind === 'makeup',
    inviteWeek: inviteWeek(date, config) === week.start,
  };
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

function countCall(n: DayCount, store: CallStore, r: number, effective: boolean): void {
  if (INVALID_CODES[store.outcomeCode(r)]) n.invalid += 1;
  if (!effective) return;
  n.effective += 1;
  const purpose = store.purposeCode(r);
  if (purpose === FIRST_INVITE) n.firstInvite += 1;
  else if (purpose === SECOND_INVITE) n.secondInvite += 1;
  else if (purpose === MEMBER_CARE) n.memberCare += 1;
}

const FIRST_INVITE = CALL_PURPOSES.indexOf('first_invite') + 1;
const SECOND_INVITE = CALL_PURPOSES.indexOf('second_invite') + 1;
const MEMBER_CARE = CALL_PURPOSES.indexOf('member_care') + 1;

function countPurposes(calls: CallList) {
  const store = calls.store;
  return {
    firstInviteCalls: calls.count((r) => store.purposeCode(r) === FIRST_INVITE),
    secondInviteCalls: calls.count((r) => store.purposeCode(r) === SECOND_INVITE),
    memberCareCalls: calls.count((r) => store.purposeCode(r) === MEMBER_CARE),
  };
}

/** The week's metrics of one advisor, from its records. */
export function metricsOf(records: WeekRecords, isNew: NewLeadTest): WeekMetrics {
  const newCalls = records.effective.count(isNew);
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
export function dailyCalls(all: Dataset, config: Config, week: WeekInfo, asOf: AsOf, advisor: string, quota: DayQuota, records?: WeekRecords): DailyCalls[] {
  const today = datePart(asOf.local);
  const { perDay } = quota;
  let counts = records ? DAY_COUNTS.get(records) : undefined;
  if (!counts) {
    // One pass over the advisor's calls, counted into their day (a million calls, a few days).
    const counters = dayCounters(week);
    counts = counters.counts;
    const calls = advisorSlice(all, advisor).records.calls;
    const store = calls.store;
    const effectiveCode = effectiveCodes(config);
    for (let k = 0; k < calls.length; k++) {
      const r = calls.row(k);
      const date = store.date(r);
      if (store.advisor(r) !== advisor || date > today) continue;
      const day = counters.dayIndex.get(date);
      if (day !== undefined) countCall(counts[day]!, store, r, effectiveCode[store.outcomeCode(r)]!);
    }
  }
  return week.callDays.map((date, i) => {
    const n = counts[i]!;
    // All the leave, not the advisor's slice (leaveOn keeps the advisor's rows, in order): the
    // slice would cut a million calls by advisor for nothing when the counts came with the records.
    const leave = leaveOn(all.records.leave, advisor, date, quota.leave);
    return {
      date,
      effectiveCalls: n.effective,
      firstInviteCalls: n.firstInvite,
      secondInviteCalls: n.secondInvite,
      memberCareCalls: n.memberCare,
      invalidCalls: n.invalid,
      // No target on a day the advisor is not with the center (before `from`, after `until`).
      target: leave?.excused || !inService(config, advisor, date) ? 0 : perDay,
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
  quota: DayQuota,
  records?: Map<string, WeekRecords>,
  isNew: NewLeadTest = newLeadClassifier(dataset.records.calls),
): AdvisorWeek[] {
  return advisors.map((advisor) => {
    const split = records?.get(advisor) ?? weekRecords(dataset, config, week, asOf, advisor);
    return { advisor, metrics: metricsOf(split, isNew), daily: dailyCalls(dataset, config, week, asOf, advisor, quota, split) };
  });
}
