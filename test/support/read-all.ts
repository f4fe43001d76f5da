/** Test support: reads every row of every sheet of a file through the real reader. */
import { openWorkbook } from '../../src/read/open.js';
import { isCellDate, type CellValue, type RawRow, type RawWorkbook } from '../../src/read/types.js';

export interface ReadSheet {
  name: string | null;
  rows: RawRow[];
}

/** The whole workbook, rows materialised. */
export async function readAll(path: string, display = path): Promise<{ wb: RawWorkbook; sheets: ReadSheet[] }> {
  const wb = await openWorkbook(path, display);
  const sheets: ReadSheet[] = [];
  for (const sheet of wb.sheets) {
    const rows: RawRow[] = [];
    for await (const row of sheet.rows()) rows.push(row);
    sheets.push({ name: sheet.name, rows });
  }
  return { wb, sheets };
}

/** The cell at Excel address `ref` (e.g. `B3`): null when empty, undefined when its row was not emitted. */
export function cell(sheet: ReadSheet, ref: string): CellValue | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`bad ref ${ref}`);
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = sheet.rows.find((r) => r.row === Number(m[2]));
  if (row === undefined) return undefined;
  return row.cells[col - 1] ?? null;
}

/** Every text in a read workbook: cell strings, date texts and sheet names. */
export function allTexts(sheets: ReadSheet[]): string[] {
  const out: string[] = [];
  for (const s of sheets) {
    if (s.name !== null) out.push(s.name);
    for (const r of s.rows) {
      for (const c of r.cells) {
        if (typeof c === 'string') out.push(c);
        else if (c !== null && isCellDate(c)) out.push(c.iso);
      }
    }
  }
  return out;
}
