import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/load.js';
import type { Config } from '../../../src/config/types.js';
import type { CustomerRecord } from '../../../src/model/records.js';
import type { RuleResult } from '../../../src/model/results.js';
import { buildReallocation, type ReallocationInput, type ReallocationModel } from '../../../src/reports/reallocation/model.js';
import { assignLeads, leadShares } from '../../../src/reports/reallocation/new-leads.js';
import { penaltyCount } from '../../../src/reports/reallocation/penalty.js';
import { walkInRotation } from '../../../src/reports/reallocation/rotation.js';
import { seededRandom } from '../../../src/random/seeded.js';
import { customer, leads, NAMES, result, rosterArb } from '../../support/roster-arbitrary.js';

const RUNS = 250;
const WEEK = { start: '2026-11-18', end: '2026-11-24' };

function input(customers: CustomerRecord[], fields: Partial<ReallocationInput> = {}): ReallocationInput {
  return {
    customers,
    calls: [],
    leads: [],
    complaints: [],
    results: [],
    active: NAMES,
    advisors: NAMES,
    week: WEEK,
    month: null,
    hold: [],
    seed: 42,
    config: defaultConfig(),
    ...fields,
  };
}

const movable = (c: CustomerRecord) => c.status !== 'member' && c.status !== 'lost';

/** Invariants every plan keeps, whatever it planned. */
function expectConserved(customers: CustomerRecord[], model: ReallocationModel): void {
  // Same cards, in the same order, only the owner may differ.
  expect(model.roster).toHaveLength(customers.length);
  model.roster.forEach((card, i) => expect({ ...card, advisor: customers[i]!.advisor }).toEqual(customers[i]));
  // Each card's final owner is the last transfer's `to`; transfers chain from the owner.
  const owner = customers.map((c) => c.advisor);
  for (const t of model.transfers) {
    expect(t.from).toBe(owner[t.key]);
    expect(t.to).not.toBe(t.from);
    expect(movable(customers[t.key]!)).toBe(true);
    owner[t.key] = t.to;
  }
  expect(model.roster.map((c) => c.advisor)).toEqual(owner);
}

/** A family (one owner's movable cards with one phone) moves whole, to one advisor. */
function expectFamiliesTogether(customers: CustomerRecord[], model: ReallocationModel): void {
  const groups = new Map<string, number[]>();
  customers.forEach((c, i) => {
    if (!movable(c) || !c.phone) return;
    const k = `${c.advisor}|${c.phone}`;
    groups.set(k, [...(groups.get(k) ?? []), i]);
  });
  for (const keys of groups.values()) {
    const dest = new Set(keys.map((k) => model.roster[k]!.advisor));
    expect(dest.size).toBe(1);
  }
}

describe('penalty moves (invites.second-zero, §1.1.1(2)②c)', () => {
  it('keep every card, never move one to its owner, never move members or lost, keep families together', () => {
    fc.assert(
      fc.property(rosterArb(NAMES), fc.subarray(NAMES), fc.subarray(NAMES), fc.integer(), (customers, penalized, cut, seed) => {
        const results: RuleResult[] = [
          ...penalized.map((a) => result('invites.second-zero', a, 'missed')),
          ...cut.map((a) => result('visits.total', a, 'missed')),
        ];
        const model = buildReallocation(input(customers, { results, seed: seed >>> 0, leads: leads(7) }));
        expectConserved(customers, model);
        expectFamiliesTogether(customers, model);
        // The same inputs and seed give the same plan.
        expect(buildReallocation(input(customers, { results, seed: seed >>> 0, leads: leads(7) }))).toEqual(model);
        // Only penalized advisors give cards away, each card once.
        for (const t of model.transfers) expect(penalized).toContain(t.from);
        expect(new Set(model.transfers.map((t) => t.key)).size).toBe(model.transfers.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('moves round(1/5 x N) cards, spread evenly (within one) over the other active advisors', () => {
    fc.assert(
      fc.property(rosterArb(NAMES, 80, false), fc.constantFrom(...NAMES), fc.integer(), (customers, advisor, seed) => {
        const active = NAMES.filter((n) => n !== '赵磊' || advisor === '赵磊');
        const model = buildReallocation(
          input(customers, { active, results: [result('invites.second-zero', advisor, 'missed')], seed: seed >>> 0 }),
        );
        const n = customers.filter((c) => c.advisor === advisor && movable(c)).length;
        expect(model.transfers).toHaveLength(penaltyCount(n, 1 / 5));
        const counts = active.filter((a) => a !== advisor).map((a) => model.transfers.filter((t) => t.to === a).length);
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
        // Inactive advisors never receive.
        for (const t of model.transfers) expect(active).toContain(t.to);
      }),
      { numRuns: RUNS },
    );
  });

  it('counts the cards no one could take when the penalized advisor is the only active one', () => {
    const customers = Array.from({ length: 10 }, (_, i) => customer(i, NAMES[0]!));
    const model = buildReallocation(input(customers, { active: [NAMES[0]!], results: [result('invites.second-zero', NAMES[0]!, 'missed')] }));
    expect(model.transfers).toEqual([]);
    expect(model.unplaced).toBe(2);
    expect(model.roster).toEqual(customers);
  });

  it('1/5 x N rounded half up, at least one card when N > 0: 0 for 0, 1 for 1, 2 and 3, 2 for 10, 3 for 13', () => {
    expect([0, 1, 2, 3, 10, 12, 13].map((n) => penaltyCount(n, 1 / 5))).toEqual([0, 1, 1, 1, 2, 2, 3]);
    // Half up for a share that gives halves: 1/2 of 5 is 2.5 -> 3.
    expect(penaltyCount(5, 1 / 2)).toBe(3);
  });

  it('the same seed gives the same plan; different seeds draw differently', () => {
    const customers = Array.from({ length: 60 }, (_, i) => customer(i, NAMES[i % 2]!));
    const results = [result('invites.second-zero', NAMES[0]!, 'missed')];
    const plan = (seed: number) => buildReallocation(input(customers, { results, seed, leads: leads(23) }));
    expect(plan(7)).toEqual(plan(7));
    const drawn = (seed: number) => plan(seed).transfers.map((t) => `${t.customerId}>${t.to}`).sort().join(',');
    const draws = new Set(Array.from({ length: 20 }, (_, s) => drawn(s + 1)));
    expect(draws.size).toBe(20);
    const rotations = new Set(Array.from({ length: 20 }, (_, s) => plan(s + 1).rotation.map((r) => r.advisor).join(',')));
    expect(rotations.size).toBeGreaterThan(10);
  });
});

describe('monthly swap (§1.1.1(9)①②)', () => {
  const month = '2026-12';
  const monthInput = (customers: CustomerRecord[], seed: number, config?: Config, previous?: Map<number, string>) =>
    input(customers, {
      week: null,
      month,
      seed,
      ...(config ? { config } : {}),
      ...(previous ? { previousOwner: (card) => previous.get(card.key) ?? null } : {}),
    });

  it('keeps every card and families, never returns a card to its owner or previous owner', () => {
    fc.assert(
      fc.property(rosterArb(NAMES), fc.integer(), fc.array(fc.constantFrom(...NAMES), { maxLength: 60 }), (customers, seed, prev) => {
        const previous = new Map(prev.map((p, i) => [i, p] as [number, string]));
        const model = buildReallocation(monthInput(customers, seed >>> 0, undefined, previous));
        expectConserved(customers, model);
        expectFamiliesTogether(customers, model);
        for (const t of model.transfers) expect(t.to).not.toBe(previous.get(t.key));
        // Cards created in the month are not old leads and stay (unless a family mate is old).
        for (const t of model.transfers) expect(customers.some((c) => c.phone === t.phone && (c.created ?? '') < '2026-12-01') || t.phone === null).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('releases every stale old card, and at least ceil(1/3) of each advisor\'s old cards', () => {
    fc.assert(
      fc.property(rosterArb(NAMES, 80, false), fc.integer(), (customers, seed) => {
        const model = buildReallocation(monthInput(customers, seed >>> 0));
        const out = new Set(model.transfers.map((t) => t.key));
        for (const a of NAMES) {
          const old = customers.map((c, key) => ({ c, key })).filter(({ c }) => c.advisor === a && movable(c) && (c.created === null || c.created < '2026-12-01'));
          // Follow-ups after the month start do not count; a card never followed up is judged from its creation.
          const since = (c: CustomerRecord) => (c.last_follow_up !== null && c.last_follow_up <= '2026-12-01' ? c.last_follow_up : c.created);
          const stale = old.filter(({ c }) => since(c) === null || since(c)! < '2026-11-01');
          for (const { key } of stale) expect(out.has(key)).toBe(true);
          const released = old.filter(({ key }) => out.has(key)).length;
          expect(released).toBe(Math.max(stale.length, Math.ceil(old.length / 3)));
        }
        // Even: an advisor who got 2+ more than another got at least one of that advisor's cards
        // (they could not take their own).
        const inCount = (a: string) => model.transfers.filter((t) => t.to === a).length;
        for (const x of NAMES) for (const y of NAMES) {
          if (inCount(x) >= inCount(y) + 2) expect(model.transfers.some((t) => t.to === x && t.from === y)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('keep-30 reading keeps 30% of the old cards, the most recently followed up', () => {
    const config = defaultConfig();
    config.swap.reading = 'keep-30';
    const customers = Array.from({ length: 10 }, (_, i) => customer(i, NAMES[0]!, { last_follow_up: `2026-11-${String(10 + i)}` }));
    customers.push(customer(10, NAMES[1]!));
    const model = buildReallocation(monthInput(customers, 1, config));
    const fromFirst = model.transfers.filter((t) => t.from === NAMES[0]).map((t) => t.key).sort((a, b) => a - b);
    expect(fromFirst).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(model.transfers.every((t) => t.section === '1.2.5(1)①b' && t.rule === 'cards.stale')).toBe(true);
  });

  it('a later call to the phone counts as a follow-up', () => {
    const customers = [customer(0, NAMES[0]!, { last_follow_up: '2026-09-01' }), customer(1, NAMES[0]!, { last_follow_up: '2026-09-01' }), customer(2, NAMES[0]!, { last_follow_up: '2026-09-01' })];
    const calls = [{ date: '2026-11-20', advisor: NAMES[0]!, customer: null, phone: customers[1]!.phone, list: null, purpose: null, outcome: null, appointment: null, notes: null, origin: { file: 'c.csv', sheet: null, row: 2 } }];
    const model = buildReallocation({ ...monthInput(customers, 3), calls });
    expect(model.transfers.map((t) => t.key).sort()).toEqual([0, 2]);
    expect(model.transfers.every((t) => t.lastFollowUp === '2026-09-01')).toBe(true);
  });
});

describe('swap and week together (--month with --week)', () => {
  it('chains the swap and the penalty: every card kept, each move from its owner at the time', () => {
    fc.assert(
      fc.property(rosterArb(NAMES), fc.subarray(NAMES), fc.integer(), (customers, penalized, seed) => {
        const results = penalized.map((a) => result('invites.second-zero', a, 'missed'));
        const model = buildReallocation(input(customers, { results, month: '2026-12', seed: seed >>> 0 }));
        expectConserved(customers, model);
        expectFamiliesTogether(customers, model);
        // The swap's moves come first.
        const rules = model.transfers.map((t) => t.rule);
        expect(rules.lastIndexOf('cards.stale')).toBeLessThan(rules.indexOf('invites.second-zero') === -1 ? Infinity : rules.indexOf('invites.second-zero'));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('new-lead shares (§1.1.1(3)②a, §1.1.1(5)②a)', () => {
  it('23 leads over 6 advisors, one cut and one held: 3 for the cut one, 0 held, 5 for each other', () => {
    const shares = leadShares(23, NAMES, new Set([NAMES[1]!]), new Set([NAMES[2]!]), 4 / 5, seededRandom(1));
    expect(shares.map((s) => [s.advisor, s.count, s.basis])).toEqual([
      [NAMES[0], 5, 'equal'],
      [NAMES[1], 3, 'cut'],
      [NAMES[2], 0, 'held'],
      [NAMES[3], 5, 'equal'],
      [NAMES[4], 5, 'equal'],
      [NAMES[5], 5, 'equal'],
    ]);
  });

  it('25 leads over 4 advisors, one cut: floor(4/5 x 6.25) = 5 for the cut one, 20 over three others', () => {
    const shares = leadShares(25, NAMES.slice(0, 4), new Set([NAMES[0]!]), new Set(), 4 / 5, seededRandom(1));
    expect(shares.map((s) => s.count)[0]).toBe(5);
    expect(shares.slice(1).map((s) => s.count).sort()).toEqual([6, 7, 7]);
  });

  it('every lead placed once; shares sum to the leads; the others within one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80 }), fc.subarray(NAMES), fc.subarray(NAMES), fc.integer(), (n, cut, held, seed) => {
        const random = seededRandom(seed >>> 0);
        const shares = leadShares(n, NAMES, new Set(cut), new Set(held), 4 / 5, random);
        const placed = assignLeads(leads(n), shares, random);
        expect(placed).toHaveLength(n);
        // Every lead is placed while someone neither held nor cut can take the remainder; else the
        // cut still applies and the remainder stays unassigned (issue 12 item 8).
        const someoneEqual = shares.some((s) => s.basis === 'equal');
        if (someoneEqual) expect(placed.every((p) => p.to !== null)).toBe(true);
        else expect(placed.filter((p) => p.to !== null)).toHaveLength(shares.reduce((k, s) => k + s.count, 0));
        for (const s of shares) {
          expect(placed.filter((p) => p.to === s.advisor)).toHaveLength(s.count);
          if (s.basis === 'held') expect(s.count).toBe(0);
          if (s.basis === 'cut') expect(s.count).toBe(Math.floor((0.8 * n) / NAMES.length + 1e-9));
        }
        const equal = shares.filter((s) => s.basis === 'equal').map((s) => s.count);
        if (equal.length > 0) expect(Math.max(...equal) - Math.min(...equal)).toBeLessThanOrEqual(1);
      }),
      { numRuns: RUNS },
    );
  });

  it('with one active advisor the cut still applies: the cut share stays unassigned (to: null)', () => {
    const random = seededRandom(7);
    const shares = leadShares(10, [NAMES[0]!], new Set([NAMES[0]!]), new Set(), 4 / 5, random);
    expect(shares).toEqual([{ advisor: NAMES[0], count: 8, basis: 'cut' }]);
    const placed = assignLeads(leads(10), shares, random);
    expect(placed.filter((p) => p.to === null)).toHaveLength(2);
    expect(placed.filter((p) => p.to === NAMES[0])).toHaveLength(8);
  });

  it('only unassigned leads are planned', () => {
    const model = buildReallocation(input([], { leads: leads(7, 3) }));
    expect(model.newLeads).toHaveLength(7);
    expect(model.advisors.reduce((n, a) => n + a.newLeads, 0)).toBe(7);
  });
});

describe('walk-in rotation (§1.1.1(4)②b)', () => {
  it('a verified complaint in the week moves the advisor after the others', () => {
    const complaint = (advisor: string, date: string, verified: boolean) => ({ date, advisor, customer: null, verified, notes: null, origin: { file: 'x.csv', sheet: null, row: 2 } });
    for (let seed = 1; seed < 30; seed++) {
      const turns = walkInRotation(NAMES, [complaint(NAMES[0]!, '2026-11-19', true), complaint(NAMES[1]!, '2026-11-19', false), complaint(NAMES[2]!, '2026-11-10', true)], WEEK.start, seededRandom(seed));
      expect(turns.map((t) => t.advisor).sort()).toEqual([...NAMES].sort());
      expect(turns.at(-1)).toMatchObject({ advisor: NAMES[0], skippedFor: '2026-11-19', skips: 1 });
      expect(turns.filter((t) => t.skippedFor !== null)).toHaveLength(1);
    }
  });

  it('two verified complaints skip two turns: after every advisor with fewer', () => {
    const complaint = (advisor: string, date: string) => ({ date, advisor, customer: null, verified: true, notes: null, origin: { file: 'x.csv', sheet: null, row: 2 } });
    for (let seed = 1; seed < 30; seed++) {
      const turns = walkInRotation(NAMES, [complaint(NAMES[0]!, '2026-11-18'), complaint(NAMES[0]!, '2026-11-20'), complaint(NAMES[1]!, '2026-11-21')], WEEK.start, seededRandom(seed));
      expect(turns.at(-1)).toMatchObject({ advisor: NAMES[0], skips: 2, complaintDates: ['2026-11-18', '2026-11-20'] });
      expect(turns.at(-2)).toMatchObject({ advisor: NAMES[1], skips: 1 });
    }
  });

  it('a complaint dated after the week\'s Sunday close counts toward the next rotation, not lost', () => {
    const monday = [{ date: '2026-11-23', advisor: NAMES[0]!, customer: null, verified: true, notes: null, origin: { file: 'x.csv', sheet: null, row: 2 } }];
    // Week 11-18 was planned on Sunday 11-22: a Monday complaint is not in it...
    expect(walkInRotation(NAMES, monday, '2026-11-18', seededRandom(1)).every((t) => t.skips === 0)).toBe(true);
    // ...but in the rotation of week 11-25.
    expect(walkInRotation(NAMES, monday, '2026-11-25', seededRandom(1)).at(-1)).toMatchObject({ advisor: NAMES[0], skips: 1 });
  });
});

describe('penalty cards never go to an advisor penalised for the same thing (issue 12 item 8)', () => {
  it('deals to the unpenalised only; with no one else, to the penalised and says so (penalty-shared)', () => {
    const [a, b, c] = NAMES as [string, string, string];
    const customers = [...Array.from({ length: 10 }, (_, i) => customer(i, a)), ...Array.from({ length: 10 }, (_, i) => customer(10 + i, b))];
    const both = [result('invites.second-zero', a, 'missed'), result('invites.second-zero', b, 'missed')];
    const model = buildReallocation(input(customers, { active: [a, b, c], results: both }));
    expect(model.transfers.length).toBe(4);
    expect(model.transfers.every((t) => t.to === c && t.basis === 'penalty')).toBe(true);
    // Only the two penalised are active: each takes the other's cards, marked as such.
    const alone = buildReallocation(input(customers, { active: [a, b], results: both }));
    expect(alone.transfers.length).toBe(4);
    expect(alone.transfers.every((t) => t.basis === 'penalty-shared' && t.to !== t.from)).toBe(true);
  });

  it('moves one card of a penalised advisor holding two (1/5 x 2 = 0.4, at least one)', () => {
    const [a, b] = NAMES as [string, string];
    const model = buildReallocation(input([customer(0, a), customer(1, a)], { active: [a, b], results: [result('invites.second-zero', a, 'missed')] }));
    expect(model.transfers).toHaveLength(1);
  });
});

describe('hand-over after `until` (issue 12 item 5)', () => {
  it('hands every prospect card of the departed advisor over evenly, as its own kind of move, seeded', () => {
    const [a, b, c, d] = NAMES as [string, string, string, string];
    const customers = Array.from({ length: 9 }, (_, i) => customer(i, d));
    const plan = (seed: number) => buildReallocation(input(customers, { active: [a, b, c], departed: [d], seed }));
    const model = plan(1);
    const movableCount = customers.filter(movable).length;
    expect(model.transfers).toHaveLength(movableCount);
    expect(model.transfers.every((t) => t.basis === 'handover' && t.rule === 'advisors.until' && t.from === d)).toBe(true);
    const counts = [a, b, c].map((x) => model.transfers.filter((t) => t.to === x).length);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    expect(plan(1).transfers).toEqual(model.transfers);
    expect(model.advisors.find((s) => s.advisor === d)).toMatchObject({ active: false, cardsOut: movableCount });
  });
});
