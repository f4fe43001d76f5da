import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parseSeed, reallocationOutputPath, resolveHold } from '../../src/commands/reallocate.js';
import { defaultConfig } from '../../src/config/load.js';
import { ClubError } from '../../src/errors.js';
import { buildReallocation, reallocationJson } from '../../src/reports/reallocation/model.js';
import { customer, leads, NAMES, result } from '../support/roster-arbitrary.js';

describe('reallocate command helpers', () => {
  it('takes a whole 32-bit seed and refuses anything else', () => {
    expect(parseSeed('0')).toBe(0);
    expect(parseSeed('4294967295')).toBe(4294967295);
    for (const bad of ['-1', '4294967296', '1.5', 'abc', '']) expect(() => parseSeed(bad)).toThrow(ClubError);
  });

  it('resolves --hold aliases and refuses an unknown name', () => {
    const config = defaultConfig();
    config.advisors = [{ name: '张伟', aliases: ['小张'], active: true }, { name: '李娜', aliases: [], active: true }];
    expect(resolveHold(['小张', '李娜'], config, ['张伟', '李娜'])).toEqual(['张伟', '李娜']);
    expect(() => resolveHold(['王五'], config, ['张伟', '李娜'])).toThrow(/王五/);
  });

  it('names the workbook after the period, in reports/ or the --out folder', () => {
    expect(reallocationOutputPath('2026-11-18', undefined, '/ws', '/cwd')).toBe(join('/ws', 'reports', '名单重新分配_2026-11-18.xlsx'));
    expect(reallocationOutputPath('2026-12', 'out/', null, '/cwd')).toBe(join('/cwd', 'out', '名单重新分配_2026-12.xlsx'));
    expect(reallocationOutputPath('2026-12', 'x.xlsx', null, '/cwd')).toBe(join('/cwd', 'x.xlsx'));
  });

  it('--json has exactly the fields of commands.md, phones in full, seed a number', () => {
    const customers = Array.from({ length: 12 }, (_, i) => customer(i, NAMES[i % 3]!));
    const model = buildReallocation({
      customers,
      calls: [],
      leads: leads(4),
      complaints: [],
      results: [result('invites.second-zero', NAMES[0]!, 'missed')],
      active: NAMES.slice(0, 3),
      advisors: NAMES.slice(0, 3),
      week: { start: '2026-11-18', end: '2026-11-24' },
      month: null,
      hold: [],
      seed: 5,
      config: defaultConfig(),
    });
    const json = JSON.parse(JSON.stringify(reallocationJson(model, 'reports/x.xlsx')));
    expect(json.seed).toBe(5);
    expect(Object.keys(json.advisors[0]).sort()).toEqual(['advisor', 'cardsHeld', 'cardsIn', 'cardsOut', 'newLeads']);
    expect(json.transfers).toHaveLength(1);
    expect(Object.keys(json.transfers[0]).sort()).toEqual(['customer', 'customerId', 'from', 'phone', 'rule', 'to']);
    expect(json.transfers[0].phone).toMatch(/^139\d{8}$/);
    expect(json.newLeads.map((l: { phone: string }) => l.phone).every((p: string) => /^137\d{8}$/.test(p))).toBe(true);
    expect(Object.keys(json.newLeads[0]).sort()).toEqual(['phone', 'source', 'to']);
    expect([...json.rotation].sort()).toEqual(NAMES.slice(0, 3).sort());
    expect(json.file).toBe('reports/x.xlsx');
  });
});
