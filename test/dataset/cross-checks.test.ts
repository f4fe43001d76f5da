import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/load.js';
import { dropDuplicateCalls, ownershipConflicts, sortNames } from '../../src/dataset/cross-checks.js';
import { readSheet } from '../../src/forms/read-sheet.js';
import { setLang } from '../../src/i18n/index.js';
import { CallList } from '../../src/model/call-store.js';
import type { CallRecord, CustomerRecord } from '../../src/model/records.js';
import type { CellValue } from '../../src/read/types.js';
import { rawSheet } from '../support/raw-sheet.js';

const ctx = { asOf: '2026-11-20T19:00:00', config: defaultConfig() };
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
