/** Form definitions (spec/forms.md) and what reading one sheet against them yields. */
import type { DataIssue } from '../model/issues.js';
import type { CallList } from '../model/call-store.js';
import type { AnyRecord, FormId } from '../model/records.js';
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
export interface EnumValue {
  value: string;
  zh: string;
  en: string;
  synonyms: string[];
}

/** One field (column) of a form. */
export interface FieldDef {
  /** The record property (forms.md field name). */
  key: string;
  zh: string;
  en: string;
  aliases: string[];
  type: FieldType;
  required: boolean;
  /** For `enum` and `bool` fields. */
  values?: EnumValue[];
}

/** One form of forms.md. */
export interface FormDef {
  id: FormId;
  /** Chinese name, also a sheet name that selects the form (e.g. 顾问每日工作日程表). */
  zh: string;
  /** English name, also a sheet name that selects the form (e.g. Daily calls). */
  en: string;
  /** Further sheet names that select it (e.g. 附表1). */
  sheetNames: string[];
  fields: FieldDef[];
  /**
   * Fields a record of the form cannot do without. A row whose essential field is blank or
   * unreadable is reported and left out; any other required field that is missing is reported
   * (`missing-required`) but the record is kept, so that a call without a phone still counts.
   */
  essential?: readonly string[];
  /** The date field that must not be after the as-of time (such rows have not happened yet). */
  datedBy?: string;
  /** Adds figures a record derives from its cells as written (e.g. a contract's months from its course words). */
  derive?: (record: Record<string, unknown>, cellOf: (key: string) => CellValue) => void;
  /** The record keys `derive` sets (kept in the content cache with the fields). */
  derivedKeys?: readonly string[];
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
}


/** What reading a sheet can also hand back for `inspect --json` (added by the forms layer). */
export interface SheetReadResult {
  /** The first rows as read (header and title rows included), when `keepCells` was asked for. */
  cells?: { row: number; cells: CellValue[] }[];
}
