/**
 * The roster as the reallocation sees it (manual, "Reallocation"): each card with its current
 * owner, whether it may move (prospect cards only), its effective last follow-up, and the
 * families (cards of one owner sharing a phone) that always move together.
 */
import type { CallRecord, CustomerRecord, LocalDate } from '../../model/records.js';

/** One card of the roster, keyed by its position so that cards with the same id stay distinct. */
export interface Card {
  /** Index of the card in the roster as read. */
  key: number;
  record: CustomerRecord;
  /** The owner before this reallocation. */
  owner: string;
  /** Later of the roster's last follow-up and the latest call to the card's phone. */
  followUp: LocalDate | null;
}

/** A group of cards that moves as one: one owner's prospect cards sharing a phone (or one card without a phone). */
export interface Family {
  owner: string;
  cards: Card[];
}

/** A prospect card is any card whose status is not member or lost; only those ever move. */
export function isProspect(record: CustomerRecord): boolean {
  return record.status !== 'member' && record.status !== 'lost';
}

/** The latest call date per phone (any call counts as a follow-up, forms.md `customers`). */
export function latestCallByPhone(calls: readonly CallRecord[]): Map<string, LocalDate> {
  const latest = new Map<string, LocalDate>();
  for (const call of calls) {
    if (!call.phone) continue;
    const seen = latest.get(call.phone);
    if (seen === undefined || call.date > seen) latest.set(call.phone, call.date);
  }
  return latest;
}

/** The later of two optional local dates. */
function laterOf(a: LocalDate | null, b: LocalDate | null | undefined): LocalDate | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return a > b ? a : b;
}

/** The roster's cards with their effective last follow-up. */
export function rosterCards(customers: readonly CustomerRecord[], calls: readonly CallRecord[]): Card[] {
  const latest = latestCallByPhone(calls);
  return customers.map((record, key) => ({
    key,
    record,
    owner: record.advisor,
    followUp: laterOf(record.last_follow_up, record.phone ? latest.get(record.phone) : null),
  }));
}

/**
 * The families among `cards` (prospect cards only): one owner's cards sharing a phone, each
 * card without a phone alone. In the order of their first card, so a draw is reproducible.
 */
export function families(cards: readonly Card[]): Family[] {
  const byKey = new Map<string, Family>();
  const out: Family[] = [];
  for (const card of cards) {
    if (!isProspect(card.record)) continue;
    const k = card.record.phone ? `${card.owner}\u0000${card.record.phone}` : `#${card.key}`;
    let family = byKey.get(k);
    if (!family) {
      family = { owner: card.owner, cards: [] };
      byKey.set(k, family);
      out.push(family);
    }
    family.cards.push(card);
  }
  return out;
}

/** The latest effective follow-up of a family (a call to the shared phone follows up all of it). */
export function familyFollowUp(family: Family): LocalDate | null {
  return family.cards.reduce<LocalDate | null>((acc, c) => laterOf(acc, c.followUp), null);
}
