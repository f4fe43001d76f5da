/**
 * The roster as the reallocation sees it (manual, "Reallocation"): each card with its current
 * owner, whether it may move (prospect cards only), its effective last follow-up, and the
 * families (cards of one owner sharing a phone) that always move together.
 */
import { emptyRecords, type Dataset } from '../../dataset/types.js';
import { CallList } from '../../model/call-store.js';
import { daysSinceFollowUp, isProspect, lastFollowUps } from '../../metrics/cards.js';
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

/** The roster's cards with their effective last follow-up as of `ref` (later follow-ups are not counted). */
export function rosterCards(customers: readonly CustomerRecord[], calls: CallList | readonly CallRecord[], ref: LocalDate): Card[] {
  // The engine's reading of "effective last follow-up", so the swap and `cards.stale` agree.
  const dataset: Dataset = { files: [], records: { ...emptyRecords(), customers: [...customers], calls: calls instanceof CallList ? calls : CallList.of(calls) }, issues: [], advisors: [] };
  const last = lastFollowUps(dataset, ref);
  return dataset.records.customers.map((record, key) => ({ key, record, owner: record.advisor, followUp: last.get(record) ?? null }));
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
  return family.cards.reduce<LocalDate | null>((acc, c) => (acc === null || (c.followUp !== null && c.followUp > acc) ? c.followUp : acc), null);
}

/** Days since the family was last followed up (or created, when never) as of `ref`; Infinity when unknown. */
export function familyDaysSince(family: Family, ref: LocalDate): number {
  return Math.min(...family.cards.map((c) => daysSinceFollowUp(c.record, c.followUp, ref)));
}
