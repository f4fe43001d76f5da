/** Where a record was read, as every report's sheets show it. */
import type { Origin } from '../model/records.js';

/** `file / sheet / row` (no sheet for a CSV); empty for no origin. */
export function originText(o: Origin | null): string {
  return o ? `${o.file}${o.sheet ? ` / ${o.sheet}` : ''} / ${o.row}` : '';
}
