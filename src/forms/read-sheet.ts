/**
 * One sheet to typed records plus data issues (spec/forms.md). Finds the form and the header
 * row, reads every data row, and never stops at the first bad cell: each problem becomes a
 * DataIssue pointing at its file, sheet, row (as Excel shows it) and column (its header).
 *
 * A row missing a required field is reported (`missing-required`) and still counted when the
 * form's essential fields (FormDef.essential: date and advisor for most forms) are usable.
 * Records dated after the as-of (FormDef.datedBy) are left out with one `future-date` issue per
 * sheet. Advisors are mapped to the config's names; a name the config does not list gets one
 * `unknown-advisor` error per sheet and name (with the closest configured name), and its rows
 * are kept under the name as written.
 */
import { basename, extname } from 'node:path';
import type { Config } from '../config/types.js';
import { getLang, t, type MessageKey } from '../i18n/index.js';
import type { DataIssue, IssueCode, Severity } from '../model/issues.js';
import { CallList, type CallStore } from '../model/call-store.js';
import { isMobileNumber, plainMobileBytes, plainMobileNumber } from './cells/phone.js';
import type { LocalDateTime } from '../model/records.js';
import { maskPhone, maskPhones } from '../privacy/mask.js';
import type { CellValue, RawRow, RawSheet } from '../read/types.js';
import { advisorNames } from './advisor-names.js';
import { cellText, isBlankCell } from './cells/cell-text.js';
import { parseCell, type FieldValue } from './cells/parse-cell.js';
import { ok, type Parsed } from './cells/parsed.js';
import { parseName, parseText } from './cells/text.js';
import { FORM_DEFS } from './index.js';
import { findHeader, formOfSheetName, HEADER_SEARCH_ROWS, type HeaderFit } from './header.js';
import { recordSink, type CellMemo } from './record-sink.js';
import type { FieldDef, SheetReadResult, SomeFormDef } from './types.js';

/** What reading a sheet needs besides the sheet. */
export interface ReadContext {
  /** The as-of time: later records are left out; its date gives `11/20` its year. */
  asOf: LocalDateTime;
  config: Config;
  /** Keep this many first rows as read in `SheetReadResult.cells` (for `inspect --json`). */
  keepCells?: number;
  /**
   * Stop before the steps that depend on the as-of time and the config's advisors (future
   * records, advisor names), which finishSheet then applies: what the content cache keeps
   * depends on the file, the as-of date (year inference) and the language only.
   */
  parseOnly?: boolean;
  /** Told every few thousand rows read (the progress display). */
  onRows?: (rows: number) => void;
  /**
   * The store the calls of the sheet are written into, shared by the sheets of a load (its
   * records are then the sheet's rows of it); absent: a store of the sheet's own.
   */
  calls?: CallStore;
}

/** How many rows between two onRows calls. */
const ROWS_PER_TICK = 8192;

/** How many distinct cells of a column readRow remembers (CellMemo). */
const MEMO_CAP = 10_000;

/** A blank name cell's parse. */
const BLANK_NAME: Parsed<FieldValue> = Object.freeze(ok(null));

/** The catalogue key of the message of a cell a parser could not read. */
const BAD_CELL_MESSAGE: Record<FieldDef['type'], MessageKey> = {
  date: 'issue.bad-date',
  datetime: 'issue.bad-datetime',
  month: 'issue.bad-month',
  period: 'issue.bad-period',
  number: 'issue.bad-number',
  money: 'issue.bad-money',
  phone: 'issue.bad-phone',
  enum: 'issue.bad-enum',
  bool: 'issue.bad-bool',
  text: 'issue.bad-enum',
  name: 'issue.bad-enum',
};

/** A cell's text for an issue: phones masked, long text cut. */
function issueValue(cell: CellValue | undefined, field: FieldDef | null): string | null {
  const text = cellText(cell).trim();
  if (text === '') return null;
  const shown = field?.type === 'phone' ? maskPhone(text) : maskPhones(text);
  return shown.length > 120 ? `${shown.slice(0, 119)}…` : shown;
}

function isBlankRow(row: RawRow): boolean {
  // A plain loop: asked of every row read, usually answered by its first cell.
  const cells = row.cells;
  for (let i = 0; i < cells.length; i++) if (!isBlankCell(cells[i])) return false;
  return true;
}

/** The form's header of a field in the user's language (for a column the sheet lacks). */
function fieldHeader(field: FieldDef): string {
  return getLang() === 'en' ? field.en : field.zh;
}

function formName(form: SomeFormDef): string {
  return getLang() === 'en' ? form.en : form.zh;
}

/** Reads one sheet of `file` (the path as shown to the user). */
export async function readSheet(sheet: RawSheet, file: string, ctx: ReadContext): Promise<SheetReadResult> {
  const issues: DataIssue[] = [];
  const sheetName = sheet.name;
  const issue = (code: IssueCode, severity: Severity, at: Partial<DataIssue> & { message: string }): void => {
    issues.push({ code, severity, file, sheet: sheetName, row: null, column: null, field: null, value: null, ...at });
  };
  const keep = ctx.keepCells ?? 0;
  const cells: { row: number; cells: CellValue[] }[] = [];
  const result: SheetReadResult = { name: sheetName, form: null, reason: null, headerRow: null, columns: [], rows: 0, records: [], issues };
  if (keep > 0) result.cells = cells;

  const source = rowSource(sheet, (r) => {
    if (cells.length < keep) cells.push({ row: r.row, cells: r.cells });
  });
  const next = source.next;

  // The header is looked for in the first rows that hold anything; they are kept for reading on.
  const top: RawRow[] = [];
  let row: RawRow | null;
  while (top.length < HEADER_SEARCH_ROWS && (row = await next())) {
    if (!isBlankRow(row)) top.push(row);
  }
  // A CSV has no sheet name; its file name may name the form instead.
  const named = formOfSheetName(sheetName ?? basename(file, extname(file)));
  // clubcrm's own 说明/About sheet (in every workbook it writes) is never data: its label
  // 周期/Period would otherwise pass for the targets form when a report is imported back.
  const found: ReturnType<typeof findHeader> = isAboutSheet(sheetName) ? { reason: 'form.reason.about', forms: [] } : findHeader(top, named);
  if ('reason' in found) {
    const params = {
      forms: found.forms.map((id) => formName(FORM_DEFS[id])).join(getLang() === 'en' ? ', ' : '、'),
      form: found.forms[0] ? formName(FORM_DEFS[found.forms[0]]) : '',
      columns: found.forms[0]
        ? (found.missing ?? FORM_DEFS[found.forms[0]].fields.filter((f) => f.required)).map(fieldHeader).join(getLang() === 'en' ? ', ' : '、')
        : '',
    };
    result.reason = t(found.reason, params);
    // An empty sheet (Excel's default Sheet2) is worth a note, not a warning.
    issue('unknown-form', found.reason === 'form.reason.blank' || found.reason === 'form.reason.about' ? 'info' : 'warning', {
      message: t('issue.unknown-form', { reason: result.reason }),
    });
    while (cells.length < keep && (await next()));
    // Let the reader close the sheet's stream now rather than hold it open unread.
    await source.close();
    return result;
  }

  const fit: HeaderFit = found;
  const form = fit.form;
  result.form = form.id;
  result.headerRow = fit.row;
  result.columns = fit.columns;
  for (const dup of fit.duplicates) {
    const first = fit.columns.find((c) => c.field === dup.field)!;
    issue('duplicate-header', 'warning', {
      row: fit.row,
      column: dup.header,
      field: dup.field,
      message: t('issue.duplicate-header', { column: dup.header, first: first.header }),
    });
  }
  for (const f of fit.missing) {
    issue('missing-required', 'error', {
      row: fit.row,
      column: fieldHeader(f),
      field: f.key,
      message: t('issue.missing-column', { column: fieldHeader(f) }),
    });
  }

  const ref = ctx.asOf.slice(0, 10);
  const mapped = fit.columns
    .filter((c) => c.field !== null)
    .map((c) => {
      const index = form.fields.findIndex((f) => f.key === c.field);
      return { column: c, field: form.fields[index]!, index };
    });
  const essential = (form.essential ?? []).map((k) => form.fields.findIndex((f) => f.key === k));
  const absent = new Set(fit.missing.map((f) => f.key));
  const idIndex = form.fields.findIndex((f) => f.key === 'id');
  const phoneIndex = form.fields.findIndex((f) => f.key === 'phone');
  // A million rows repeat a few hundred dates, advisors and choice words: one string each
  // (interned per sheet, capped), instead of a copy per row.
  const interned = new Map<string, string>();
  const intern = (v: FieldValue): FieldValue => {
    if (typeof v !== 'string') return v;
    const held = interned.get(v);
    if (held !== undefined) return held;
    if (interned.size < 100_000) interned.set(v, v);
    return v;
  };
  const shared = form.fields.map((f) => f.type === 'date' || f.type === 'name' || f.type === 'enum' || f.type === 'month' || f.type === 'period');
  // Field values of the row being read, by the field's place in the form (undefined: no column).
  const values: (FieldValue | undefined)[] = new Array<FieldValue | undefined>(form.fields.length);

  const columnOfField = new Map(mapped.map((m) => [m.field.key, m.column.index]));
  // Where the usable rows go: plain records, or the calls into a call store (record-sink.ts).
  const sink = recordSink(form, file, sheetName, columnOfField, ctx.calls);
  // The sheet's own word on its size (xlsx <dimension>), known once the header rows are out:
  // the call store's columns made that size once instead of grown by doubling.
  if (sheet.rowsHint !== undefined && sheet.rowsHint > fit.row) sink.expect(sheet.rowsHint - fit.row);
  const numericPhone = sink.numericPhonePlace;
  // The mapped columns as parallel arrays (the row loop runs a million times).
  const mappedCount = mapped.length;
  const mappedColumns = mapped.map((m) => m.column.index);
  const mappedFields = mapped.map((m) => m.field);
  const mappedIndex = mapped.map((m) => m.index);
  const mappedShared = mapped.map((m) => sink.wantsInterned && shared[m.index]!);
  // A date, name or choice column repeats a few hundred cells a million times: each distinct
  // cell (text, number, or date by its ISO text) is parsed once per column and remembered with
  // its value (capped: free text typed there must not grow the maps without end). Cells that do
  // not parse are parsed again each time, for their issue.
  const memoKind = mapped.map((m) => m.field.type === 'date' || m.field.type === 'name' || m.field.type === 'enum');
  const textMemos = mapped.map(() => new Map<string, CellMemo>());
  const numberMemos = mapped.map(() => new Map<number, CellMemo>());
  const isoMemos = mapped.map(() => new Map<string, CellMemo>());
  // The memo of each field's cell in the row being read (by the field's place; undefined: none).
  const memos: (CellMemo | undefined)[] = new Array<CellMemo | undefined>(form.fields.length);
  const textKind = mapped.map((m) => m.field.type === 'text');
  const onRows = ctx.onRows;
  const readRow = (raw: RawRow): void => {
    result.rows += 1;
    if (onRows && result.rows % ROWS_PER_TICK === 0) onRows(ROWS_PER_TICK);
    values.fill(undefined);
    // `memos` needs no clearing: every mapped field's memo is written below whatever its cell
    // (undefined but for a date, name or choice cell remembered), the others stay undefined.
    let rowIssues: DataIssue[] | null = null;
    let blankRequired = false;
    const rowCells = raw.cells;
    for (let j = 0; j < mappedCount; j++) {
      const field = mappedFields[j]!;
      const index = mappedIndex[j]!;
      const cell = rowCells[mappedColumns[j]!];
      if (index === numericPhone) {
        // A mobile typed as a number, or as its 11 digits alone, goes to the sink as that
        // number (no text made): the value parsePhone gives, as the store would keep it.
        const mobile = typeof cell === 'number' ? (isMobileNumber(cell) ? cell : Number.NaN) : typeof cell === 'string' ? plainMobileNumber(cell) : Number.NaN;
        if (mobile === mobile) {
          values[index] = mobile;
          continue;
        }
      }
      if (textKind[j] && typeof cell === 'string') {
        // Free text never fails: its value without a parse result made per row.
        const v = parseText(cell);
        values[index] = v;
        if (v === null && field.required) blankRequired = true;
        continue;
      }
      let memo: CellMemo | undefined;
      let memoMap: Map<string, CellMemo> | Map<number, CellMemo> | null = null;
      let key: string | number = '';
      if (memoKind[j] && cell !== null && cell !== undefined && typeof cell !== 'boolean') {
        if (typeof cell === 'string') memo = (memoMap = textMemos[j]!).get((key = cell));
        else if (typeof cell === 'number') memo = (memoMap = numberMemos[j]!).get((key = cell));
        else memo = (memoMap = isoMemos[j]!).get((key = cell.iso));
        if (memo !== undefined) {
          memos[index] = memo;
          const v = memo.value;
          values[index] = v;
          if (v === null && field.required) blankRequired = true;
          continue;
        }
      }
      const parsed = field.type === 'name' && typeof cell === 'string' ? (isBlankCell(cell) ? BLANK_NAME : ok(parseName(cell))) : parseCell(field, cell, ref);
      if (parsed.ok) {
        const v = mappedShared[j] ? intern(parsed.value) : parsed.value;
        values[index] = v;
        if (memoMap !== null) {
          memo = { value: v, id: -1 };
          if (memoMap.size < MEMO_CAP) (memoMap as Map<string | number, CellMemo>).set(key, memo);
        }
        memos[index] = memo;
        if (v === null && field.required) blankRequired = true;
        continue;
      }
      values[index] = null;
      memos[index] = undefined;
      const column = mapped[j]!.column;
      const value = issueValue(cell, field);
      const allowed = (field.values ?? []).map((v) => (getLang() === 'en' ? v.en : v.zh)).join(' / ');
      (rowIssues ??= []).push({
        code: parsed.code,
        severity: field.required ? 'error' : 'warning',
        file,
        sheet: sheetName,
        row: raw.row,
        column: column.header,
        field: field.key,
        value,
        message: t(BAD_CELL_MESSAGE[field.type], { value, column: column.header, allowed }),
      });
    }
    if (blankRequired) for (const { column, field, index } of mapped) {
      if (!field.required || absent.has(field.key) || values[index] !== null) continue;
      if (!isBlankCell(raw.cells[column.index])) continue; // unreadable, already reported
      (rowIssues ??= []).push({
        code: 'missing-required',
        severity: 'error',
        file,
        sheet: sheetName,
        row: raw.row,
        column: column.header,
        field: field.key,
        value: null,
        message: t('issue.missing-required', { column: column.header }),
      });
    }
    let usable = true;
    for (const i of essential) if (values[i] === undefined || values[i] === null) usable = false;
    // A card is known by its id, else by its phone; one with neither cannot be followed.
    if (form.id === 'customers') {
      values[idIndex] = values[idIndex] ?? values[phoneIndex] ?? null;
      usable &&= values[idIndex] !== null;
    }
    if (rowIssues) {
      if (!usable) {
        const last = rowIssues[rowIssues.length - 1];
        if (last) last.message = `${last.message}${getLang() === 'en' ? ' ' : ''}${t('issue.left-out')}`;
      }
      for (const i of rowIssues) issues.push(i);
    }
    if (usable) sink.add(raw.row, values, rowCells, memos);
  };

  for (const r of top) if (r.row > fit.row) readRow(r);
  // The sink keeps phones as numbers: the reader may hand the phone column's mobiles on as
  // numbers straight from their bytes (no text made for a million phones; readRow takes either).
  // Not when rows are kept as read (inspect --json shows them as the sheet has them).
  const phoneColumn = numericPhone >= 0 && keep === 0 ? columnOfField.get(form.fields[numericPhone]!.key) : undefined;
  if (phoneColumn !== undefined) sheet.numberColumn = { column: phoneColumn, parse: plainMobileBytes };
  try {
    await source.drain((r) => {
      if (!isBlankRow(r)) readRow(r);
    });
  } finally {
    delete sheet.numberColumn;
  }
  result.records = sink.records();

  reportCutCells(sheet, result, issue);
  if (result.rows === 0) issue('empty-sheet', 'warning', { row: fit.row, message: t('issue.empty-sheet') });
  if (ctx.onRows) ctx.onRows(result.rows % ROWS_PER_TICK);
  return ctx.parseOnly ? result : finishSheet(result, file, ctx);
}

/**
 * The steps of reading a sheet that depend on the as-of time and the config (records after
 * the as-of left out, advisor names mapped), applied to a sheet read with `parseOnly`.
 */
export function finishSheet(result: SheetReadResult, file: string, ctx: ReadContext): SheetReadResult {
  if (result.form === null) return result;
  const form = FORM_DEFS[result.form];
  const issue: Report = (code, severity, at) => {
    result.issues.push({ code, severity, file, sheet: result.name, row: null, column: null, field: null, value: null, ...at });
  };
  leaveOutFuture(result, form, ctx.asOf, issue);
  resolveAdvisors(result, form, ctx.config, issue);
  return result;
}

/**
 * A sheet's rows for reading: `next` one at a time (the header search), then `drain` for the
 * rest, a batch at a time without an await per row when the reader offers batches (xlsx).
 * `seen` is told every row handed out.
 */
function rowSource(sheet: RawSheet, seen: (row: RawRow) => void) {
  if (!sheet.rowBatches) {
    const rows = sheet.rows()[Symbol.asyncIterator]();
    const next = async (): Promise<RawRow | null> => {
      const r = await rows.next();
      if (r.done) return null;
      seen(r.value);
      return r.value;
    };
    return {
      next,
      drain: async (each: (row: RawRow) => void) => {
        for (let r = await next(); r; r = await next()) each(r);
      },
      close: async () => {
        await rows.return?.();
      },
    };
  }
  const batches = sheet.rowBatches()[Symbol.asyncIterator]();
  let batch: RawRow[] = [];
  let at = 0;
  const more = async (): Promise<boolean> => {
    const b = await batches.next();
    if (b.done) return false;
    batch = b.value;
    at = 0;
    return true;
  };
  return {
    next: async (): Promise<RawRow | null> => {
      while (at >= batch.length) if (!(await more())) return null;
      const r = batch[at++]!;
      seen(r);
      return r;
    },
    drain: async (each: (row: RawRow) => void) => {
      do {
        while (at < batch.length) {
          const r = batch[at++]!;
          seen(r);
          each(r);
        }
      } while (await more());
    },
    close: async () => {
      await batches.return?.();
    },
  };
}

/**
 * Whether a sheet is one clubcrm writes that holds no data: the 说明/About sheet of its reports,
 * the 问题清单/Problems sheet of an annotated copy, or the 填写说明 sheet of a template.
 */
function isAboutSheet(name: string | null): boolean {
  return name !== null && (['about.sheet', 'annotated.sheet', 'template.instructions.sheet'] as const).some((k) => name === t(k, {}, 'zh') || name === t(k, {}, 'en'));
}

/** Excel's column letters of a 0-based index (0 -> A, 26 -> AA). */
function columnLetters(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The reader's notes on cells it cut (longer than Excel keeps), as data issues. */
function reportCutCells(sheet: RawSheet, result: SheetReadResult, issue: Report): void {
  for (const note of sheet.notes ?? []) {
    const column = result.columns.find((c) => c.index === note.col);
    const header = column?.header ?? columnLetters(note.col);
    issue(note.code, note.code === 'bad-shared-string' ? 'error' : 'warning', {
      row: note.row,
      column: header,
      field: column?.field ?? null,
      message: t(`issue.${note.code}`, { column: header }),
    });
  }
}

type Report = (code: IssueCode, severity: Severity, at: Partial<DataIssue> & { message: string }) => void;

/** Leaves out records dated after the as-of, with one issue for the sheet. */
function leaveOutFuture(result: SheetReadResult, form: SomeFormDef, asOf: LocalDateTime, issue: Report): void {
  const key = form.datedBy;
  if (!key) return;
  const today = asOf.slice(0, 10);
  let count: number;
  let first: { row: number; value: string };
  if (result.records instanceof CallList) {
    // By date: a sheet has a few distinct dates, whatever its rows.
    const calls = result.records;
    const store = calls.store;
    const future = Array.from({ length: store.dateCount }, (_, id) => store.dateOf(id) > today);
    const kept = calls.where((r) => !future[store.dateId(r)]);
    count = calls.length - kept.length;
    if (count === 0) return;
    let k = 0;
    while (!future[store.dateId(calls.row(k))]) k++;
    first = { row: store.rowNumber(calls.row(k)), value: store.date(calls.row(k)) };
    result.records = kept;
  } else {
    const future = result.records.filter((r) => {
      // Manual, "Reallocation": every leads row with no advisor yet is next week's new lead,
      // whatever its date, so unassigned leads are never left out as future records.
      if (form.id === 'leads' && 'advisor' in r && r.advisor === null) return false;
      const d = form.dateOf(r);
      return d !== null && d.slice(0, 10) > today;
    });
    count = future.length;
    if (count === 0) return;
    const left = new Set(future);
    result.records = result.records.filter((r) => !left.has(r));
    first = { row: future[0]!.origin.row, value: String(form.dateOf(future[0]!)) };
  }
  const column = result.columns.find((c) => c.field === key)?.header ?? null;
  issue('future-date', 'warning', {
    row: first.row,
    column,
    field: key,
    value: first.value,
    message: t('issue.future-date', { count, asOf: asOf.replace('T', ' ').slice(0, 16), row: first.row }),
  });
}

/** Maps advisor names to the config's; one issue per sheet and unknown name. */
function resolveAdvisors(result: SheetReadResult, form: SomeFormDef, config: Config, issue: Report): void {
  if (!form.fields.some((f) => f.key === 'advisor')) return;
  const names = advisorNames(config);
  const unknown = new Map<string, { row: number; count: number }>();
  if (result.records instanceof CallList) resolveCallAdvisors(result.records, names, unknown);
  else for (const r of result.records) {
    if (!('advisor' in r) || r.advisor === null) continue;
    const { name, known } = names.resolve(r.advisor);
    r.advisor = name;
    if (known) continue;
    const seen = unknown.get(name);
    if (seen) seen.count += 1;
    else unknown.set(name, { row: r.origin.row, count: 1 });
  }
  const column = result.columns.find((c) => c.field === 'advisor')?.header ?? null;
  for (const [name, { row, count }] of unknown) {
    // An error: these rows belong to nobody's quota until the supervisor adds the name as an alias.
    issue('unknown-advisor', 'error', {
      row,
      column,
      field: 'advisor',
      value: maskPhones(name),
      message: t('issue.unknown-advisor', { name: maskPhones(name), count, closest: maskPhones(names.closest(name) ?? '-') }),
    });
  }
}

/** resolveAdvisors for calls: each name held resolved once, counted per advisor id in row order. */
function resolveCallAdvisors(calls: CallList, names: ReturnType<typeof advisorNames>, unknown: Map<string, { row: number; count: number }>): void {
  const store = calls.store;
  const counts = new Uint32Array(store.advisorCount);
  const firsts: { id: number; k: number }[] = [];
  for (let k = 0; k < calls.length; k++) {
    const id = store.advisorId(calls.row(k));
    if (counts[id]++ === 0) firsts.push({ id, k });
  }
  for (const { id, k } of firsts) {
    const { name, known } = names.resolve(store.advisorOf(id));
    if (known) continue;
    const seen = unknown.get(name);
    if (seen) seen.count += counts[id]!;
    else unknown.set(name, { row: store.rowNumber(calls.row(k)), count: counts[id]! });
  }
  store.renameAdvisors((name) => names.resolve(name).name);
}
