/**
 * The weekly callback sample (manual.md, §1.1.1(1)③b): a seeded random draw of each advisor's
 * effective calls of the week, which customer service calls back and returns as the `callbacks`
 * form. The seed comes from the week start, so the same week always draws the same calls. Pure.
 */
import type { CallOutcome, CallRecord, LocalDate, Origin } from '../../model/records.js';
import type { WeekInfo } from '../../model/results.js';
import { sample, seedFromText, seededRandom } from '../../random/seeded.js';

/** One call to check back. */
export interface CallbackItem {
  advisor: string;
  phone: string;
  customer: string | null;
  /** The date of the call that was drawn. */
  callDate: LocalDate;
  /** The outcome the advisor recorded for that call, for the person calling back to compare. */
  recorded: CallOutcome | null;
  origin: Origin;
}

export interface CallbackSample {
  seed: number;
  perAdvisor: number;
  /** Drawn calls, advisor by advisor (in the order given), each advisor's in drawn order. */
  items: CallbackItem[];
  /** How many distinct called phones each advisor had to draw from. */
  available: Record<string, number>;
}

/** The seed of a week's sample: from its start date (printed in the About sheet). */
export function callbackSeed(week: WeekInfo): number {
  return seedFromText(`callbacks:${week.start}`);
}

/**
 * Draws up to `perAdvisor` calls per advisor from `pools` (each advisor's effective calls of the
 * week as the engine counted them, make-up calls included), one per phone (its first call).
 */
export function drawCallbackSample(
  pools: readonly { advisor: string; calls: readonly CallRecord[] }[],
  week: WeekInfo,
  options: { perAdvisor: number; seed?: number },
): CallbackSample {
  const seed = options.seed ?? callbackSeed(week);
  const items: CallbackItem[] = [];
  const available: Record<string, number> = {};
  for (const { advisor, calls } of pools) {
    const byPhone = new Map<string, CallbackItem>();
    const mine = calls
      .filter((c) => c.phone !== null)
      // A stable order before drawing, so the draw depends on the seed alone, not on file order.
      .sort((a, b) => (a.date === b.date ? originKey(a.origin).localeCompare(originKey(b.origin)) : a.date < b.date ? -1 : 1));
    for (const c of mine) {
      if (!byPhone.has(c.phone!)) {
        byPhone.set(c.phone!, { advisor, phone: c.phone!, customer: c.customer, callDate: c.date, recorded: c.outcome, origin: c.origin });
      }
    }
    const pool = [...byPhone.values()];
    available[advisor] = pool.length;
    // Each advisor draws from their own stream, so adding an advisor never changes another's sample.
    items.push(...sample(pool, options.perAdvisor, seededRandom((seed ^ seedFromText(advisor)) >>> 0)));
  }
  return { seed, perAdvisor: options.perAdvisor, items, available };
}

function originKey(o: Origin): string {
  return `${o.file}\u0000${o.sheet ?? ''}\u0000${String(o.row).padStart(9, '0')}`;
}
