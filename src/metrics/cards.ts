/** Customer cards (客户管理表): effective last follow-up, old-lead cards, overdue follow-ups. */
import type { Dataset } from '../dataset/types.js';
import { daysBetween } from '../calendar/local-date.js';
import type { CustomerRecord, LocalDate } from '../model/records.js';

/** Whether a card is a prospect card (manual, "Reallocation": not 会员 member, not 流失 lost). */
export function isProspect(card: CustomerRecord): boolean {
  return card.status !== 'member' && card.status !== 'lost';
}

/**
 * The effective last follow-up of each card as of `ref` (forms.md: the later of the card's
 * column and the latest call to its phone), or null when neither is known.
 */
export function lastFollowUps(dataset: Dataset, ref: LocalDate): Map<CustomerRecord, LocalDate | null> {
  const lastCall = new Map<string, LocalDate>();
  const calls = dataset.records.calls;
  const store = calls.store;
  for (let k = 0; k < calls.length; k++) {
    const r = calls.row(k);
    const date = store.date(r);
    const phone = date > ref ? null : store.phone(r);
    if (phone === null) continue;
    const seen = lastCall.get(phone);
    if (seen === undefined || date > seen) lastCall.set(phone, date);
  }
  const out = new Map<CustomerRecord, LocalDate | null>();
  for (const card of dataset.records.customers) {
    const dates = [card.last_follow_up, card.phone ? lastCall.get(card.phone) : undefined].filter(
      (d): d is LocalDate => typeof d === 'string' && d <= ref,
    );
    out.set(card, dates.length === 0 ? null : dates.reduce((a, b) => (a > b ? a : b)));
  }
  return out;
}

/** Days since a card's follow-up (or its creation when never followed up); Infinity when unknown. */
export function daysSinceFollowUp(card: CustomerRecord, last: LocalDate | null, ref: LocalDate): number {
  const since = last ?? card.created;
  return since === null ? Number.POSITIVE_INFINITY : daysBetween(since, ref);
}

/** Old-lead cards of an advisor (prospect cards created before `monthStart`) not followed up within `days`. */
export function staleCards(
  dataset: Dataset,
  advisor: string,
  ref: LocalDate,
  monthStart: LocalDate,
  days: number,
  last: Map<CustomerRecord, LocalDate | null> = lastFollowUps(dataset, ref),
): CustomerRecord[] {
  return dataset.records.customers.filter(
    (c) =>
      c.advisor === advisor &&
      isProspect(c) &&
      (c.created === null || c.created < monthStart) &&
      daysSinceFollowUp(c, last.get(c) ?? null, ref) > days,
  );
}
