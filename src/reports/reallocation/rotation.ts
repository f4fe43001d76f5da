/**
 * The walk-in rotation (Walkin 轮换顺序): a seeded order of the active advisors; each verified
 * complaint skips one turn (§1.1.1(4)②b), so an advisor with more verified complaints comes
 * after every advisor with fewer. The complaints of a rotation are those dated after the
 * previous week's close (Sunday) up to this week's: one dated after the close (Monday,
 * Tuesday) counts toward the next rotation instead of being lost.
 */
import { addDays } from '../../calendar/local-date.js';
import type { ComplaintRecord, LocalDate } from '../../model/records.js';
import { shuffled } from '../../random/seeded.js';

/** One place in the rotation. */
export interface RotationTurn {
  advisor: string;
  /** The date of the first verified complaint that moved this advisor back, if any. */
  skippedFor: LocalDate | null;
  /** Turns skipped: one per verified complaint of the period. */
  skips: number;
  /** The dates of those complaints, in order. */
  complaintDates: LocalDate[];
}

/** The days whose complaints count toward the rotation of the week starting `start`: Monday before it to its Sunday. */
export function rotationPeriod(start: LocalDate): { from: LocalDate; to: LocalDate } {
  return { from: addDays(start, -2), to: addDays(start, 4) };
}

/** The rotation of `active` for the week starting `start`. */
export function walkInRotation(
  active: readonly string[],
  complaints: readonly ComplaintRecord[],
  start: LocalDate,
  random: () => number,
): RotationTurn[] {
  const { from, to } = rotationPeriod(start);
  const dates = new Map<string, LocalDate[]>();
  for (const c of complaints) {
    if (c.verified !== true || c.date < from || c.date > to) continue;
    dates.set(c.advisor, [...(dates.get(c.advisor) ?? []), c.date]);
  }
  const order = shuffled(active, random);
  const turns = order.map((advisor) => {
    const mine = (dates.get(advisor) ?? []).sort();
    return { advisor, skippedFor: mine[0] ?? null, skips: mine.length, complaintDates: mine };
  });
  // Stable: the seeded order within each number of skips.
  return turns.sort((a, b) => a.skips - b.skips);
}
