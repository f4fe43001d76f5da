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
  // An open-addressing hash table of the kept calls' rows, read from the columns: a million
  // calls cost 8 MB of table and no object or string each.
  const store = calls.store;
  let size = 1024;
  while (size < calls.length * 2) size *= 2;
  const table = new Int32Array(size); // store row + 1; 0 = empty
  const mask = size - 1;
  const dropped = new Uint8Array(calls.length);
  const issues: DataIssue[] = [];
  const same = (a: number, b: number) =>
    store.advisorId(a) === store.advisorId(b) &&
    store.dateId(a) === store.dateId(b) &&
    store.purposeCode(a) === store.purposeCode(b) &&
    store.outcomeCode(a) === store.outcomeCode(b) &&
    store.samePhone(a, b);
  for (let k = 0; k < calls.length; k++) {
    const r = calls.row(k);
    // The phone read as a number when numeric (no boxing, no text), else as its text.
    const number = store.phoneNumber(r);
    let h: number;
    if (number === number) h = hashNumber(number);
    else {
      const text = store.phoneTextOf(r);
      if (text === null) continue;
      h = hashText(text);
    }
    h = Math.imul(h ^ store.advisorId(r), 0x9e3779b1);
    h = Math.imul(h ^ store.dateId(r), 0x85ebca6b);
    h = Math.imul(h ^ (store.purposeCode(r) | (store.outcomeCode(r) << 4)), 0xc2b2ae35);
    let slot = (h ^ (h >>> 15)) & mask;
    let earlier = -1;
    for (let held = table[slot]!; held !== 0; slot = (slot + 1) & mask, held = table[slot]!) {
      if (same(held - 1, r)) {
        earlier = held - 1;
        break;
      }
    }
    if (earlier < 0) {
      table[slot] = r + 1;
      continue;
    }
    dropped[k] = 1;
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
      message: t('issue.duplicate-row', { other: placeText(store.origin(earlier)) }),
    });
  }
  // Usually nothing is repeated: the list itself then, no copy of a million rows.
  return { calls: issues.length === 0 ? calls : calls.select(rowsWithout(calls, dropped)), issues };
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
