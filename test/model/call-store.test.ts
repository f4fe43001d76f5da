import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALLS_FORM } from '../../src/forms/calls.js';
import { CALL_FIELDS, CALL_OUTCOMES, CALL_PURPOSES, CallList, CallStore, LIST_KINDS } from '../../src/model/call-store.js';
import type { CallRecord } from '../../src/model/records.js';

const call = (over: Partial<CallRecord> = {}, row = 2): CallRecord => ({
  origin: { file: 'sheets/a.xlsx', sheet: '附表1', row },
  date: '2026-11-18',
  advisor: '张伟',
  customer: '王子涵',
  phone: '13812345678',
  list: 'new',
  purpose: 'first_invite',
  outcome: 'invited',
  appointment: null,
  notes: null,
  ...over,
});

describe('CallStore', () => {
  it('holds exactly the values of the calls form', () => {
    const values = (key: string) => CALLS_FORM.fields.find((f) => f.key === key)!.values!.map((v) => v.value);
    expect([...LIST_KINDS]).toEqual(values('list'));
    expect([...CALL_PURPOSES]).toEqual(values('purpose'));
    expect([...CALL_OUTCOMES]).toEqual(values('outcome'));
    expect(CALLS_FORM.fields.map((f) => f.key)).toEqual([...CALL_FIELDS]);
  });

  it('gives back every call as it was given, key order included', () => {
    const calls = [
      call(),
      call({ phone: '010-6552 1234转8', list: null, purpose: null, outcome: null, customer: null }, 3),
      call({ phone: null, appointment: '2026-11-22T10:00:00', notes: '周末来 "=1+1"' }, 4),
      call({ phone: '00123', advisor: '李娜', date: '2026-11-19', outcome: 'suspended', purpose: 'member_care', list: 'old' }, 5),
      call({ origin: { file: 'b.csv', sheet: null, row: 9 }, phone: '4008123456', outcome: 'long_distance' }),
      call({ phone: '999999999999999' }, 6),
    ];
    const list = CallList.of(calls);
    expect(list.toArray()).toEqual(calls);
    expect(JSON.stringify(list.toArray())).toBe(JSON.stringify(calls));
    expect(list.at(-1)).toEqual(calls[5]);
    expect(list.at(6)).toBeUndefined();
  });

  it('round-trips any call (property)', () => {
    const text = fc.option(fc.string({ maxLength: 12 }), { nil: null });
    const arb = fc.record({
      origin: fc.record({ file: fc.constantFrom('a.xlsx', 'b.csv'), sheet: fc.constantFrom('附表1', null), row: fc.integer({ min: 1, max: 1_048_576 }) }),
      date: fc.constantFrom('2026-11-18', '2026-11-19', '2027-01-01'),
      advisor: fc.constantFrom('张伟', '李娜', 'Tom'),
      customer: text,
      phone: fc.option(fc.oneof(fc.stringMatching(/^1[3-9]\d{9}$/), fc.stringMatching(/^0\d{2,3}-?\d{7,8}$/), fc.stringMatching(/^\d{1,16}$/)), { nil: null }),
      list: fc.constantFrom(null, ...LIST_KINDS),
      purpose: fc.constantFrom(null, ...CALL_PURPOSES),
      outcome: fc.constantFrom(null, ...CALL_OUTCOMES),
      appointment: fc.constantFrom(null, '2026-11-22T10:00:00'),
      notes: text,
    });
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 40 }), (calls) => {
        expect(CallList.of(calls as CallRecord[]).toArray()).toEqual(calls);
      }),
    );
  });

  it('refuses a value the form does not have', () => {
    expect(() => CallList.of([call({ outcome: 'maybe' as never })])).toThrow(TypeError);
  });

  it('renames advisors, and names that become one share an id', () => {
    const list = CallList.of([call({ advisor: '小李' }), call({ advisor: '李娜' }), call({ advisor: '张伟' })]);
    list.store.renameAdvisors((n) => (n === '小李' ? '李娜' : n));
    expect(list.map((c) => c.advisor)).toEqual(['李娜', '李娜', '张伟']);
    expect(list.store.advisorId(0)).toBe(list.store.advisorId(1));
    expect([...list.byAdvisor()].map(([a, l]) => [a, l.length])).toEqual([['李娜', 2], ['张伟', 1]]);
  });

  it('selects, filters and counts rows without changing the store', () => {
    const list = CallList.of([call({ advisor: 'A' }, 2), call({ advisor: 'B' }, 3), call({ advisor: 'A', phone: null }, 4)]);
    const a = list.where((r) => list.store.advisor(r) === 'A');
    expect(a.map((c) => c.origin.row)).toEqual([2, 4]);
    expect(a.count((r) => list.store.phone(r) === null)).toBe(1);
    expect(list.where((r) => list.store.advisor(r) === 'B').origins(5)).toEqual([{ file: 'sheets/a.xlsx', sheet: '附表1', row: 3 }]);
    expect(list.where(() => true)).toBe(list);
    expect([...list.advisors()].sort()).toEqual(['A', 'B']);
    expect(list.length).toBe(3);
  });

  it('concatenates lists of different stores in order, with one set of ids', () => {
    const a = CallList.of([call({ advisor: 'A' }, 2), call({ advisor: 'B' }, 3)]);
    const b = CallList.of([call({ advisor: 'B', origin: { file: 'b.csv', sheet: null, row: 7 } })]);
    const both = CallList.concat([a.where((r) => r === 1), CallList.empty(), b]);
    expect(both.map((c) => [c.origin.file, c.origin.row, c.advisor])).toEqual([
      ['sheets/a.xlsx', 3, 'B'],
      ['b.csv', 7, 'B'],
    ]);
    expect([...both.advisors()]).toEqual(['B']);
    expect(both.store.advisorId(both.row(0))).toBe(both.store.advisorId(both.row(1)));
    expect([...both.byAdvisor().keys()]).toEqual(['B']);
    expect(CallList.concat([a])).toBe(a);
  });

  it('merges lists as concat does, taking them (the array emptied, each let go once copied)', () => {
    const a = CallList.of([call({ advisor: 'A' }, 2), call({ advisor: 'B' }, 3)]);
    const b = CallList.of([call({ advisor: 'B', origin: { file: 'b.csv', sheet: null, row: 7 } })]);
    const lists = [a, CallList.empty(), b];
    const want = CallList.concat(lists).map((c) => c);
    const merged = CallList.merge(lists);
    expect(lists).toEqual([]);
    expect(merged.map((c) => c)).toEqual(want);
    expect(merged.store.size).toBe(3);
    const one = [a];
    expect(CallList.merge(one)).toBe(a);
    expect(one).toEqual([]);
  });

  it('grows past its first capacity and trims', () => {
    const store = new CallStore();
    const src = store.source('x.xlsx', 'S');
    for (let i = 0; i < 5000; i++) store.add(src, i + 2, { ...call(), phone: String(13800000000 + i) });
    store.trim();
    expect(store.size).toBe(5000);
    expect(store.record(4999)).toMatchObject({ phone: '13800004999', origin: { row: 5001 } });
  });

  it('grows its columns in place past 65,536 rows, keeps every value, and trims them into plain arrays', () => {
    const store = new CallStore();
    const src = store.source('x.xlsx', 'S');
    const n = 200_000;
    for (let i = 0; i < n; i++) store.add(src, i + 2, { ...call(), phone: String(13800000000 + i), outcome: CALL_OUTCOMES[i % 8]! });
    const sample = [0, 65_535, 65_536, 131_072, n - 1];
    const before = sample.map((r) => store.record(r));
    store.trim();
    expect(sample.map((r) => store.record(r))).toEqual(before);
    expect(store.record(n - 1)).toMatchObject({ phone: String(13800000000 + n - 1), origin: { row: n + 1 }, outcome: CALL_OUTCOMES[(n - 1) % 8] });
    // Rows added after a trim are kept too.
    store.add(src, 9, call());
    expect(store.size).toBe(n + 1);
    expect(store.record(n)).toMatchObject({ phone: '13812345678', origin: { row: 9 } });
  });

  it('renames each advisor name once when renamed again (each sheet of a shared store renames it)', () => {
    const store = new CallStore();
    const src = store.source('a.xlsx', 'S');
    store.add(src, 2, call({ advisor: '小张' }));
    store.add(src, 3, call({ advisor: '张伟' }));
    // A config whose names do not map to themselves (an earlier advisor's alias is a later one's name).
    const rename = (name: string) => ({ 小张: '张伟', 张伟: '李娜' })[name] ?? name;
    store.renameAdvisors(rename);
    store.renameAdvisors(rename);
    store.add(src, 4, call({ advisor: '王五' }));
    store.renameAdvisors((name) => (name === '王五' ? '王五五' : rename(name)));
    expect([store.advisor(0), store.advisor(1), store.advisor(2)]).toEqual(['张伟', '李娜', '王五五']);
  });

  it('lists a range of its rows that does not grow with the store', () => {
    const store = new CallStore();
    const src = store.source('a.xlsx', 'S');
    for (let i = 0; i < 5; i++) store.add(src, i + 2, call());
    const range = CallList.range(store, 1, 3);
    store.add(src, 9, call());
    expect(range.length).toBe(2);
    expect(range.toArray().map((c) => c.origin.row)).toEqual([3, 4]);
    expect(range.isWholeStore()).toBe(false);
    expect(new CallList(store).isWholeStore()).toBe(true);
  });
});
