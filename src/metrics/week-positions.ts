/**
 * Which positions of a call list can count for a week: those dated from 7 days before its
 * start to its end (its quota days, its weekend, and the weekend before, whose invalid calls
 * count for it). The history (issue 15) splits the same list into 8 weeks; with the positions
 * grouped by date once per list, each week reads only its own rows, not every row again.
 * Positions come back in list order, so every record list keeps the order it had.
 */
import { addDays } from '../calendar/local-date.js';
import type { CallList } from '../model/call-store.js';
import type { LocalDate } from '../model/records.js';
import type { WeekInfo } from '../model/results.js';

/** Below this many calls a plain pass is as cheap as the grouping. */
const MIN_ROWS = 4_096;

/**
 * A list's positions grouped by date id, each group in list order: `positions` from
 * `starts[id]` to `starts[id + 1]` (a counting sort: two passes, two typed arrays, no array
 * per date nor a boxed number per row).
 */
interface ByDate {
  starts: Uint32Array;
  positions: Uint32Array;
}

const BY_DATE = new WeakMap<CallList, ByDate>();

function byDate(calls: CallList): ByDate {
  let groups = BY_DATE.get(calls);
  if (!groups) {
    const store = calls.store;
    const n = calls.length;
    const starts = new Uint32Array(store.dateCount + 1);
    // The date ids read once (a list's rows are scattered over the store's columns).
    const ids = new Uint32Array(n);
    for (let k = 0; k < n; k++) starts[(ids[k] = store.dateId(calls.row(k))) + 1]! += 1;
    for (let id = 0; id < store.dateCount; id++) starts[id + 1]! += starts[id]!;
    const fill = starts.slice(0, store.dateCount);
    const positions = new Uint32Array(n);
    for (let k = 0; k < n; k++) positions[fill[ids[k]!]!++] = k;
    groups = { starts, positions };
    BY_DATE.set(calls, groups);
  }
  return groups;
}

/** The dates of the calls that may count for `week` (see above), first and last. */
export function weekWindow(week: WeekInfo): { from: LocalDate; to: LocalDate } {
  return { from: addDays(week.start, -7), to: week.end };
}

/** The positions of `calls` that may count for `week`, in order; null: read them all. */
export function positionsNear(calls: CallList, week: WeekInfo): Uint32Array | null {
  if (calls.length < MIN_ROWS) return null;
  const from = weekWindow(week).from;
  const store = calls.store;
  const { starts, positions } = byDate(calls);
  // The list may have grown (a range up to the store's end) since it was grouped: ids past the groups hold none of its rows.
  const ids = starts.length - 1;
  let m = 0;
  for (let id = 0; id < ids; id++) {
    const date = store.dateOf(id);
    if (date >= from && date <= week.end) m += starts[id + 1]! - starts[id]!;
  }
  const out = new Uint32Array(m);
  let at = 0;
  for (let id = 0; id < ids; id++) {
    const date = store.dateOf(id);
    if (date >= from && date <= week.end) {
      out.set(positions.subarray(starts[id]!, starts[id + 1]!), at);
      at += starts[id + 1]! - starts[id]!;
    }
  }
  // Numeric and native (a typed array's sort): the dates' groups interleaved back into list order.
  return out.sort();
}
