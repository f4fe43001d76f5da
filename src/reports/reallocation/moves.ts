/** A card moving from one advisor to another, and why (the rule and the manual's reading). */
import type { RuleId } from '../../rules/index.js';
import type { Card } from './cards.js';

/**
 * Why a card moves: `penalty` (invites.second-zero, §1.1.1(2)②c), `stale` (no follow-up in
 * 30 days, §1.1.1(9)②), `least-recent` (topping the release up to 1/3, §1.1.1(9)①),
 * `keep-share` (the 30%-kept reading, §1.2.5(1)①b), `penalty-shared` (a penalty card that only an
 * advisor penalised for the same thing could take), `handover` (the cards of an advisor after
 * their `until` date).
 */
export type MoveBasis = 'penalty' | 'penalty-shared' | 'stale' | 'least-recent' | 'keep-share' | 'handover';

/** One card moved. */
export interface CardMove {
  card: Card;
  from: string;
  to: string;
  /** Rule id of manual.md. */
  rule: RuleId | 'advisors.until';
  basis: MoveBasis;
}

/** What a planner yields: the moves, and the cards it meant to move but no advisor could take. */
export interface PlannedMoves {
  moves: CardMove[];
  unplaced: Card[];
}
