/** Form definitions (spec/forms.md) and what reading one sheet against them yields. */
import type { DataIssue } from '../model/issues.js';
import type { CallList } from '../model/call-store.js';
import type { AnyRecord, FormId, LocalDate, LocalDateTime, Origin, RecordsByForm, YearMonth } from '../model/records.js';
import type { CellValue } from '../read/types.js';

export type FieldType =
  | 'date'
  | 'datetime'
  | 'month'
  | 'period'
  | 'text'
  | 'name'
  | 'phone'
  | 'number'
  | 'money'
  | 'enum'
  | 'bool';

/** One allowed value of an enumeration: stored as `value`, written/accepted as zh, en or a synonym. */
export interface EnumValue<V extends string = string> {
  value: V;
  zh: string;
  en: string;
  synonyms: string[];
}

/** What a field of each type other than `enum` reads as (null when blank). */
export interface ReadAs {
  date: LocalDate;
  datetime: LocalDateTime;
  month: YearMonth;
  period: string;
  text: string;
  name: string;
  phone: string;
  number: number;
  money: number;
  bool: boolean;
}

/** The field types read by a parser of their own; an `enum` reads one of its values. */
export type PlainType = keyof ReadAs;

interface FieldBase<K extends string> {
  /** The record property (forms.md field name). */
  key: K;
  zh: string;
  en: string;
  aliases: string[];
  required: boolean;
}

/** A field read by its type's parser (for `bool`, `values` are the yes/no words). */
export interface PlainField<K extends string = string, T extends PlainType = PlainType> extends FieldBase<K> {
  type: T;
  values?: readonly EnumValue[];
}

/** An enumeration field: the cell is read as one of `values`. */
export interface EnumField<K extends string = string, V extends string = string> extends FieldBase<K> {
  type: 'enum';
  values: readonly EnumValue<V>[];
}

/** The properties of a record a form fills: all but its origin. */
export type FieldKey<R> = R extends unknown ? Exclude<keyof R, 'origin'> & string : never;

/** The plain types whose value a property of type V takes. */
type PlainTypeFor<V> = { [T in PlainType]: ReadAs[T] extends V ? T : never }[PlainType];

/** A field for the property K of type V: a plain type V takes, or an enumeration of V's values. */
type FieldFor<K extends string, V> = PlainField<K, PlainTypeFor<V>> | ([V] extends [string] ? EnumField<K, V> : never);

/**
 * One field (column) of a form whose records are R: its key is a property of R, and what it
 * reads (its type's value, or its enumeration's values) is a value that property takes.
 * Without R: a field of any form.
 */
export type FieldDef<R = AnyRecord> = R extends unknown ? { [K in FieldKey<R>]: FieldFor<K, NonNullable<R[K]>> }[FieldKey<R>] : never;

/** One form of forms.md, whose rows are records R. */
export interface FormDef<R extends AnyRecord> {
  id: FormId;
  /** Chinese name, also a sheet name that selects the form (e.g. 顾问每日工作日程表). */
  zh: string;
  /** English name, also a sheet name that selects the form (e.g. Daily calls). */
  en: string;
  /** Further sheet names that select it (e.g. 附表1). */
  sheetNames: string[];
  fields: readonly FieldDef<R>[];
  /**
   * Fields a record of the form cannot do without. A row whose essential field is blank or
   * unreadable is reported and left out; any other required field that is missing is reported
   * (`missing-required`) but the record is kept, so that a call without a phone still counts.
   */
  essential?: readonly FieldKey<R>[];
  /** The date field that must not be after the as-of time (such rows have not happened yet). */
  datedBy?: FieldKey<R>;
  /** Adds figures a record derives from its cells as written (e.g. a contract's months from its course words). */
  derive?(record: R, cellOf: (key: string) => CellValue): void;
  /** The record keys `derive` sets (kept in the content cache with the fields). */
  derivedKeys?: readonly FieldKey<R>[];
  /**
   * The record of a row (made by defineForm): `values` by the place of its field in `fields`,
   * then of its key in `derivedKeys` (missing: null); with the row's cells (`cellOf`), `derive`
   * then sets the derived keys, else (a record restored from the cache) `values` hold them.
   */
  record(values: readonly unknown[], origin: Origin, cellOf?: (key: string) => CellValue): R;
  /** The record's values in the order `record` takes them (what the content cache keeps). */
  valuesOf(record: R): unknown[];
  /** The value of `datedBy` when it is a date, else null. */
  dateOf(record: R): string | null;
}

/** The definition of every form by id, each typed by its record. */
export type FormDefs = { [F in FormId]: FormDef<RecordsByForm[F]> };

/**
 * Any one form, its record type not known: what the code that serves every form (header search,
 * reading, templates, the cache) takes. Every FormDef<R> is one.
 */
export interface SomeFormDef {
  id: FormId;
  zh: string;
  en: string;
  sheetNames: string[];
  fields: readonly FieldDef[];
  essential?: readonly string[];
  datedBy?: string;
  derivedKeys?: readonly string[];
  record(values: readonly unknown[], origin: Origin, cellOf?: (key: string) => CellValue): AnyRecord;
  /** For a record of this form (a method: a FormDef<R> takes only its R). */
  valuesOf(record: AnyRecord): unknown[];
  dateOf(record: AnyRecord): string | null;
}

/** A column of a sheet as the form layer understood it. */
export interface ColumnMap {
  /** 0-based column index. */
  index: number;
  header: string;
  /** The field it maps to, or null for a column that is kept but ignored. */
  field: string | null;
}

/** What reading one sheet yields. */
export interface SheetReadResult {
  name: string | null;
  form: FormId | null;
  /** Why no form was taken (catalogue text), when form is null. */
  reason: string | null;
  headerRow: number | null;
  columns: ColumnMap[];
  /** Data rows read (non-blank rows below the header). */
  rows: number;
  /** The records read: for the calls form a CallList (held column by column), else an array. */
  records: AnyRecord[] | CallList;
  issues: DataIssue[];
  /** The first rows as read (header and title rows included), when `keepCells` was asked for (`inspect --json`). */
  cells?: { row: number; cells: CellValue[] }[];
}
