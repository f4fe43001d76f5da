/**
 * Checks across files and rows, once every sheet is read: the same call recorded twice, and
 * one phone on two advisors' rosters.
 */
import { t } from '../i18n/index.js';
import type { DataIssue } from '../model/issues.js';
import type { CallList } from '../model/call-store.js';
import type { CustomerRecord, Origin } from '../model/records.js';
import { maskPhone } from '../privacy/mask.js';

/** A record's place as the user finds it: file, sheet (when not a CSV), row. */
export function placeText(origin: Origin): string {
  return origin.sheet === null
    ? t('place.csv-row', { file: origin.file, row: origin.row })
    : t('place.sheet-row', { file: origin.file, sheet: origin.sheet, row: origin.row });
}

/**
 * The calls with each repeated call (same advisor, date, phone, purpose and outcome) kept
 * once, at its first place; each repeat is an info issue naming both places. Calls without a
 * phone are never taken for repeats: two blank phones are not the same number.
 */
export function dropDuplicateCalls(calls: CallList): { calls: CallList; issues: DataIssue[] } {
  // Hashed from the columns: no object or string per call. One hash table over a million calls
  // (8 MB) took a cache miss per call, and another per held call met on the way (its columns,
  // rows far apart). So the calls are first cut by the top bits of their hash into parts of a
  // few thousand, each part in list order, then each part is looked up in a small table that
  // stays in cache. A repeat is always of the same part, and within it the first call is kept,
  // as in one table. A held call's columns are read only when its hash is the same.
  const store = calls.store;
  const n = calls.length;
  let bits = 0;
  while (bits < 12 && n >> bits > PART_SIZE) bits++;
  const shift = 32 - bits;
  const partOf = (h: number) => (bits === 0 ? 0 : h >>> shift);
  const starts = new Uint32Array((1 << bits) + 1);
  for (let k = 0; k < n; k++) {
    const h = callHash(calls, k);
    if (h !== null) starts[partOf(h) + 1]! += 1;
  }
  for (let p = 0; p < 1 << bits; p++) starts[p + 1]! += starts[p]!;
  // Each part's calls: [place in the list, hash], side by side, in list order.
  const parts = new Int32Array(starts[1 << bits]! * 2);
  const fill = starts.slice(0, 1 << bits);
  let largest = 0;
  for (let k = 0; k < n; k++) {
    const h = callHash(calls, k);
    if (h === null) continue;
    const at = fill[partOf(h)]!++ * 2;
    parts[at] = k;
    parts[at + 1] = h;
  }
  for (let p = 0; p < 1 << bits; p++) largest = Math.max(largest, starts[p + 1]! - starts[p]!);
  let size = 16;
  while (size < largest * 2) size *= 2;
  const table = new Int32Array(size * 2); // [hash, place + 1]; place 0 = empty
  const dropped = new Uint8Array(n);
  const earlierOf = new Map<number, number>();
  for (let p = 0; p < 1 << bits; p++) {
    const m = starts[p + 1]! - starts[p]!;
    if (m === 0) continue;
    let tableSize = 16;
    while (tableSize < m * 2) tableSize *= 2;
    const mask = tableSize - 1;
    table.fill(0, 0, tableSize * 2);
    for (let i = starts[p]! * 2, end = starts[p + 1]! * 2; i < end; i += 2) {
      const k = parts[i]!;
      const h = parts[i + 1]!;
      const r = calls.row(k);
      let slot = h & mask;
      let earlier = -1;
      for (let held = table[slot * 2 + 1]!; held !== 0; slot = (slot + 1) & mask, held = table[slot * 2 + 1]!) {
        if (table[slot * 2] !== h) continue;
        const e = calls.row(held - 1);
        if (
          store.advisorId(e) === store.advisorId(r) &&
          store.dateId(e) === store.dateId(r) &&
          store.purposeCode(e) === store.purposeCode(r) &&
          store.outcomeCode(e) === store.outcomeCode(r) &&
          store.samePhone(e, r)
        ) {
          earlier = e;
          break;
        }
      }
      if (earlier < 0) {
        table[slot * 2] = h;
        table[slot * 2 + 1] = k + 1;
      } else {
        dropped[k] = 1;
        earlierOf.set(k, earlier);
      }
    }
  }
  // The issues in list order, as the calls were read.
  const issues: DataIssue[] = [];
  for (let k = 0; k < n; k++) {
    if (!dropped[k]) continue;
    const r = calls.row(k);
    const origin = store.origin(r);
    issues.push({
      code: 'duplicate-row',
      severity: 'info',
      file: origin.file,
      sheet: origin.sheet,
      row: origin.row,
      column: null,
      field: null,
      value: maskPhone(store.phone(r)!),
      message: t('issue.duplicate-row', { other: placeText(store.origin(earlierOf.get(k)!)) }),
    });
  }
  // Usually nothing is repeated: the list itself then, no copy of a million rows.
  return { calls: issues.length === 0 ? calls : calls.select(rowsWithout(calls, dropped)), issues };
}

/** How many calls a part of dropDuplicateCalls holds, about: its table (2x, 8 bytes a slot) stays in cache. */
const PART_SIZE = 4_096;

/**
 * The hash of the k-th call's advisor, date, phone, purpose and outcome (the fields that make
 * a repeat); null without a phone.
 */
function callHash(calls: CallList, k: number): number | null {
  const store = calls.store;
  const r = calls.row(k);
  // The phone read as a number when numeric (no boxing, no text), else as its text.
  const number = store.phoneNumber(r);
  let h: number;
  if (number === number) h = hashNumber(number);
  else {
    const text = store.phoneTextOf(r);
    if (text === null) return null;
    h = hashText(text);
  }
  h = Math.imul(h ^ store.advisorId(r), 0x9e3779b1);
  h = Math.imul(h ^ store.dateId(r), 0x85ebca6b);
  h = Math.imul(h ^ (store.purposeCode(r) | (store.outcomeCode(r) << 4)), 0xc2b2ae35);
  return h ^ (h >>> 15);
}

/** The store rows of `calls` but those marked in `dropped` (by place in the list). */
function rowsWithout(calls: CallList, dropped: Uint8Array): Uint32Array {
  let n = 0;
  for (let k = 0; k < dropped.length; k++) if (!dropped[k]) n++;
  const rows = new Uint32Array(n);
  for (let k = 0, j = 0; k < dropped.length; k++) if (!dropped[k]) rows[j++] = calls.row(k);
  return rows;
}

/** A 32-bit hash of a numeric phone. */
function hashNumber(phone: number): number {
  return Math.imul((phone % 4294967296) ^ Math.floor(phone / 4294967296), 0x27d4eb2d);
}

/** A 32-bit hash of a phone's text. */
function hashText(phone: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < phone.length; i++) h = Math.imul(h ^ phone.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * One warning per phone and further advisor when a phone is on more than one advisor's
 * roster, at the later card, naming the first. Both cards are kept: who owns the customer is
 * the supervisor's call.
 */
export function ownershipConflicts(cards: readonly CustomerRecord[]): DataIssue[] {
  const holder = new Map<string, CustomerRecord>();
  const reported = new Set<string>();
  const issues: DataIssue[] = [];
  for (const card of cards) {
    if (card.phone === null) continue;
    const first = holder.get(card.phone);
    if (!first) {
      holder.set(card.phone, card);
      continue;
    }
    const key = `${card.phone}\u0000${card.advisor}`;
    if (first.advisor === card.advisor || reported.has(key)) continue;
    reported.add(key);
    issues.push({
      code: 'ownership-conflict',
      severity: 'warning',
      file: card.origin.file,
      sheet: card.origin.sheet,
      row: card.origin.row,
      column: null,
      field: 'phone',
      value: maskPhone(card.phone),
      message: t('issue.ownership-conflict', {
        phone: maskPhone(card.phone),
        advisor: card.advisor,
        other: first.advisor,
        place: placeText(first.origin),
      }),
    });
  }
  return issues;
}

/** Names sorted as a Chinese reader expects (pinyin), the same on every machine and in either language. */
export function sortNames(names: Iterable<string>): string[] {
  const collator = new Intl.Collator('zh-Hans-CN');
  return [...new Set(names)].sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
}
