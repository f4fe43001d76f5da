/**
 * The monthly swap, §1.1.1(9)①②: at the start of the month each advisor releases every stale
 * old-lead card (no effective follow-up in the 30 days before the month starts) and, when that
 * is fewer than 1/3 of their old-lead cards (rounded up), the least recently followed-up until
 * it is 1/3. The config may choose §1.2.5(1)①b instead: each advisor keeps 30% (the most
 * recently followed-up), the rest is released. Released cards are dealt evenly to the other
 * active advisors, never back to their owner or previous owner; families move whole.
 */
import type { LocalDate, YearMonth } from '../../model/records.js';
import { shuffled } from '../../random/seeded.js';
import { familyDaysSince, families, type Card, type Family } from './cards.js';
import { dealFamilies } from './deal.js';
import type { CardMove, MoveBasis, PlannedMoves } from './moves.js';

/** What the swap planning needs. */
export interface SwapInput {
  cards: readonly Card[];
  month: YearMonth;
  active: readonly string[];
  reading: 'release-third' | 'keep-30';
  /** §1.1.1(9)①: 1/3. */
  releaseShare: number;
  /** §1.2.5(1)①b: 0.3. */
  keepShare: number;
  /** `cards.stale` days: 30. */
  staleDays: number;
  random: () => number;
  /** A card's owner before its current one, when a prior reallocation tells it. */
  previousOwner?: (card: Card) => string | null;
  received?: Map<string, number>;
}

/** An old-lead card: a prospect card created before the month (a card with no date counts as old). */
export function isOldLead(card: Card, monthStart: LocalDate): boolean {
  return card.record.created === null || card.record.created < monthStart;
}

/**
 * Whether a family is stale at `monthStart`: no effective follow-up in the `staleDays` before it
 * (a card never followed up is judged from its creation, as the `cards.stale` rule does).
 */
export function isStale(family: Family, monthStart: LocalDate, staleDays: number): boolean {
  return familyDaysSince(family, monthStart) > staleDays;
}

/** Least recently followed-up first; ties by creation, then roster order. */
function leastRecentFirst(monthStart: LocalDate) {
  return (a: Family, b: Family): number => {
    const da = familyDaysSince(a, monthStart);
    const db = familyDaysSince(b, monthStart);
    if (da !== db) return da > db ? -1 : 1;
    const ca = a.cards[0]!.record.created ?? '';
    const cb = b.cards[0]!.record.created ?? '';
    if (ca !== cb) return ca < cb ? -1 : 1;
    return a.cards[0]!.key - b.cards[0]!.key;
  };
}

const size = (fs: readonly Family[]) => fs.reduce((n, f) => n + f.cards.length, 0);

/** The families one advisor releases, each with why. */
export function releasedFamilies(
  own: readonly Family[],
  input: Pick<SwapInput, 'reading' | 'releaseShare' | 'keepShare' | 'staleDays'>,
  monthStart: LocalDate,
): { family: Family; basis: MoveBasis }[] {
  const old = own.filter((f) => f.cards.some((c) => isOldLead(c, monthStart)));
  const total = size(old);
  const ordered = [...old].sort(leastRecentFirst(monthStart));
  const out: { family: Family; basis: MoveBasis }[] = [];
  let released = 0;
  if (input.reading === 'keep-30') {
    const keep = Math.round(input.keepShare * total + 1e-9);
    for (const family of ordered) {
      if (released >= total - keep) break;
      out.push({ family, basis: 'keep-share' });
      released += family.cards.length;
    }
    return out;
  }
  const floor = Math.ceil(input.releaseShare * total - 1e-9);
  for (const family of ordered) {
    const stale = isStale(family, monthStart, input.staleDays);
    if (!stale && released >= floor) break;
    out.push({ family, basis: stale ? 'stale' : 'least-recent' });
    released += family.cards.length;
  }
  return out;
}

/** The swap's moves for the month. */
export function planMonthlySwap(input: SwapInput): PlannedMoves {
  const monthStart = `${input.month}-01`;
  const all = families(input.cards);
  const owners = [...new Set(all.map((f) => f.owner))].sort();
  const basisOf = new Map<Family, MoveBasis>();
  const pending = owners.map((owner) => {
    const chosen = releasedFamilies(all.filter((f) => f.owner === owner), input, monthStart);
    for (const { family, basis } of chosen) basisOf.set(family, basis);
    // Shuffled so that who receives which card is a draw; larger families first within it.
    const drawn = shuffled(chosen.map((c) => c.family), input.random).sort((x, y) => y.cards.length - x.cards.length);
    return { owner, drawn, left: size(drawn) };
  });
  // Dealt from the advisor with the most cards still to deal, one family at a time: dealing one
  // advisor's cards last would leave that advisor behind, since they cannot take their own.
  const queue: Family[] = [];
  for (;;) {
    let next: (typeof pending)[number] | null = null;
    for (const p of pending) if (p.drawn.length > 0 && (next === null || p.left > next.left)) next = p;
    if (next === null) break;
    const family = next.drawn.shift()!;
    next.left -= family.cards.length;
    queue.push(family);
  }
  const forbidden = (family: Family) => {
    const banned = new Set([family.owner]);
    for (const card of family.cards) {
      const previous = input.previousOwner?.(card);
      if (previous) banned.add(previous);
    }
    return banned;
  };
  const { placements, unplaced } = dealFamilies(queue, input.active, forbidden, input.random, input.received);
  const moves: CardMove[] = [];
  for (const { family, to } of placements) {
    for (const card of family.cards) moves.push({ card, from: family.owner, to, rule: 'cards.stale', basis: basisOf.get(family)! });
  }
  return { moves, unplaced: unplaced.flatMap((f) => f.cards) };
}
