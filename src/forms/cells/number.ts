/**
 * Numbers and money as numbers or text: `1280`, `1,280.00`, `¥1,280.00`, `￥1280`, `1280元`,
 * `RMB 1280`, `1.28万`, full-width digits. Float noise of computed cells is rounded away.
 */
import type { CellValue } from '../../read/types.js';
import { halfWidth } from './cell-text.js';
import { fail, ok, type Parsed } from './parsed.js';

/** Rounds away binary float noise (2087.0249999999996 -> 2087.025) without losing real decimals. */
function clean(n: number): number {
  return Number(n.toPrecision(12));
}

/** A number from text, with optional currency marks; null when it is not one. */
export function parseNumberText(raw: string): number | null {
  let s = halfWidth(raw).toLowerCase().replace(/\s+/g, '');
  s = s.replace(/^(rmb|cny|¥|\$)/, '').replace(/(元|块|rmb|cny)$/, '');
  let scale = 1;
  if (s.endsWith('万')) {
    scale = 10_000;
    s = s.slice(0, -1);
  }
  s = s.replace(/^(-?)(rmb|cny|¥)/, '$1');
  // Thousands separators only where they group by three, so `1,28` is not taken for 128.
  if (s.includes(',')) {
    if (!/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return null;
    s = s.replace(/,/g, '');
  }
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return null;
  return clean(Number(s) * scale);
}

/** A number cell (`number` fields such as lessons left or enrollments). */
export function parseNumber(cell: CellValue): Parsed<number> {
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(clean(cell)) : fail('bad-number');
  if (typeof cell !== 'string') return fail('bad-number');
  const n = parseNumberText(cell);
  return n === null ? fail('bad-number') : ok(n);
}

/** A money cell: a number rounded to the fen (0.01). */
export function parseMoney(cell: CellValue): Parsed<number> {
  const n = parseNumber(cell);
  return n.ok ? ok(Math.round(n.value * 100) / 100) : n;
}
