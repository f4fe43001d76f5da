/**
 * Dealing cards evenly (manual, "Reallocation": "random" means seeded, reproducible and fair -
 * even counts, within one). Families are dealt whole; each goes to the eligible advisor who has
 * received the fewest cards so far, ties broken by a seeded order of the advisors.
 */
import { shuffled } from '../../random/seeded.js';
import type { Family } from './cards.js';

/** One family placed with an advisor. */
export interface Placement {
  family: Family;
  to: string;
}

/** What a deal yields: the placements, and the families no eligible advisor could take. */
export interface DealResult {
  placements: Placement[];
  unplaced: Family[];
}

/**
 * Deals `families` in the order given (callers put larger families first, so that the single
 * cards dealt after them even the counts out) to `recipients`. A family never goes to an advisor in
 * `forbidden(family)` (its owner, its previous owner). `received` counts cards already received
 * elsewhere in the same plan and is updated, so that several deals stay even overall too.
 */
export function dealFamilies(
  families: readonly Family[],
  recipients: readonly string[],
  forbidden: (family: Family) => ReadonlySet<string>,
  random: () => number,
  received: Map<string, number> = new Map(),
): DealResult {
  const order = shuffled(recipients, random);
  const rank = new Map(order.map((name, i) => [name, i]));
  const local = new Map<string, number>();
  const placements: Placement[] = [];
  const unplaced: Family[] = [];
  for (const family of families) {
    const banned = forbidden(family);
    let best: string | null = null;
    for (const name of order) {
      if (banned.has(name)) continue;
      if (best === null || compare(name, best) < 0) best = name;
    }
    if (best === null) {
      unplaced.push(family);
      continue;
    }
    const n = family.cards.length;
    local.set(best, (local.get(best) ?? 0) + n);
    received.set(best, (received.get(best) ?? 0) + n);
    placements.push({ family, to: best });
  }
  return { placements, unplaced };

  function compare(a: string, b: string): number {
    return (
      (local.get(a) ?? 0) - (local.get(b) ?? 0) ||
      (received.get(a) ?? 0) - (received.get(b) ?? 0) ||
      rank.get(a)! - rank.get(b)!
    );
  }
}

/** Larger families first, otherwise in the order given (a stable sort). */
export function largestFirst(families: readonly Family[]): Family[] {
  return [...families].sort((a, b) => b.cards.length - a.cards.length);
}
