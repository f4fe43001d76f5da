/**
 * Penalty moves, §1.1.1(2)②c (`invites.second-zero`): 1/5 x N of the advisor's N prospect
 * cards, rounded half up and at least one, drawn at random (seeded), spread evenly over the other
 * active advisors not penalised for the same thing that week (over those too when no one else can).
 * Members and lost customers never move; a family (same phone) moves whole.
 */
import { shuffled } from '../../random/seeded.js';
import { families, type Card, type Family } from './cards.js';
import { dealFamilies, largestFirst } from './deal.js';
import type { CardMove, PlannedMoves } from './moves.js';

/** What the penalty planning needs. */
export interface PenaltyInput {
  cards: readonly Card[];
  /** Advisors whose `invites.second-zero` was missed. */
  penalized: readonly string[];
  /** The active advisors (the only ones who receive cards). */
  active: readonly string[];
  /** The share of prospect cards that moves (config `invites.second-zero` cardShare, 1/5). */
  cardShare: number;
  random: () => number;
  /** Cards received so far in this plan (updated). */
  received?: Map<string, number>;
}

/** The number of cards that move out of N prospect cards: share x N rounded half up, at least one when N > 0. */
export function penaltyCount(prospects: number, share: number): number {
  if (prospects <= 0 || share <= 0) return 0;
  // The epsilon keeps 0.2 x 5 = 1 from becoming 0.9999... (and 2.5 rounds up to 3).
  return Math.max(1, Math.floor(share * prospects + 0.5 + 1e-9));
}

/**
 * Draws `target` cards as whole families from a shuffled order: families that fit first; if
 * families of two or more leave it short, the smallest remaining family tops it up (a family is
 * never split, so the count may then pass the target by less than that family's size).
 */
export function drawFamilies(pool: readonly Family[], target: number, random: () => number): Family[] {
  const order = shuffled(pool, random);
  const taken: Family[] = [];
  const rest: Family[] = [];
  let count = 0;
  for (const family of order) {
    if (count + family.cards.length <= target) {
      taken.push(family);
      count += family.cards.length;
    } else {
      rest.push(family);
    }
  }
  rest.sort((a, b) => a.cards.length - b.cards.length);
  for (const family of rest) {
    if (count >= target) break;
    taken.push(family);
    count += family.cards.length;
  }
  return taken;
}

/** The penalty moves of every penalized advisor, in the order of `penalized`. */
export function planPenaltyMoves(input: PenaltyInput): PlannedMoves {
  const received = input.received ?? new Map<string, number>();
  const moves: CardMove[] = [];
  const unplaced: Card[] = [];
  for (const advisor of [...new Set(input.penalized)]) {
    // The cards the advisor held at the week's end: none just received in this same plan.
    const own = families(input.cards.filter((c) => c.owner === advisor && c.record.advisor === advisor));
    const prospects = own.reduce((n, f) => n + f.cards.length, 0);
    const drawn = drawFamilies(own, penaltyCount(prospects, input.cardShare), input.random);
    // Never to an advisor penalised for the same thing this week, unless no one else can take them.
    const penalized = new Set(input.penalized);
    const clean = input.active.filter((name) => name !== advisor && !penalized.has(name));
    const shared = clean.length === 0;
    const recipients = shared ? input.active.filter((name) => name !== advisor) : clean;
    const dealt = dealFamilies(largestFirst(drawn), recipients, (f) => new Set([f.owner]), input.random, received);
    unplaced.push(...dealt.unplaced.flatMap((f) => f.cards));
    const { placements } = dealt;
    for (const { family, to } of placements) {
      for (const card of family.cards) {
        moves.push({ card, from: advisor, to, rule: 'invites.second-zero', basis: shared ? 'penalty-shared' : 'penalty' });
      }
    }
  }
  return { moves, unplaced };
}
