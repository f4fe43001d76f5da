/** A few center weeks of an advisor's work, for the analysis rules' tests. */
import { addDays } from '../../src/calendar/local-date.js';
import { DataBuilder } from './builder.js';

export interface WeekWork {
  calls?: number;
  first?: number;
  second?: number;
  visits?: number;
  signed?: number;
}

/** One center week (Wednesday `start`) of `advisor`: calls Wed-Fri, invites on Wednesday, visits and contracts on Saturday. */
export function work(b: DataBuilder, advisor: string, start: string, w: WeekWork = {}): void {
  const { calls = 150, first = 15, second = 4, visits = 6, signed = 2 } = w;
  for (let d = 0; d < 3; d++) b.calls(advisor, addDays(start, d), Math.floor(calls / 3) + (d < calls % 3 ? 1 : 0));
  const saturday = `${addDays(start, 3)}T10:00:00`;
  b.invites(advisor, start, Math.min(first, visits), 'first', saturday, { visited: 'yes' });
  b.invites(advisor, start, Math.max(0, first - visits), 'first', saturday, { visited: 'no' });
  b.invites(advisor, start, second, 'second', saturday, { visited: 'no' });
  for (let i = 0; i < signed; i++) b.contract(advisor, addDays(start, 3));
}

/** Wednesdays of five center weeks, the last one checked. */
export const FIVE_WEEKS = ['2026-10-21', '2026-10-28', '2026-11-04', '2026-11-11', '2026-11-18'];
export const SUNDAY_EVENING = '2026-11-22T20:00';

/** Two advisors steady for four weeks; the last week of 张伟 as given, 李娜 steady. */
export function steadyThen(last: WeekWork) {
  const b = new DataBuilder();
  b.advisors = ['张伟', '李娜'];
  for (const start of FIVE_WEEKS.slice(0, 4)) {
    work(b, '张伟', start);
    work(b, '李娜', start);
  }
  work(b, '张伟', FIVE_WEEKS[4]!, last);
  work(b, '李娜', FIVE_WEEKS[4]!);
  return b.build();
}
