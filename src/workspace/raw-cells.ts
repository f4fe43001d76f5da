/**
 * `inspect --json` cells: the first rows of a sheet as the reader saw them, before any form is
 * applied. `cells[r - 1][c - 1]` is the cell of Excel row r, column c (a row the reader skipped
 * as empty is `[]`), so an issue's position can be looked up directly. Dates and times are ISO
 * 8601 text without zone, numbers numbers, text text, empty null.
 */
import { isCellDate, type CellValue } from '../read/types.js';

/** How many rows `inspect --json` shows per sheet. */
export const INSPECT_ROWS = 200;

/** A cell as JSON: a date becomes its ISO text. */
export type JsonCell = string | number | boolean | null;

/** One cell as JSON. */
export function jsonCell(v: CellValue): JsonCell {
  return isCellDate(v) ? v.iso : v;
}

/** Raw rows (with their Excel row numbers) as row-aligned JSON arrays. */
export function alignedRows(rows: readonly { row: number; cells: CellValue[] }[]): JsonCell[][] {
  const out: JsonCell[][] = [];
  for (const r of rows) {
    while (out.length < r.row - 1) out.push([]);
    out[r.row - 1] = r.cells.map(jsonCell);
  }
  return out;
}
