/**
 * What the readers (xlsx, csv) hand to the form layer: sheets of raw rows, values as their
 * producer wrote them, before any form is applied.
 */

/**
 * A date, time or date-time cell, without zone: `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm:ss` or
 * `HH:mm:ss` (ISO 8601 text; seconds rounded, sub-second float noise removed).
 */
export interface CellDate {
  iso: string;
}

/** One cell as read: empty (null), text, number, boolean, or a date/time. Errors (#N/A) are text. */
export type CellValue = null | string | number | boolean | CellDate;

/** One non-empty row; `row` is the row number as Excel shows it, `cells[0]` is column A. */
export interface RawRow {
  row: number;
  cells: CellValue[];
}

/**
 * Something the reader changed in a cell and the form layer may want to report: `cell-too-long`
 * = text longer than Excel's 32,767 characters, cut to that length. `col` is 0-based (A = 0).
 */
export interface ReadNote {
  row: number;
  col: number;
  code: 'cell-too-long' | 'bad-shared-string';
}

/** One sheet of a workbook (a CSV file is one sheet named null). */
export interface RawSheet {
  /** The sheet's name as the workbook gives it; null for CSV. */
  name: string | null;
  /** The rows, streamed: each is read once, in order. */
  rows(): AsyncIterable<RawRow>;
  /** The same rows in batches (a reader that scans many rows at once offers it: no await per row). */
  rowBatches?(): AsyncIterable<RawRow[]>;
  /** Notes on cells the reader changed; filled while rows() runs, complete when it ends. */
  notes?: ReadNote[];
  /**
   * The last row number the sheet's `<dimension>` gives (Excel writes it before the rows), set
   * once the first batch of rows has been handed out; absent when the sheet has none. A hint for
   * sizing a store once instead of growing it (issue 17), never a limit: other writers omit it
   * or get it wrong, and rows past it are read all the same. At most the reader's row limit.
   */
  rowsHint?: number;
  /**
   * A column whose cells may be handed on as numbers (issue 17), set by the form layer once it
   * knows the sheet's columns, before it asks for the rows past the header: a text cell of that
   * column still held as its UTF-8 bytes (a shared string kept as bytes, a plain inline string)
   * is offered to `parse` first, and the number it gives (NaN: none) is the cell's value, no
   * text made. A reader may ignore it (CSV does), and rows read before it is set keep their text.
   */
  numberColumn?: NumberColumn;
  /** True for a sheet the workbook hides (`state="hidden"` or `"veryHidden"`), e.g. lookup lists. */
  hidden?: boolean;
}

/** See RawSheet.numberColumn. */
export interface NumberColumn {
  /** The column (0-based, A = 0). */
  column: number;
  /** The number bytes `b[from, to)` stand for, or NaN. */
  parse: (b: Uint8Array, from: number, to: number) => number;
}

/** An opened input file. */
export interface RawWorkbook {
  /** The path as given by the user. */
  file: string;
  kind: 'xlsx' | 'csv';
  /** For CSV, the encoding it was decoded with (e.g. `utf-8`, `utf-8 (BOM)`, `gb18030`, `utf-16le (BOM)`). */
  encoding?: string;
  sheets: RawSheet[];
  /** The file's whole content, when it was small enough to be read at once (for its fingerprint). */
  bytes?: Buffer;
}

export function isCellDate(v: CellValue): v is CellDate {
  return typeof v === 'object' && v !== null;
}
