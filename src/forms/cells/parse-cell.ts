/** One entry point for every field type: a raw cell to its typed value (null when blank). */
import type { LocalDate } from '../../model/records.js';
import type { CellValue } from '../../read/types.js';
import type { FieldDef } from '../types.js';
import { isBlankCell } from './cell-text.js';
import { parseBool, parseChoice } from './choice.js';
import { parseDate } from './date.js';
import { parseDateTime } from './date-time.js';
import { parseMonth } from './month.js';
import { parseMoney, parseNumber } from './number.js';
import { ok, type Parsed } from './parsed.js';
import { parsePeriod } from './period.js';
import { parsePhone } from './phone.js';
import { parseName, parseText } from './text.js';

export type FieldValue = string | number | boolean | null;

/** What every blank cell reads as (one object, not one per cell). */
const BLANK: Parsed<FieldValue> = Object.freeze(ok(null));

/** The cell as a value of the field's type; `ref` (the as-of date) gives year-less dates their year. */
export function parseCell(field: FieldDef, cell: CellValue | undefined, ref: LocalDate): Parsed<FieldValue> {
  if (cell === undefined || isBlankCell(cell)) return BLANK;
  switch (field.type) {
    case 'date':
      return parseDate(cell, ref);
    case 'datetime':
      return parseDateTime(cell, ref);
    case 'month':
      return parseMonth(cell, ref);
    case 'period':
      return parsePeriod(cell, ref);
    case 'number':
      return parseNumber(cell);
    case 'money':
      return parseMoney(cell);
    case 'phone':
      return parsePhone(cell);
    case 'enum':
      return parseChoice(cell, field.values ?? []);
    case 'bool':
      return parseBool(cell, field.values ?? []);
    case 'name':
      return ok(parseName(cell));
    case 'text':
      return ok(parseText(cell));
  }
}
