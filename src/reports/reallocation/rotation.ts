/**
 * The walk-in rotation (Walkin 轮换顺序): a seeded order of the active advisors; an advisor
 * with a verified complaint in the week skips one turn, i.e. comes after the others
 * (§1.1.1(4)②b).
 */
import type { ComplaintRecord, LocalDate } from '../../model/records.js';
import { shuffled } from '../../random/seeded.js';

/** One place in the rotation. */
export interface RotationTurn {
  advisor: string;
  /** The date of the verified complaint that moved this advisor back, if any. */
  skippedFor: LocalDate | null;
}

/** The rotation of `active` for the week `start`..`end`. */
export function walkInRotation(
  active: readonly string[],
  complaints: readonly ComplaintRecord[],
  start: LocalDate,
  end: LocalDate,
  random: () => number,
): RotationTurn[] {
  const skipped = new Map<string, LocalDate>();
  for (const c of complaints) {
    if (c.verified !== true || c.date < start || c.date > end) continue;
    const seen = skipped.get(c.advisor);
    if (seen === undefined || c.date < seen) skipped.set(c.advisor, c.date);
  }
  const order = shuffled(active, random);
  const turns = order.map((advisor) => ({ advisor, skippedFor: skipped.get(advisor) ?? null }));
  return [...turns.filter((t) => t.skippedFor === null), ...turns.filter((t) => t.skippedFor !== null)];
}
