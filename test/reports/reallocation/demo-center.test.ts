/**
 * The demo center's story week 2026-11-18 (fixtures/demo-center, expected.json "reallocation"):
 * 陈静 booked no second invite, so 1/5 of her prospect cards move evenly to the five others;
 * 刘洋 had too few visits, so he gets 4/5 of an equal share of the unassigned leads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveAsOf } from '../../../src/calendar/local-date.js';
import { weekContaining } from '../../../src/calendar/week.js';
import { defaultConfig } from '../../../src/config/load.js';
import { loadDataset } from '../../../src/dataset/load.js';
import type { Dataset } from '../../../src/dataset/types.js';
import { checkWeek } from '../../../src/engine/check-week.js';
import { judgedAdvisors } from '../../../src/metrics/advisors.js';
import { staleCards } from '../../../src/metrics/cards.js';
import { buildReallocation, type ReallocationInput } from '../../../src/reports/reallocation/model.js';
import { ROOT } from '../../support/run-cli.js';
import { RULE_SPECS } from '../../../src/rules/index.js';

const DEMO = join(ROOT, 'fixtures', 'demo-center');
const expected = JSON.parse(readFileSync(join(DEMO, 'expected.json'), 'utf8')) as {
  reallocation: {
    week: string;
    secondZero: { advisor: string; prospectCards: number; cardsToMove: number };
    newLeadCut: { advisor: string; unassignedLeads: number; share: number; othersShare: number };
  };
  roster: { cards: number; staleAt20261201: Record<string, number> };
};
const config = defaultConfig(RULE_SPECS);
// The story's Sunday check: visits closed at 18:00, the unassigned leads already on the sheet.
const asOf = resolveAsOf('2026-11-22T20:00', config.timeZone)!;
let dataset: Dataset;

function input(fields: Partial<ReallocationInput>): ReallocationInput {
  const active = judgedAdvisors(dataset, config);
  return {
    customers: dataset.records.customers,
    calls: dataset.records.calls,
    leads: dataset.records.leads,
    complaints: dataset.records.complaints,
    results: [],
    active,
    advisors: active,
    week: null,
    month: null,
    hold: [],
    seed: 20261118,
    config,
    ...fields,
  };
}

beforeAll(async () => {
  dataset = await loadDataset({ paths: [DEMO], baseDir: ROOT, config, asOf: asOf.local });
});

describe('demo center, week 2026-11-18', () => {
  it('moves 1/5 of 陈静\'s prospect cards evenly to the others and cuts 刘洋\'s new leads to 4/5', () => {
    const { secondZero, newLeadCut } = expected.reallocation;
    const week = weekContaining(expected.reallocation.week, config);
    const report = checkWeek(dataset, config, week, asOf);
    const model = buildReallocation(input({ results: report.results, week: { start: week.start, end: week.end } }));
    expect(model.roster).toHaveLength(expected.roster.cards);

    expect(model.transfers).toHaveLength(secondZero.cardsToMove);
    expect(new Set(model.transfers.map((t) => t.from))).toEqual(new Set([secondZero.advisor]));
    const others = model.advisors.filter((a) => a.advisor !== secondZero.advisor);
    expect(others).toHaveLength(5);
    const ins = others.map((a) => a.cardsIn);
    expect(Math.max(...ins) - Math.min(...ins)).toBeLessThanOrEqual(1);
    expect(ins.reduce((a, b) => a + b, 0)).toBe(secondZero.cardsToMove);
    const chen = model.advisors.find((a) => a.advisor === secondZero.advisor)!;
    expect(chen.prospects).toBe(secondZero.prospectCards);
    expect(model.transfers.every((t) => t.rule === 'invites.second-zero')).toBe(true);

    expect(model.newLeads).toHaveLength(newLeadCut.unassignedLeads);
    const liu = model.advisors.find((a) => a.advisor === newLeadCut.advisor)!;
    expect(liu).toMatchObject({ newLeads: newLeadCut.share, leadBasis: 'cut' });
    const rest = model.advisors.filter((a) => a.advisor !== newLeadCut.advisor).map((a) => a.newLeads);
    expect(rest.reduce((a, b) => a + b, 0)).toBe(newLeadCut.othersShare);
    expect(Math.max(...rest) - Math.min(...rest)).toBeLessThanOrEqual(1);
    expect(model.rotation.map((r) => r.advisor).sort()).toEqual([...judgedAdvisors(dataset, config)].sort());
  });

  it('the December swap releases every card cards.stale finds, at least 1/3 each, dealt evenly', () => {
    const model = buildReallocation(input({ month: '2026-12' }));
    const out = new Set(model.transfers.map((t) => t.key));
    const index = new Map(dataset.records.customers.map((c, i) => [c, i]));
    for (const advisor of judgedAdvisors(dataset, config)) {
      const stale = staleCards(dataset, advisor, '2026-12-01', '2026-12-01', 30);
      expect(stale).toHaveLength(expected.roster.staleAt20261201[advisor]!);
      for (const card of stale) expect(out.has(index.get(card)!)).toBe(true);
    }
    const ins = model.advisors.map((a) => a.cardsIn);
    expect(Math.max(...ins) - Math.min(...ins)).toBeLessThanOrEqual(1);
    for (const t of model.transfers) expect(t.to).not.toBe(t.from);
  });
});
