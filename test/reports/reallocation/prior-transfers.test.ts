import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/load.js';
import { buildReallocation, type ReallocationInput } from '../../../src/reports/reallocation/model.js';
import { periodOfName, readPriorTransfers } from '../../../src/reports/reallocation/prior-transfers.js';
import { writeReallocationWorkbook } from '../../../src/reports/reallocation/workbook.js';
import { customer, NAMES, result } from '../../support/roster-arbitrary.js';

const PREFIX = '名单重新分配';
const ABOUT = { center: 'c', asOf: '2026-11-24T19:00:00+08:00', version: '0', files: [], hold: [], inputs: { cards: 0, calls: 0, leads: 0, complaints: 0, callbacks: 0 } };

function input(fields: Partial<ReallocationInput>): ReallocationInput {
  return {
    customers: [], calls: [], leads: [], complaints: [], results: [], active: NAMES.slice(0, 3), advisors: NAMES.slice(0, 3),
    week: null, month: null, hold: [], seed: 3, config: defaultConfig(), ...fields,
  };
}

describe('previous owners from earlier reallocation workbooks', () => {
  it('reads the names of the workbooks by period', () => {
    expect(periodOfName('名单重新分配_2026-11-18.xlsx', PREFIX)).toBe('2026-11-18');
    expect(periodOfName('名单重新分配_2026-12.xlsx', PREFIX)).toBe('2026-12');
    expect(periodOfName('名单重新分配_2026-12_2026-12-02.xlsx', PREFIX)).toBe('2026-12_2026-12-02');
    expect(periodOfName('周报_2026-11-18.xlsx', PREFIX)).toBeNull();
  });

  it('keeps a card moved by last week\'s penalty from going back in the next month\'s swap', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'realloc-prior-'));
    // Every card is stale at the December swap, so every card of the two receivers is released.
    const customers = Array.from({ length: 30 }, (_, i) => customer(i, NAMES[i % 3]!, { last_follow_up: '2026-09-01' }));
    const week = buildReallocation(input({ customers, week: { start: '2026-11-18', end: '2026-11-24' }, results: [result('invites.second-zero', NAMES[0]!, 'missed')] }));
    expect(week.transfers).toHaveLength(2);
    for (const lang of ['zh', 'en'] as const) {
      const dir = mkdtempSync(join(folder, lang));
      await writeReallocationWorkbook(week, ABOUT, lang, join(dir, `${PREFIX}_2026-11-18.xlsx`), false);
      // A later workbook and something unreadable: the first is not "before", the second is skipped.
      await writeReallocationWorkbook(week, ABOUT, lang, join(dir, `${PREFIX}_2027-01.xlsx`), false);
      writeFileSync(join(dir, `${PREFIX}_2026-11-11.xlsx`), Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(64, 7)]));
      const prior = await readPriorTransfers(dir, PREFIX, '2026-12');
      expect(prior.files.map((f) => f.path)).toEqual([`${PREFIX}_2026-11-18.xlsx`]);
      expect(prior.skipped).toEqual([`${PREFIX}_2026-11-11.xlsx`]);
      expect([...prior.previousOwner]).toEqual(week.transfers.map((t) => [t.customerId, { from: t.from, to: t.to }]));

      const swap = buildReallocation(
        input({
          customers: week.roster,
          month: '2026-12',
          previousOwner: (card) => prior.previousOwner.get(card.record.id)?.from ?? null,
        }),
      );
      for (const t of week.transfers) {
        const again = swap.transfers.find((s) => s.customerId === t.customerId)!;
        expect(again.from).toBe(t.to);
        expect(again.to).not.toBe(t.from);
      }
    }
  });
});
