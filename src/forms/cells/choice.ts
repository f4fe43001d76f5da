/**
 * Enumerations and yes/no cells: the stored value, the Chinese word, the English word or a
 * listed synonym, compared without case, spaces, `_`/`-` or full-width differences.
 */
import type { CellValue } from '../../read/types.js';
import type { EnumValue } from '../types.js';
import { cellText } from './cell-text.js';
import { fail, ok, type Parsed } from './parsed.js';

/** The comparison key of an enumeration word. */
export function choiceKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s_\-]/g, '');
}

/** The stored value the cell names, or `bad-enum`. */
export function parseChoice(cell: CellValue, values: readonly EnumValue[]): Parsed<string> {
  const key = choiceKey(cellText(cell));
  for (const v of values) {
    if ([v.value, v.zh, v.en, ...v.synonyms].some((w) => choiceKey(w) === key)) return ok(v.value);
  }
  return fail('bad-enum');
}

/** A yes/no cell (是/否, yes/no, y/n, true/false, √/×, 1/0 and the field's synonyms). */
export function parseBool(cell: CellValue, values: readonly EnumValue[]): Parsed<boolean> {
  if (typeof cell === 'boolean') return ok(cell);
  const v = parseChoice(cell, values);
  return v.ok ? ok(v.value === 'yes') : fail('bad-enum');
}
