/**
 * Checks across files and rows, once every sheet is read: the same call recorded twice, and
 * one phone on two advisors' rosters.
 */
import { t } from '../i18n/index.js';
import type { DataIssue } from '../model/issues.js';
import type { CallRecord, CustomerRecord, Origin } from '../model/records.js';
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
export function dropDuplicateCalls(calls: readonly CallRecord[]): { calls: CallRecord[]; issues: DataIssue[] } {
  // Keyed by the phone alone (a string each call already holds), the rest compared field by
  // field: no key string per call, so a million calls cost a map entry each, not a new string.
  const first = new Map<string, CallRecord | CallRecord[]>();
  const kept: CallRecord[] = [];
  const issues: DataIssue[] = [];
  const same = (a: CallRecord, b: CallRecord) =>
    a.advisor === b.advisor && a.date === b.date && (a.purpose ?? '') === (b.purpose ?? '') && (a.outcome ?? '') === (b.outcome ?? '');
  for (const call of calls) {
    if (call.phone === null) {
      kept.push(call);
      continue;
    }
    const held = first.get(call.phone);
    const earlier = held === undefined ? undefined : Array.isArray(held) ? held.find((c) => same(c, call)) : same(held, call) ? held : undefined;
    if (!earlier) {
      if (held === undefined) first.set(call.phone, call);
      else if (Array.isArray(held)) held.push(call);
      else first.set(call.phone, [held, call]);
      kept.push(call);
      continue;
    }
    issues.push({
      code: 'duplicate-row',
      severity: 'info',
      file: call.origin.file,
      sheet: call.origin.sheet,
      row: call.origin.row,
      column: null,
      field: null,
      value: maskPhone(call.phone),
      message: t('issue.duplicate-row', { other: placeText(earlier.origin) }),
    });
  }
  return { calls: kept, issues };
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
