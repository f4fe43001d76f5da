/**
 * Enumerations and yes/no cells: the stored value, the Chinese word, the English word or a
 * listed synonym, compared without case, spaces, `_`/`-` or full-width differences.
 */
import type { CellValue } from '../../read/types.js';
import type { EnumValue } from '../types.js';
import { cellText, halfWidth } from './cell-text.js';
import { fail, ok, type Parsed } from './parsed.js';

/** The comparison key of an enumeration word. */
export function choiceKey(text: string): string {
  return halfWidth(text).toLowerCase().replace(/[\s_\-]/g, '');
}

/** Word key -> stored value, built once per enumeration (a sheet may have a million rows). */
const LOOKUPS = new WeakMap<readonly EnumValue[], Map<string, string>>();

function lookup(values: readonly EnumValue[]): Map<string, string> {
  let map = LOOKUPS.get(values);
  if (!map) {
    map = new Map();
    for (const v of values) {
      for (const w of [v.value, v.zh, v.en, ...v.synonyms]) if (!map.has(choiceKey(w))) map.set(choiceKey(w), v.value);
    }
    LOOKUPS.set(values, map);
  }
  return map;
}

/** Results already worked out per enumeration and cell text: a sheet repeats a few words a million times. */
const RESULTS = new WeakMap<readonly EnumValue[], Map<string, Parsed<string>>>();

/** The stored value the cell names, or `bad-enum`. */
export function parseChoice(cell: CellValue, values: readonly EnumValue[]): Parsed<string> {
  if (typeof cell !== 'string') return parseChoiceText(cellText(cell), values);
  let results = RESULTS.get(values);
  if (!results) RESULTS.set(values, (results = new Map()));
  let result = results.get(cell);
  if (result === undefined) {
    result = Object.freeze(parseChoiceText(cell, values));
    // Capped: free text typed into a choice column must not grow the map without end.
    if (results.size < 10_000) results.set(cell, result);
  }
  return result;
}

function parseChoiceText(text: string, values: readonly EnumValue[]): Parsed<string> {
  const value = lookup(values).get(choiceKey(text));
  return value === undefined ? fail('bad-enum') : ok(value);
}

/** A yes/no cell (是/否, yes/no, y/n, true/false, √/×, 1/0 and the field's synonyms). */
export function parseBool(cell: CellValue, values: readonly EnumValue[]): Parsed<boolean> {
  if (typeof cell === 'boolean') return ok(cell);
  const v = parseChoice(cell, values);
  return v.ok ? ok(v.value === 'yes') : fail('bad-enum');
}
