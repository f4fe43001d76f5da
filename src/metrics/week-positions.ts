/**
 * Which positions of a call list can count for a week: those dated from 7 days before its
 * start to its end (its quota days, its weekend, and the weekend before, whose invalid calls
 * count for it). The history (issue 15) splits the same list into 8 weeks; with the positions
 * grouped by date once per list, each week reads only its own rows, not every row again.
 * Positions come back in list order, so every record list keeps the order it had.
 */
import { addDays } from '../calendar/local-date.js';
import type { CallList } from '../model/call-store.js';
import type { WeekInfo } from '../model/results.js';

/** Below this many calls a plain pass is as cheap as the grouping. */
const MIN_ROWS = 4_096;

const BY_DATE = new WeakMap<CallList, Map<number, number[]>>();

function byDate(calls: CallList): Map<number, number[]> {
  let map = BY_DATE.get(calls);
  if (!map) {
    map = new Map();
    const store = calls.store;
    for (let k = 0; k < calls.length; k++) {
      const id = store.dateId(calls.row(k));
      let list = map.get(id);
      if (!list) map.set(id, (list = []));
      list.push(k);
    }
    BY_DATE.set(calls, map);
  }
  return map;
}

/** The positions of `calls` that may count for `week`, in order; null: read them all. */
export function positionsNear(calls: CallList, week: WeekInfo): number[] | null {
  if (calls.length < MIN_ROWS) return null;
  const from = addDays(week.start, -7);
  const store = calls.store;
  const out: number[] = [];
  for (const [id, positions] of byDate(calls)) {
    const date = store.dateOf(id);
    if (date >= from && date <= week.end) for (const k of positions) out.push(k);
  }
  return out.sort((a, b) => a - b);
}
