import { describe, expect, it } from 'vitest';
import { CALLS_FORM } from '../../src/forms/calls.js';
import { CONTRACTS_FORM } from '../../src/forms/contracts.js';
import { CallStoreSink, RecordArraySink, recordSink } from '../../src/forms/record-sink.js';
import type { FieldValue } from '../../src/forms/cells/parse-cell.js';
import { CallList, CallStore } from '../../src/model/call-store.js';
import type { CallRecord } from '../../src/model/records.js';

/** A call's fields (CallRecord but its origin), in the calls form's order. */
const BASE: Omit<CallRecord, 'origin'> = { date: '2026-11-18', advisor: '张伟', customer: '小明', phone: '13812345678', list: 'new', purpose: 'first_invite', outcome: 'invited', appointment: null, notes: null };

/** The values of a call as readSheet hands them on: by the field's place in the calls form. */
const callValues = (over: Partial<Record<string, FieldValue>> = {}): FieldValue[] =>
  CALLS_FORM.fields.map((f) => (f.key in over ? over[f.key]! : (BASE as unknown as Record<string, FieldValue>)[f.key]!));

const callOf = (file: string, sheet: string | null, row: number, over: Partial<CallRecord> = {}): CallRecord => ({ origin: { file, sheet, row }, ...BASE, ...over });

describe('record sinks', () => {
  it('choose the call store for the calls form and arrays for every other', () => {
    expect(recordSink(CALLS_FORM, 'a.xlsx', '附表1', new Map())).toBeInstanceOf(CallStoreSink);
    expect(recordSink(CONTRACTS_FORM, 'a.xlsx', '合同', new Map())).toBeInstanceOf(RecordArraySink);
  });

  it('arrays: one record per row with its origin, blanks and absent columns as null, what the form derives from the cells as written', () => {
    const fields = CONTRACTS_FORM.fields;
    const columnOf = new Map(fields.map((f, i) => [f.key, i]));
    const sink = new RecordArraySink(CONTRACTS_FORM, 'a.xlsx', '合同', columnOf);
    expect(sink.numericPhonePlace).toBe(-1);
    expect(sink.wantsInterned).toBe(true);
    const values = fields.map(() => undefined as FieldValue | undefined);
    const cells = fields.map((f) => (f.key === 'course' ? '12个月' : null));
    sink.add(5, values, cells);
    const [record] = sink.records() as unknown as Record<string, unknown>[];
    expect(record!.origin).toEqual({ file: 'a.xlsx', sheet: '合同', row: 5 });
    for (const f of fields) expect(record![f.key]).toBeNull();
    expect(record!.course_months).toBe(12);
    // The values array is the reader's and is reused: the record keeps its own copy.
    values.fill('x');
    expect(record![fields[0]!.key]).toBeNull();
  });

  it('call store, own: the calls as records, a mobile given as a number kept as that number', () => {
    const sink = new CallStoreSink(CALLS_FORM, 'a.xlsx', '附表1');
    expect(sink.wantsInterned).toBe(false);
    expect(CALLS_FORM.fields[sink.numericPhonePlace]!.key).toBe('phone');
    sink.add(2, callValues(), []);
    sink.add(3, callValues({ phone: 13912345678, notes: '周末来', list: null }), []);
    sink.add(4, callValues({ phone: null, customer: null, appointment: '2026-11-22T10:00:00' }), []);
    const calls = sink.records();
    expect(calls.toArray()).toEqual([
      callOf('a.xlsx', '附表1', 2),
      callOf('a.xlsx', '附表1', 3, { phone: '13912345678', notes: '周末来', list: null }),
      callOf('a.xlsx', '附表1', 4, { phone: null, customer: null, appointment: '2026-11-22T10:00:00' }),
    ]);
    expect(calls.store.size).toBe(3);
  });

  it('call store, shared: each sheet gets its own rows of the one store, and merging them copies nothing', () => {
    const store = new CallStore();
    const a = new CallStoreSink(CALLS_FORM, 'a.xlsx', '附表1', store);
    a.add(2, callValues(), []);
    a.add(3, callValues({ advisor: '李娜' }), []);
    const first = a.records();
    const b = new CallStoreSink(CALLS_FORM, 'b.csv', null, store);
    b.add(7, callValues({ date: '2026-11-19' }), []);
    const second = b.records();
    expect(first.store).toBe(store);
    expect(second.store).toBe(store);
    // A sheet's list does not grow with the store.
    expect(first.toArray()).toEqual([callOf('a.xlsx', '附表1', 2), callOf('a.xlsx', '附表1', 3, { advisor: '李娜' })]);
    expect(second.toArray()).toEqual([callOf('b.csv', null, 7, { date: '2026-11-19' })]);
    const merged = CallList.merge([first, second]);
    expect(merged.store).toBe(store);
    expect(merged.toArray()).toEqual([...first, ...second]);
    // Out of order or filtered, still one store and the lists' order.
    const kept = first.where((r) => store.advisor(r) === '李娜');
    const again = CallList.merge([second, kept]);
    expect(again.store).toBe(store);
    expect(again.toArray()).toEqual([...second, ...kept]);
  });
});
