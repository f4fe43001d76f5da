import { describe, expect, it } from 'vitest';
import type { Card } from '../../../src/reports/reallocation/cards.js';
import type { CardMove } from '../../../src/reports/reallocation/moves.js';
import { applyMoves, transferOf, type CardLedger } from '../../../src/reports/reallocation/model.js';
import { customer } from '../../support/roster-arbitrary.js';

const card = (key: number, owner: string): Card => ({ key, record: customer(key, owner), owner, followUp: null });
const move = (c: Card, to: string, rule: CardMove['rule'] = 'invites.second-zero'): CardMove => ({ card: c, from: c.owner, to, rule, basis: 'penalty' });

describe('applyMoves', () => {
  const cards = [card(0, '张伟'), card(1, '张伟'), card(2, '李娜'), card(3, '王芳')];

  it('gives the moved cards their new owners, keeps the others, and counts the cards left unplaced', () => {
    const start: CardLedger = { cards, moves: [], unplaced: 2 };
    const after = applyMoves(start, { moves: [move(cards[1]!, '王芳')], unplaced: [cards[0]!] });
    expect(after.cards.map((c) => c.owner)).toEqual(['张伟', '王芳', '李娜', '王芳']);
    expect(after.unplaced).toBe(3);
    // The ledger it started from is left as it was: a plan after sees the new owners, not the old ledger.
    expect(start.cards.map((c) => c.owner)).toEqual(['张伟', '张伟', '李娜', '王芳']);
    expect(start.moves).toEqual([]);
  });

  it("lists a plan's moves grouped by receiving advisor (zh collation), then in roster order, after the moves before them", () => {
    const first = applyMoves({ cards, moves: [], unplaced: 0 }, { moves: [move(cards[3]!, '张伟')], unplaced: [] });
    // 李 (lǐ) before 王 (wáng) in pinyin order, whatever order the planner gave.
    const planned = [move(cards[2]!, '王芳'), move(cards[1]!, '李娜'), move(cards[0]!, '王芳')];
    const after = applyMoves(first, { moves: planned, unplaced: [] });
    expect(after.moves.map((m) => [m.card.key, m.to])).toEqual([
      [3, '张伟'],
      [1, '李娜'],
      [0, '王芳'],
      [2, '王芳'],
    ]);
  });
});

describe('transferOf', () => {
  const c = { ...card(5, '张伟'), followUp: '2026-10-01' };

  it("takes a rule's section from the defaults, and the stale cards' from the swap's reading", () => {
    expect(transferOf(move(c, '李娜'), 'release-third')).toMatchObject({
      key: 5,
      customerId: 'C0005',
      from: '张伟',
      to: '李娜',
      rule: 'invites.second-zero',
      section: '1.1.1(2)②c',
      lastFollowUp: '2026-10-01',
    });
    expect(transferOf(move(c, '李娜', 'cards.stale'), 'release-third').section).toBe('1.1.1(9)①②');
    expect(transferOf(move(c, '李娜', 'cards.stale'), 'keep-30').section).toBe('1.2.5(1)①b');
    expect(transferOf(move(c, '李娜', 'advisors.until'), 'keep-30').section).toBe('');
  });
});
