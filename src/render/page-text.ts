/**
 * A table of the one page (reports/page.ts) for the terminal: the same cells as the sheet and
 * the picture (each figure actual/target with its status word), coloured by status when the
 * terminal takes colour (chalk degrades when piped).
 */
import chalk from './chalk.js';
import Table from 'cli-table3';
import type { PageTable } from '../reports/page.js';
import { terminalText } from './terminal-text.js';
import { PAINT } from './status-paint.js';

/** The table as text (no trailing newline). */
export function renderPageTable(table: PageTable): string {
  const out = new Table({ head: table.headers, style: { head: [], border: [] } });
  table.rows.forEach((row, k) => {
    const total = k >= table.rows.length - table.totalRows;
    out.push(row.map((c) => {
      // Advisor names come from the sheets: control characters shown as escapes (issue 16).
      const safe = terminalText(c.text);
      const text = c.status ? PAINT[c.status](safe) : safe;
      return total ? chalk.bold(text) : text;
    }));
  });
  return out.toString();
}
