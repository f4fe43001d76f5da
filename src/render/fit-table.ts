/**
 * A cli-table3 table fitted to the terminal: column widths from fitColWidths, and each cell
 * wrapped here (CJK-aware, see wrapLine) so cli-table3 never cuts a cell or breaks a line.
 * Without a width (piped, no COLUMNS) the table takes its natural widths.
 */
import Table from 'cli-table3';
import { fitColWidths, wrapLine } from './terminal-width.js';

export function fittedTable(head: readonly string[], rows: readonly (readonly string[])[], width: number): string {
  const widths = fitColWidths([head, ...rows], width);
  const wrap = (cell: string, c: number) =>
    widths ? cell.split('\n').flatMap((l) => wrapLine(l, widths[c]! - 2, '')).join('\n') : cell;
  const table = new Table({
    head: head.map(wrap),
    style: { head: [], border: [] },
    ...(widths ? { colWidths: widths } : {}),
  });
  for (const row of rows) table.push(row.map(wrap));
  return table.toString();
}
