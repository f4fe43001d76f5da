/**
 * The hand-over of an advisor who has left (manual, "The center's week": after `until` the
 * advisor's prospect cards are handed over evenly): every prospect card they still hold goes,
 * family by family, to the active advisors, dealt evenly from a seeded order.
 */
import { shuffled } from '../../random/seeded.js';
import { families, type Card } from './cards.js';
import { dealFamilies, largestFirst } from './deal.js';
import type { CardMove, PlannedMoves } from './moves.js';

/** The rule id of a hand-over move (not a quota rule: the config's `until`). */
export const HANDOVER_RULE = 'advisors.until';

export interface HandoverInput {
  cards: readonly Card[];
  /** Advisors whose `until` is before the period planned. */
  departed: readonly string[];
  /** Who receives. */
  active: readonly string[];
  random: () => number;
  received?: Map<string, number>;
}

/** Every prospect card of the departed advisors, dealt evenly over the active ones. */
export function planHandover(input: HandoverInput): PlannedMoves {
  const moves: CardMove[] = [];
  const unplaced: Card[] = [];
  for (const advisor of input.departed) {
    const own = shuffled(families(input.cards.filter((c) => c.owner === advisor)), input.random);
    const recipients = input.active.filter((a) => a !== advisor);
    const dealt = dealFamilies(largestFirst(own), recipients, (f) => new Set([f.owner]), input.random, input.received);
    unplaced.push(...dealt.unplaced.flatMap((f) => f.cards));
    for (const { family, to } of dealt.placements) {
      for (const card of family.cards) moves.push({ card, from: advisor, to, rule: HANDOVER_RULE, basis: 'handover' });
    }
  }
  return { moves, unplaced };
}
