/** The history's shortcut (metrics/week-positions.ts) reads only a week's rows and splits them exactly as a full pass. */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/calendar/local-date.js';
import { weekContaining } from '../../src/calendar/week.js';
import { dailyCalls, weekRecords, weekRecordsOf } from '../../src/metrics/week-metrics.js';
import { at, DataBuilder, testConfig } from '../support/builder.js';

/** Ten weeks of one advisor's calls, every day of the week, with invalid ones; `weeks` limits them to the weeks near the checked one. */
function calls(weeks: (i: number) => boolean) {
  const b = new DataBuilder();
  b.advisors = ['张伟'];
  for (let i = 0; i < 10; i++) {
    if (!weeks(i)) continue;
    for (let d = 0; d < 7; d++) {
      const day = addDays('2026-09-16', 7 * i + d);
      b.calls('张伟', day, 60);
      b.calls('张伟', day, 10, { outcome: 'invalid_number' });
    }
  }
  return b.build();
}

describe('week positions', () => {
  it('gives the same split of a week over 4,900 rows as over the 1,000 rows near it', () => {
    const config = testConfig();
    const week = weekContaining('2026-11-04', config); // week index 7
    const asOf = at('2026-12-30T12:00', config);
    const big = weekRecords(calls(() => true), config, week, asOf, '张伟');
    const small = weekRecords(calls((i) => i === 6 || i === 7 || i === 8), config, week, asOf, '张伟');
    const dates = (l: { length: number; at(k: number): { date: string } | undefined }) => Array.from({ length: l.length }, (_, k) => l.at(k)!.date);
    for (const key of ['quotaCalls', 'effective', 'invalid', 'makeup'] as const) {
      expect(big[key].length, key).toBe(small[key].length);
      expect(dates(big[key]), key).toEqual(dates(small[key]));
    }
    // The quota period is Monday and Tuesday before the week's start, then Wednesday to Friday.
    expect(big.quotaCalls.length).toBe(350);
    // Invalid calls of the quota days and of the weekend before (10-31, 11-01) count for this week.
    expect(big.invalid.length).toBe(70);
  });
});

describe('every advisor in one pass (weekRecordsOf)', () => {
  it('splits each advisor exactly as weekRecords does, interleaved advisors, weeks around the checked one', () => {
    const b = new DataBuilder();
    b.advisors = ['张伟', '李娜', '王芳'];
    for (let i = 0; i < 10; i++)
      for (let d = 0; d < 7; d++) {
        const day = addDays('2026-09-16', 7 * i + d);
        for (const [j, advisor] of b.advisors.entries()) {
          b.calls(advisor, day, 3 + j);
          b.calls(advisor, day, 1 + j, { outcome: 'invalid_number' });
        }
      }
    const data = b.build();
    const config = testConfig();
    const asOf = at('2026-11-06T12:00', config); // part of the checked week still to come
    const seen = { quotaCalls: 0, effective: 0, invalid: 0, makeup: 0 };
    for (const start of ['2026-10-28', '2026-11-04', '2026-11-11']) {
      const week = weekContaining(start, config);
      const all = weekRecordsOf(data, config, week, asOf, [...b.advisors, '没有通话']);
      for (const advisor of [...b.advisors, '没有通话']) {
        const one = weekRecords(data, config, week, asOf, advisor);
        const mine = all.get(advisor)!;
        for (const key of ['quotaCalls', 'effective', 'invalid', 'makeup'] as const) {
          expect(mine[key].toArray(), `${start} ${advisor} ${key}`).toEqual(one[key].toArray());
          seen[key] += mine[key].length;
        }
        expect(dailyCalls(data, config, week, asOf, advisor, { perDay: 36, leave: { excusedLeave: [], sickNeedsProof: false } }, mine)).toEqual(
          dailyCalls(data, config, week, asOf, advisor, { perDay: 36, leave: { excusedLeave: [], sickNeedsProof: false } }),
        );
      }
    }
    // Every kind of call was met (the comparison is not of empty lists).
    for (const n of Object.values(seen)) expect(n).toBeGreaterThan(0);
  });
});
