/**
 * Penalty moves, §1.1.1(2)②c (`invites.second-zero`): round(1/5 x N) of the advisor's N
 * prospect cards, drawn at random (seeded), spread evenly over the other active advisors.
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

/** The number of cards that move out of N prospect cards: round(share x N). */
export function penaltyCount(prospects: number, share: number): number {
  // The epsilon keeps 0.2 x 5 = 1 from becoming 0.9999...
  return Math.round(share * prospects + 1e-9);
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
    const own = families(input.cards.filter((c) => c.owner === advisor));
    const prospects = own.reduce((n, f) => n + f.cards.length, 0);
    const drawn = drawFamilies(own, penaltyCount(prospects, input.cardShare), input.random);
    const recipients = input.active.filter((name) => name !== advisor);
    const dealt = dealFamilies(largestFirst(drawn), recipients, (f) => new Set([f.owner]), input.random, received);
    unplaced.push(...dealt.unplaced.flatMap((f) => f.cards));
    const { placements } = dealt;
    for (const { family, to } of placements) {
      for (const card of family.cards) moves.push({ card, from: advisor, to, rule: 'invites.second-zero', basis: 'penalty' });
    }
  }
  return { moves, unplaced };
}
