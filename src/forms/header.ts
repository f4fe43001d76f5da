/**
 * Finding a sheet's form and header row (spec/forms.md): by sheet name first, else by which
 * form's required headers a row of the top 10 carries. Headers are compared without case,
 * spaces, full-width differences, `*`, a trailing `(必填)` or `:`. Two forms that fit equally,
 * or none, are never guessed between: the caller reports the sheet and skips it.
 */
import type { FormId } from '../model/records.js';
import type { RawRow } from '../read/types.js';
import { cellText } from './cells/cell-text.js';
import { FORM_DEFS } from './index.js';
import type { ColumnMap, FieldDef, SomeFormDef } from './types.js';

/** How many rows from the top may hold the header (titles and notes may come first). */
export const HEADER_SEARCH_ROWS = 10;

/**
 * Keys already made, by text: every cell of a sheet's top rows is keyed once per form (eleven),
 * and a center's sheets repeat the same few dozen headers (NFKC and three regular expressions
 * each time were ~10 ms of a center's week). Capped: cell text of the top rows is any text.
 */
const KEYS = new Map<string, string>();
const KEYS_CAP = 10_000;

/** The comparison key of a header or sheet name. */
export function normaliseHeader(text: string): string {
  const known = KEYS.get(text);
  if (known !== undefined) return known;
  let s = text.normalize('NFKC').toLowerCase().replace(/[\s*]+/g, '');
  for (;;) {
    const next = s.replace(/(\((必填|选填)\)|必填|:)$/, '');
    if (next === s) break;
    s = next;
  }
  if (KEYS.size < KEYS_CAP) KEYS.set(text, s);
  return s;
}

/** The form a sheet's name selects (its zh or en name, a 附表N, or a name holding the zh name), or null. */
export function formOfSheetName(name: string | null): FormId | null {
  if (!name) return null;
  const key = normaliseHeader(name);
  if (key === '') return null;
  const forms = Object.values(FORM_DEFS);
  const exact = forms.filter((f) => [f.zh, f.en, ...f.sheetNames].some((n) => normaliseHeader(n) === key));
  if (exact.length === 1) return exact[0]!.id;
  // A sheet such as "顾问每日工作日程表(11月)" still names its form; only the long Chinese names are
  // safe to look for inside another name.
  const within = forms.filter((f) => key.includes(normaliseHeader(f.zh)));
  return within.length === 1 ? within[0]!.id : null;
}

/** Header key -> field, built once per form (every row of the top 10 is tried against every form). */
const HEADER_KEYS = new WeakMap<SomeFormDef, Map<string, FieldDef>>();

/** The field of `form` a header names, or null. */
export function fieldOfHeader(form: SomeFormDef, header: string): FieldDef | null {
  let keys = HEADER_KEYS.get(form);
  if (!keys) {
    keys = new Map();
    for (const f of form.fields) for (const h of [f.zh, f.en, ...f.aliases]) if (!keys.has(normaliseHeader(h))) keys.set(normaliseHeader(h), f);
    HEADER_KEYS.set(form, keys);
  }
  return keys.get(normaliseHeader(header)) ?? null;
}

/** A header row read against one form. */
export interface HeaderFit {
  form: SomeFormDef;
  /** The header row as Excel shows it. */
  row: number;
  columns: ColumnMap[];
  /** Later columns naming a field an earlier one already names (ignored). */
  duplicates: ColumnMap[];
  /** Required fields no column names. */
  missing: FieldDef[];
  /** How many fields the row names. */
  score: number;
}

/** Reads one row as the header of `form`. */
export function fitHeader(form: SomeFormDef, row: RawRow): HeaderFit {
  const columns: ColumnMap[] = [];
  const duplicates: ColumnMap[] = [];
  const taken = new Set<string>();
  row.cells.forEach((cell, index) => {
    const header = cellText(cell).trim();
    if (header === '') return;
    const field = fieldOfHeader(form, header);
    if (field && taken.has(field.key)) {
      duplicates.push({ index, header, field: field.key });
      columns.push({ index, header, field: null });
      return;
    }
    if (field) taken.add(field.key);
    columns.push({ index, header, field: field?.key ?? null });
  });
  const missing = form.fields.filter((f) => f.required && !taken.has(f.key));
  return { form, row: row.row, columns, duplicates, missing, score: taken.size };
}

/** Why no form was taken: a catalogue key and its parameters. */
export interface NoForm {
  reason: 'form.reason.about' | 'form.reason.blank' | 'form.reason.no-match' | 'form.reason.ambiguous' | 'form.reason.no-header' | 'form.reason.incomplete';
  forms: FormId[];
  /** For `incomplete`: the required fields the header lacks. */
  missing?: FieldDef[];
}

/** The unique best of fits by score, or null when none or a tie. */
function uniqueBest(fits: HeaderFit[]): HeaderFit | null {
  const sorted = [...fits].sort((a, b) => b.score - a.score);
  if (sorted.length === 0 || (sorted.length > 1 && sorted[1]!.score === sorted[0]!.score)) return null;
  return sorted[0]!;
}

/**
 * The form and header row of a sheet from its first rows. `named` is the form its name
 * selects: then the header is the first row naming all its required columns, else the row
 * naming the most of its fields, essentials included (the missing required columns are then
 * reported by the caller).
 */
export function findHeader(rows: readonly RawRow[], named: FormId | null): HeaderFit | NoForm {
  const top = rows.slice(0, HEADER_SEARCH_ROWS);
  if (top.length === 0) return { reason: 'form.reason.blank', forms: named ? [named] : [] };
  if (named) {
    const fits = top.map((r) => fitHeader(FORM_DEFS[named], r));
    const full = fits.find((f) => f.missing.length === 0);
    if (full) return full;
    const essentials = FORM_DEFS[named].essential ?? [];
    const partial = fits
      .filter((f) => f.score >= 2 && essentials.every((e) => f.columns.some((c) => c.field === e)))
      .sort((a, b) => b.score - a.score)[0];
    return partial ?? { reason: 'form.reason.no-header', forms: [named] };
  }
  const partials: HeaderFit[] = [];
  for (const row of top) {
    const all = Object.values(FORM_DEFS).map((form) => fitHeader(form, row));
    const fits = all.filter((f) => f.missing.length === 0).sort((a, b) => b.score - a.score);
    partials.push(...all.filter((f) => f.missing.length > 0 && f.score >= 2));
    if (fits.length === 0) continue;
    const best = fits.filter((f) => f.score === fits[0]!.score);
    if (best.length > 1) return { reason: 'form.reason.ambiguous', forms: best.map((f) => f.form.id) };
    // Date + advisor alone make a talks header; a row that names more of another form's
    // columns is that form with a column missing, not a talks sheet.
    const rival = uniqueBest(all.filter((f) => f.missing.length > 0 && f.score > fits[0]!.score));
    if (rival) return { reason: 'form.reason.incomplete', forms: [rival.form.id], missing: rival.missing };
    return fits[0]!;
  }
  const near = uniqueBest(partials);
  if (near && near.score >= 3) return { reason: 'form.reason.incomplete', forms: [near.form.id], missing: near.missing };
  return { reason: 'form.reason.no-match', forms: [] };
}
