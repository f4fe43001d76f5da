/** Builds in-memory RawSheets for tests: rows as arrays, row numbers as Excel would show them. */
import type { CellValue, RawRow, RawSheet } from '../../src/read/types.js';

/** A sheet whose i-th array is Excel row i+1 (`startRow` shifts that); empty arrays are blank rows (not yielded). */
export function rawSheet(name: string | null, rows: CellValue[][], startRow = 1): RawSheet {
  const raw: RawRow[] = rows
    .map((cells, i) => ({ row: startRow + i, cells }))
    .filter((r) => r.cells.length > 0);
  return {
    name,
    async *rows() {
      for (const r of raw) yield r;
    },
  };
}
