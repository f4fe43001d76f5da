import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/load.js';
import { dropDuplicateCalls, ownershipConflicts, placeText, sortNames } from '../../src/dataset/cross-checks.js';
import { readSheet } from '../../src/forms/read-sheet.js';
import { setLang, t } from '../../src/i18n/index.js';
import { CallList } from '../../src/model/call-store.js';
import type { CallRecord, CustomerRecord } from '../../src/model/records.js';
import type { CellValue } from '../../src/read/types.js';
import { rawSheet } from '../support/raw-sheet.js';
import { RULE_SPECS } from '../../src/rules/index.js';

const ctx = { asOf: '2026-11-20T19:00:00', config: defaultConfig(RULE_SPECS) };
async function records<T>(file: string, sheet: string | null, rows: CellValue[][]): Promise<T[]> {
  return [...(await readSheet(rawSheet(sheet, rows), file, ctx)).records] as T[];
}

beforeEach(() => setLang('zh'));

describe('repeated calls', () => {
  const HEADER: CellValue[] = ['日期', '顾问', '联系电话', '呼出类型', '通话结果'];
  it('keeps a call recorded twice once, naming both places', async () => {
    const a = await records<CallRecord>('sheets/a.xlsx', '附表1', [
      HEADER,
      ['2026-11-18', '张伟', '13812345678', '一邀', '已邀约'],
      ['2026-11-18', '张伟', '13812345678', '一邀', '未接通'],
      ['2026-11-18', '张伟', '', '一邀', '未接通'],
    ]);
    const b = await records<CallRecord>('sheets/b.csv', null, [
      HEADER,
      ['2026-11-18', '张伟', '+86 138-1234-5678', '一次邀约', 'invited'],
      ['2026-11-18', '张伟', '', '一邀', '未接通'],
      ['2026-11-18', '李娜', '13812345678', '一邀', '已邀约'],
    ]);
    const { calls, issues } = dropDuplicateCalls(CallList.of([...a, ...b]));
    expect(calls.map((c) => `${c.origin.file}:${c.origin.row}`)).toEqual([
      'sheets/a.xlsx:2',
      'sheets/a.xlsx:3',
      'sheets/a.xlsx:4',
      'sheets/b.csv:3',
      'sheets/b.csv:4',
    ]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'duplicate-row', severity: 'info', file: 'sheets/b.csv', sheet: null, row: 2, value: '138****5678' });
    expect(issues[0]!.message).toContain('sheets/a.xlsx（附表1）第 2 行');
  });
});

describe('repeated calls, against the plain definition (property)', () => {
  it('keeps exactly the first of each advisor, date, phone, purpose and outcome; blank phones never repeat', () => {
    const arb = fc.record({
      date: fc.constantFrom('2026-11-18', '2026-11-19'),
      advisor: fc.constantFrom('张伟', '李娜'),
      phone: fc.constantFrom(null, '13812345678', '13912345678', '010-65521234', '65521234'),
      purpose: fc.constantFrom(null, 'first_invite', 'second_invite'),
      outcome: fc.constantFrom(null, 'invited', 'no_answer'),
    });
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 60 }), (rows) => {
        const calls = rows.map((r, i) => ({
          ...r,
          customer: null,
          list: null,
          appointment: null,
          notes: null,
          origin: { file: i % 2 ? 'b.csv' : 'a.xlsx', sheet: i % 2 ? null : 'S', row: i + 2 },
        })) as CallRecord[];
        const seen = new Set<string>();
        const expected = calls.filter((c) => {
          if (c.phone === null) return true;
          const k = [c.advisor, c.date, c.phone, c.purpose, c.outcome].join('|');
          if (seen.has(k)) return false;
          seen.add(k);
          return true;
        });
        const { calls: kept, issues } = dropDuplicateCalls(CallList.of(calls));
        expect(kept.toArray()).toEqual(expected);
        expect(issues).toHaveLength(calls.length - expected.length);
      }),
    );
  });
});

describe('repeated calls among many (hash parts)', () => {
  it('keeps the first of each and names it, when the calls are cut into several parts', () => {
    // 20,000 calls from a small space: repeats fall in every part of the lookup, text phones too.
    let seed = 17;
    const next = (m: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % m;
    const phones = [null, '010-65521234', '65521234', ...Array.from({ length: 400 }, (_, i) => String(13800000000 + i))];
    const calls = Array.from({ length: 20_000 }, (_, i) => ({
      date: `2026-11-${18 + next(3)}`,
      advisor: ['张伟', '李娜', '王芳'][next(3)]!,
      customer: null,
      phone: phones[next(phones.length)]!,
      list: null,
      purpose: ([null, 'first_invite', 'member_care'] as const)[next(3)]!,
      outcome: ([null, 'invited', 'no_answer'] as const)[next(3)]!,
      appointment: null,
      notes: null,
      origin: { file: 'a.csv', sheet: null, row: i + 2 },
    })) as CallRecord[];
    const first = new Map<string, CallRecord>();
    const expected: CallRecord[] = [];
    const others: string[] = [];
    for (const c of calls) {
      const k = [c.advisor, c.date, c.phone, c.purpose, c.outcome].join('|');
      const earlier = first.get(k);
      if (c.phone === null || !earlier) {
        if (c.phone !== null) first.set(k, c);
        expected.push(c);
      } else others.push(`${c.origin.row}: ${t('issue.duplicate-row', { other: placeText(earlier.origin) })}`);
    }
    const { calls: kept, issues } = dropDuplicateCalls(CallList.of(calls));
    expect(kept.toArray()).toEqual(expected);
    expect(issues.map((i) => `${i.row}: ${i.message}`)).toEqual(others);
  });
});

describe('ownership conflicts', () => {
  it('warns once per phone and further advisor, keeping every card', async () => {
    const header: CellValue[] = ['客户编号', '顾问', '客户姓名', '联系电话'];
    const cards = [
      ...(await records<CustomerRecord>('zhang.xlsx', '客户管理表', [header, ['C1', '张伟', '小明', '13812345678'], ['C2', '张伟', '小明', '13812345678']])),
      ...(await records<CustomerRecord>('li.xlsx', '客户管理表', [header, ['C9', '李娜', '小明', '13812345678'], ['C10', '李娜', '小明', '13812345678'], ['C11', '李娜', '小刚', '13912345678']])),
    ];
    const issues = ownershipConflicts(cards);
    expect(issues.map((i) => [i.file, i.row, i.code, i.severity])).toEqual([['li.xlsx', 2, 'ownership-conflict', 'warning']]);
    expect(issues[0]!.message).toBe('电话 138****5678 同时在 李娜 和 张伟 的客户名单中（另见 zhang.xlsx（客户管理表）第 2 行）。');
  });
});

describe('sortNames', () => {
  it('sorts Chinese names by pinyin, once each', () => {
    expect(sortNames(['张伟', '李娜', '王芳', '李娜'])).toEqual(['李娜', '王芳', '张伟']);
    setLang('en');
    // The Chinese collation in either language: Han names first, then Latin ones.
    expect(sortNames(['张伟', 'Anna', '李娜'])).toEqual(['李娜', '张伟', 'Anna']);
  });
});
