/**
 * Where readSheet hands each usable row (issue 18 item 6): one sink per sheet, of one of two
 * kinds. Every form but the calls gets plain records in an array; the calls go into a call
 * store column by column (model/call-store.ts), either a store of the sheet's own or one shared
 * by every sheet of a load (dataset/load.ts: three logs of a million calls read straight into
 * one store, never copied into a merged one).
 */
import { CALL_FIELDS, CallList, CallStore, callCode } from '../model/call-store.js';
import type { AnyRecord, CallRecord } from '../model/records.js';
import type { CellValue } from '../read/types.js';
import type { FieldValue } from './cells/parse-cell.js';
import type { SomeFormDef } from './types.js';

/**
 * What readRow remembers of one distinct cell of a date, name or choice column: the value it
 * parsed to, and an id the sink may give that value once (-1: none yet) so that the rows of a
 * cell repeated a million times cost a number, not a lookup of the value again.
 */
export interface CellMemo {
  readonly value: FieldValue;
  id: number;
}

/** Takes a sheet's rows as read (values by the field's place in the form) and gives back its records. */
export interface RecordSink {
  /**
   * The place of the field whose cell, when a mobile number typed as a number, is handed on as
   * that number, not parsed into text (-1: none). The call store keeps phones as numbers.
   */
  readonly numericPhonePlace: number;
  /** Whether repeated dates, names and choices are worth interning for it (the call store has its own tables). */
  readonly wantsInterned: boolean;
  /** About how many rows will come (a hint, never a limit): room made for them at once where it pays. */
  expect(rows: number): void;
  /**
   * One usable row: `values[i]` is the value of `form.fields[i]` (undefined: the sheet has no
   * such column), `cells` the row's cells as read, `row` its number as the sheet shows it.
   * Values and cells are the reader's and change after the call. `memos[i]`, when given, is the
   * memo of the cell `values[i]` came from (its value is `values[i]`); the sink's ids in it are
   * its own, the memos living as long as the sheet's reading.
   */
  add(row: number, values: readonly (FieldValue | undefined)[], cells: readonly CellValue[], memos?: readonly (CellMemo | undefined)[]): void;
  /** The records of the rows added, once the sheet is read. */
  records(): AnyRecord[] | CallList;
}

/**
 * The sink for a sheet of `form` in `file`: the call store's (`calls`, shared; a store of
 * the sheet's own when absent) for the calls form, plain records for every other.
 * `columnOf`: the column index of each field the sheet has (for FormDef.derive).
 */
export function recordSink(form: SomeFormDef, file: string, sheet: string | null, columnOf: ReadonlyMap<string, number>, calls?: CallStore): RecordSink {
  return form.id === 'calls' ? new CallStoreSink(form, file, sheet, calls) : new RecordArraySink(form, file, sheet, columnOf);
}

/** Plain records in an array, each with its origin and what the form derives from its cells. */
export class RecordArraySink implements RecordSink {
  readonly numericPhonePlace = -1;
  readonly wantsInterned = true;
  private readonly list: AnyRecord[] = [];

  constructor(
    private readonly form: SomeFormDef,
    private readonly file: string,
    private readonly sheet: string | null,
    private readonly columnOf: ReadonlyMap<string, number>,
  ) {}

  expect(): void {
    // An array grows by itself well enough: its records are what cost, not its room.
  }

  add(row: number, values: readonly (FieldValue | undefined)[], cells: readonly CellValue[]): void {
    this.list.push(this.form.record(values, { file: this.file, sheet: this.sheet, row }, (key) => cells[this.columnOf.get(key) ?? -1] ?? null));
  }

  records(): AnyRecord[] {
    return this.list;
  }
}

/**
 * The value at a field's place (-1: not in the form). The form layer parsed it by its field's
 * type, and a row is handed on only when its essential fields (date, advisor) are there, so it
 * is of the type of its CallRecord field: this is the one place that says so.
 */
function valueAt<T>(values: readonly (FieldValue | undefined)[], place: number): T {
  return (place < 0 ? null : (values[place] ?? null)) as T;
}

const NO_MEMOS: readonly (CellMemo | undefined)[] = [];
const LIST_CODE = (v: string | null) => callCode('list', v);
const PURPOSE_CODE = (v: string | null) => callCode('purpose', v);
const OUTCOME_CODE = (v: string | null) => callCode('outcome', v);

/**
 * The sink's id of the value at `place`: kept in its cell's memo, given there at the memo's
 * first row (`idFor` of the memo's value); made from the value itself when the cell has none.
 */
function idAt<T>(values: readonly (FieldValue | undefined)[], memos: readonly (CellMemo | undefined)[], place: number, idFor: (value: T) => number): number {
  const memo = memos[place];
  if (memo === undefined) return idFor(valueAt<T>(values, place));
  return memo.id >= 0 ? memo.id : (memo.id = idFor(memo.value as T));
}

/**
 * Calls written into a call store as they come: a million rows, no object each. With a shared
 * store the sheet's calls are the rows it added (a range of the store, which others may extend
 * after it); with its own store, the whole store, trimmed to size.
 */
export class CallStoreSink implements RecordSink {
  readonly numericPhonePlace: number;
  readonly wantsInterned = false;
  private readonly store: CallStore;
  private readonly shared: boolean;
  private readonly source: number;
  private readonly start: number;
  /** The place of each of the store's columns among the form's fields (CALL_FIELDS order). */
  private readonly places: readonly number[];
  /** The store's id of a date, of an advisor (made once: add runs a million times). */
  private readonly dateId = (date: CallRecord['date']) => this.store.dateIdFor(date);
  private readonly advisorId = (advisor: CallRecord['advisor']) => this.store.advisorIdFor(advisor);

  constructor(form: SomeFormDef, file: string, sheet: string | null, store?: CallStore) {
    this.shared = store !== undefined;
    this.store = store ?? new CallStore();
    this.source = this.store.source(file, sheet);
    this.start = this.store.size;
    this.places = CALL_FIELDS.map((k) => form.fields.findIndex((f) => f.key === k));
    this.numericPhonePlace = this.places[CALL_FIELDS.indexOf('phone')]!;
  }

  expect(rows: number): void {
    this.store.reserve(this.store.size + rows);
  }

  add(row: number, values: readonly (FieldValue | undefined)[], _cells?: readonly CellValue[], memos: readonly (CellMemo | undefined)[] = NO_MEMOS): void {
    const p = this.places;
    const store = this.store;
    // Date, advisor and the three choices by the id their cell's memo holds (given at its first
    // row here, in row order as addValues gives them), else looked up from the value.
    store.addCoded(
      this.source,
      row,
      idAt(values, memos, p[0]!, this.dateId),
      idAt(values, memos, p[1]!, this.advisorId),
      idAt(values, memos, p[4]!, LIST_CODE) | idAt(values, memos, p[5]!, PURPOSE_CODE) | idAt(values, memos, p[6]!, OUTCOME_CODE),
      valueAt<CallRecord['customer']>(values, p[2]!),
      // A mobile typed as a number stays that number (see numericPhonePlace).
      valueAt<string | number | null>(values, p[3]!),
      valueAt<CallRecord['appointment']>(values, p[7]!),
      valueAt<CallRecord['notes']>(values, p[8]!),
    );
  }

  records(): CallList {
    if (this.shared) return CallList.range(this.store, this.start, this.store.size);
    this.store.trim();
    return new CallList(this.store);
  }
}
