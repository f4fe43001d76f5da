/**
 * Calls held column by column (issue "Performance and scale"). The call log is the one form
 * that reaches a million rows (a region's export), and a million CallRecord objects cost
 * ~200 bytes each (the object, its origin, its phone string) before any index: ~200 MB. Here a
 * call costs ~30 bytes: its date, advisor and origin sheet as ids into small tables, list,
 * purpose and outcome packed in one byte, a mobile phone as a number, the row number, and a
 * pointer to the customer's name (shared with the sheet's shared strings). Text that is rare
 * (a landline, an appointment, a note) is kept in sparse maps.
 *
 * A `CallStore` is where the columns live; a `CallList` is an ordered selection of its rows
 * (all of them, one advisor's, the effective calls of a week ...) and is what the dataset,
 * the engine and the reports hold. The engine's hot paths read the columns by row; anything
 * else (evidence, a report's table, a test) asks for a `CallRecord`, made afresh on demand.
 * Two records made from the same row are equal, never identical.
 */
import type { CallOutcome, CallPurpose, CallRecord, ListKind, LocalDate, Origin } from './records.js';

/** The values of `list`, `purpose` and `outcome`, in code order (code = index + 1; 0 = blank). */
export const LIST_KINDS: readonly ListKind[] = ['new', 'old'];
export const CALL_PURPOSES: readonly CallPurpose[] = ['first_invite', 'second_invite', 'member_care'];
export const CALL_OUTCOMES: readonly CallOutcome[] = [
  'invited',
  'interested',
  'declined',
  'no_answer',
  'invalid_number',
  'wrong_number',
  'long_distance',
  'suspended',
];

/** The fields of a call, each one of the store's columns. */
type CallFields = Omit<CallRecord, 'origin'>;

/**
 * The store's columns, in the order of `addValues`: the one list of the call fields. It lives
 * here, in the model, because the model is below the forms (README, "Layers, lowest first"):
 * the calls form (forms/calls.ts) is typed by it, so a field renamed, added, dropped or moved
 * on either side fails to compile until the other follows. Every field of CallRecord must be
 * a column (a missing one fails here, naming it).
 */
export const CALL_FIELDS = everyKeyOnce<keyof CallFields>()(['date', 'advisor', 'customer', 'phone', 'list', 'purpose', 'outcome', 'appointment', 'notes']);

/** One of the store's columns (a field of CallRecord but its origin). */
export type CallField = (typeof CALL_FIELDS)[number];

/** Keys of `K` in a chosen order, as a tuple type; a key of `K` left out is a compile error. */
function everyKeyOnce<K extends string>() {
  return <const T extends readonly K[]>(keys: T & ([Exclude<K, T[number]>] extends [never] ? unknown : { missing: Exclude<K, T[number]> })): T => keys;
}

/**
 * The number of a phone made only of digits, no leading zero, that a double holds exactly (at
 * most 15 digits); NaN for any other. Read digit by digit in the one loop that checks it:
 * Number() of an 11-digit text (beyond a small integer) cost as much again, per row.
 */
function numericPhone(phone: string): number {
  const n = phone.length;
  if (n === 0 || n > 15 || phone.charCodeAt(0) === 48) return Number.NaN;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const digit = phone.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    // Exact: below 10^15 every step is an integer a double holds.
    value = value * 10 + digit;
  }
  return value;
}

/** Strings given small ids, each string held once. */
class Table {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }
}

function codeOf<T>(values: readonly T[], value: T | null | undefined): number {
  if (value === null || value === undefined) return 0;
  const i = values.indexOf(value);
  if (i < 0) throw new TypeError(`not a call value: ${String(value)}`);
  return i + 1;
}

/**
 * The packed code of a call's list, purpose and outcome (as `addCoded` takes it) of one of
 * them, the others blank: the codes of the three OR together. A reader works it out once per
 * distinct cell and hands the store the number, not the word to be looked up again per row.
 */
export function callCode(field: 'list' | 'purpose' | 'outcome', value: string | null): number {
  if (field === 'list') return codeOf<string>(LIST_KINDS, value);
  if (field === 'purpose') return codeOf<string>(CALL_PURPOSES, value) << 2;
  return codeOf<string>(CALL_OUTCOMES, value) << 4;
}

type Column = Uint32Array | Uint8Array | Float64Array;

/** A resizable ArrayBuffer (ES2024; Node 20 has it, the project's lib is ES2023). */
interface ResizableBuffer extends ArrayBuffer {
  readonly resizable: boolean;
  readonly maxByteLength: number;
  resize(byteLength: number): void;
}
const ResizableBuffer = ArrayBuffer as unknown as new (byteLength: number, options: { maxByteLength: number }) => ResizableBuffer;

/**
 * From this many rows a store's columns grow in place: each is a view of a resizable buffer
 * whose address space is reserved up front (MAX_IN_PLACE_ROWS), memory taken only as rows are
 * written. Three logs of a million calls read into one store never hold a column twice (a
 * growth by copying holds the old and the doubled column at once, and up to twice the room).
 */
const IN_PLACE_ROWS = 1 << 16;
/** What an in-place column reserves (address space only): 2^27 rows, 1 GB for the phones. */
const MAX_IN_PLACE_ROWS = 1 << 27;

function isInPlace(a: Column): boolean {
  return (a.buffer as ResizableBuffer).resizable === true;
}

/** A column with room for `size` rows holding the first `n` of `a`: `a` itself when it grows in place. */
function grow<T extends Column>(a: T, size: number, n: number): T {
  const type = a.constructor as (new (n: number) => T) & (new (b: ArrayBuffer) => T) & { BYTES_PER_ELEMENT: number };
  const bytes = size * type.BYTES_PER_ELEMENT;
  const buffer = a.buffer as ResizableBuffer;
  if (buffer.resizable && bytes <= buffer.maxByteLength) {
    buffer.resize(bytes);
    return a;
  }
  let next: T | null = null;
  if (size >= IN_PLACE_ROWS && size <= MAX_IN_PLACE_ROWS) {
    try {
      next = new type(new ResizableBuffer(bytes, { maxByteLength: MAX_IN_PLACE_ROWS * type.BYTES_PER_ELEMENT }));
    } catch {
      next = null; // no address space to reserve (a ulimit): grow by copying
    }
  }
  next ??= new type(size);
  next.set(a.subarray(0, n));
  if (buffer.resizable) buffer.resize(0);
  return next;
}

/**
 * A plain column of exactly `n` rows (at least 1) holding those of `a`, whose buffer is given
 * back at once when it grew in place. Plain typed arrays are what the engine's loops read
 * fastest; a resizable buffer's views cost a bounds check against a length that may change.
 */
function exact<T extends Column>(a: T, n: number): T {
  const next = a.slice(0, Math.max(n, 1)) as T;
  if (isInPlace(a)) (a.buffer as ResizableBuffer).resize(0);
  return next;
}

/** The columns of many calls; rows are appended and never change (but for advisor names). */
export class CallStore {
  private n = 0;
  private readonly dates = new Table();
  private names = new Table();
  private readonly sources: { file: string; sheet: string | null }[] = [];
  private readonly sourceIds = new Map<string, number>();
  private dateCol = new Uint32Array(256);
  private advisorCol = new Uint32Array(256);
  /** list | purpose << 2 | outcome << 4 (codes, 0 = blank). */
  private codeCol = new Uint8Array(256);
  /** A numeric phone, else NaN (then `phoneText` holds the phone, or it is blank). */
  private phoneCol = new Float64Array(256);
  private sourceCol = new Uint32Array(256);
  private rowCol = new Uint32Array(256);
  private readonly customerCol: (string | null)[] = [];
  private readonly phoneText = new Map<number, string>();
  private readonly appointments = new Map<number, string>();
  private readonly notes = new Map<number, string>();
  /** Advisor names (ids below this) that renameAdvisors gave: not renamed again. */
  private renamed = 0;

  /** Rows held. */
  get size(): number {
    return this.n;
  }

  /** The id of an origin's file and sheet (rows of one sheet share it). */
  source(file: string, sheet: string | null): number {
    const key = `${file}\u0000${sheet ?? '\u0001'}`;
    let id = this.sourceIds.get(key);
    if (id === undefined) {
      id = this.sources.length;
      this.sources.push({ file, sheet });
      this.sourceIds.set(key, id);
    }
    return id;
  }

  /** Appends one call; returns its row. */
  add(source: number, row: number, c: Omit<CallRecord, 'origin'>): number {
    return this.addValues(source, row, c.date, c.advisor, c.customer, c.phone, c.list, c.purpose, c.outcome, c.appointment, c.notes);
  }

  /** Appends one call from its fields in the form's order (CALL_FIELDS); returns its row. */
  addValues(
    source: number,
    row: number,
    date: LocalDate,
    advisor: string,
    customer: string | null,
    phone: string | number | null,
    list: ListKind | null,
    purpose: CallPurpose | null,
    outcome: CallOutcome | null,
    appointment: string | null,
    notes: string | null,
  ): number {
    const code = callCode('list', list) | callCode('purpose', purpose) | callCode('outcome', outcome);
    return this.addCoded(source, row, this.dates.id(date), this.names.id(advisor), code, customer, phone, appointment, notes);
  }

  /** The id of a date (`addCoded`'s dateId): a new one for a date not held yet. */
  dateIdFor(date: LocalDate): number {
    return this.dates.id(date);
  }

  /** The id of an advisor name (`addCoded`'s advisorId): a new one for a name not held yet. */
  advisorIdFor(advisor: string): number {
    return this.names.id(advisor);
  }

  /**
   * As `addValues`, with the date and advisor as their ids (dateIdFor, advisorIdFor) and list,
   * purpose and outcome as one packed code (callCode of each, ORed): what a reader passes when
   * it worked them out once per distinct cell. Returns the row.
   */
  addCoded(
    source: number,
    row: number,
    dateId: number,
    advisorId: number,
    code: number,
    customer: string | null,
    phone: string | number | null,
    appointment: string | null,
    notes: string | null,
  ): number {
    const r = this.n;
    if (r === this.dateCol.length) this.reserve(r * 2);
    this.dateCol[r] = dateId;
    this.advisorCol[r] = advisorId;
    this.codeCol[r] = code;
    if (typeof phone === 'number') this.phoneCol[r] = phone;
    else {
      const number = phone === null ? Number.NaN : numericPhone(phone);
      this.phoneCol[r] = number;
      if (number !== number && phone !== null) this.phoneText.set(r, phone);
    }
    this.sourceCol[r] = source;
    this.rowCol[r] = row;
    this.customerCol.push(customer);
    if (appointment !== null) this.appointments.set(r, appointment);
    if (notes !== null) this.notes.set(r, notes);
    this.n = r + 1;
    return r;
  }

  /** Appends a call record (its origin included); returns its row. */
  addRecord(call: CallRecord): number {
    return this.add(this.source(call.origin.file, call.origin.sheet), call.origin.row, call);
  }

  /** Room for `size` rows in every typed column (never less than the rows held). */
  reserve(size: number): void {
    if (size <= this.dateCol.length) return;
    const n = this.n;
    this.dateCol = grow(this.dateCol, size, n);
    this.advisorCol = grow(this.advisorCol, size, n);
    this.codeCol = grow(this.codeCol, size, n);
    this.phoneCol = grow(this.phoneCol, size, n);
    this.sourceCol = grow(this.sourceCol, size, n);
    this.rowCol = grow(this.rowCol, size, n);
  }

  /**
   * Gives back the spare room of the columns once no more rows will come, and makes columns
   * that grew in place plain arrays (one column copied at a time, its buffer given back at once).
   */
  trim(): void {
    // A quarter spare is not worth copying a million rows' columns for (but in-place columns are made plain).
    if (!isInPlace(this.dateCol) && this.dateCol.length <= this.n + (this.n >> 2)) return;
    const n = this.n;
    this.dateCol = exact(this.dateCol, n);
    this.advisorCol = exact(this.advisorCol, n);
    this.codeCol = exact(this.codeCol, n);
    this.phoneCol = exact(this.phoneCol, n);
    this.sourceCol = exact(this.sourceCol, n);
    this.rowCol = exact(this.rowCol, n);
  }

  // Columns by row.
  date(r: number): LocalDate {
    return this.dates.values[this.dateCol[r]!]!;
  }
  /** The date's id: rows of one date share it (ids of one store). */
  dateId(r: number): number {
    return this.dateCol[r]!;
  }
  /** The date of an id. */
  dateOf(id: number): LocalDate {
    return this.dates.values[id]!;
  }
  /** How many distinct dates (ids run from 0 to this - 1). */
  get dateCount(): number {
    return this.dates.values.length;
  }
  advisor(r: number): string {
    return this.names.values[this.advisorCol[r]!]!;
  }
  /** The advisor's id: rows of one advisor share it (ids of one store). */
  advisorId(r: number): number {
    return this.advisorCol[r]!;
  }
  /** The advisor of an id. */
  advisorOf(id: number): string {
    return this.names.values[id]!;
  }
  /** How many distinct advisor names (ids run from 0 to this - 1). */
  get advisorCount(): number {
    return this.names.values.length;
  }
  customer(r: number): string | null {
    return this.customerCol[r] ?? null;
  }
  phone(r: number): string | null {
    const p = this.phoneCol[r]!;
    return p === p ? String(p) : (this.phoneText.get(r) ?? null);
  }
  /** Whether two rows have the same phone (blank never equals blank). */
  samePhone(a: number, b: number): boolean {
    const pa = this.phoneCol[a]!;
    if (pa === pa) return pa === this.phoneCol[b]!;
    const ta = this.phoneText.get(a);
    return ta !== undefined && ta === this.phoneText.get(b);
  }
  /** The phone as a number when it is all digits (see numericPhone), else NaN. */
  phoneNumber(r: number): number {
    return this.phoneCol[r]!;
  }
  /** The phone of a row whose phoneNumber is NaN: its text, or null when blank. */
  phoneTextOf(r: number): string | null {
    return this.phoneText.get(r) ?? null;
  }
  /** A number standing for the phone (the phone itself when numeric), for hashing; null when blank. */
  phoneKey(r: number): number | string | null {
    const p = this.phoneCol[r]!;
    return p === p ? p : (this.phoneText.get(r) ?? null);
  }
  list(r: number): ListKind | null {
    const c = this.codeCol[r]! & 3;
    return c === 0 ? null : LIST_KINDS[c - 1]!;
  }
  purpose(r: number): CallPurpose | null {
    const c = (this.codeCol[r]! >> 2) & 3;
    return c === 0 ? null : CALL_PURPOSES[c - 1]!;
  }
  /** The purpose's code (0 blank, else index in CALL_PURPOSES + 1). */
  purposeCode(r: number): number {
    return (this.codeCol[r]! >> 2) & 3;
  }
  outcome(r: number): CallOutcome | null {
    const c = this.codeCol[r]! >> 4;
    return c === 0 ? null : CALL_OUTCOMES[c - 1]!;
  }
  /** The outcome's code (0 blank, else index in CALL_OUTCOMES + 1). */
  outcomeCode(r: number): number {
    return this.codeCol[r]! >> 4;
  }
  /** The list's code (0 blank, 1 new, 2 old). */
  listCode(r: number): number {
    return this.codeCol[r]! & 3;
  }
  appointment(r: number): string | null {
    return this.appointments.get(r) ?? null;
  }
  note(r: number): string | null {
    return this.notes.get(r) ?? null;
  }
  /** The id of the row's file and sheet. */
  sourceId(r: number): number {
    return this.sourceCol[r]!;
  }
  /** A file and sheet by id. */
  sourceOf(id: number): { file: string; sheet: string | null } {
    return this.sources[id]!;
  }
  /** The row's Excel row number. */
  rowNumber(r: number): number {
    return this.rowCol[r]!;
  }
  origin(r: number): Origin {
    const s = this.sources[this.sourceCol[r]!]!;
    return { file: s.file, sheet: s.sheet, row: this.rowCol[r]! };
  }

  /** The call of a row as a record (a new object each time). */
  record(r: number): CallRecord {
    return {
      origin: this.origin(r),
      date: this.date(r),
      advisor: this.advisor(r),
      customer: this.customer(r),
      phone: this.phone(r),
      list: this.list(r),
      purpose: this.purpose(r),
      outcome: this.outcome(r),
      appointment: this.appointment(r),
      notes: this.note(r),
    };
  }

  /**
   * Renames advisors (the config's names for what the sheets wrote): `rename` is asked once per
   * name held, and names that become one share an id afterwards.
   */
  renameAdvisors(rename: (name: string) => string): void {
    const old = this.names.values;
    // A store shared by the sheets of a load is renamed once per sheet: each name is renamed
    // once (the first `renamed` ids are names already given), as when each sheet had its own.
    // (A row added after a rename under a name already given takes that name's id as it is.)
    const done = this.renamed;
    if (done === old.length) return;
    const names = new Table();
    const map = old.map((name, id) => names.id(id < done ? name : rename(name)));
    this.renamed = names.values.length;
    if (map.every((id, i) => id === i) && names.values.every((v, i) => v === old[i])) return;
    for (let r = 0; r < this.n; r++) this.advisorCol[r] = map[this.advisorCol[r]!]!;
    this.names = names;
  }

  /**
   * Appends rows of another store (`list`'s, in its order), column by column: ids are mapped
   * once per distinct date, advisor and sheet, phones are copied as they are held.
   */
  append(list: CallList): void {
    const from = list.store;
    const dates = Array.from({ length: from.dates.values.length }, (_, id) => this.dates.id(from.dates.values[id]!));
    const names = Array.from({ length: from.names.values.length }, (_, id) => this.names.id(from.names.values[id]!));
    const sources = from.sources.map((s) => this.source(s.file, s.sheet));
    for (let k = 0; k < list.length; k++) {
      const src = list.row(k);
      const r = this.n;
      if (r === this.dateCol.length) this.reserve(Math.max(r * 2, 256));
      this.dateCol[r] = dates[from.dateCol[src]!]!;
      this.advisorCol[r] = names[from.advisorCol[src]!]!;
      this.codeCol[r] = from.codeCol[src]!;
      this.phoneCol[r] = from.phoneCol[src]!;
      this.sourceCol[r] = sources[from.sourceCol[src]!]!;
      this.rowCol[r] = from.rowCol[src]!;
      this.customerCol.push(from.customerCol[src] ?? null);
      const text = from.phoneText.get(src);
      if (text !== undefined) this.phoneText.set(r, text);
      const appointment = from.appointments.get(src);
      if (appointment !== undefined) this.appointments.set(r, appointment);
      const note = from.notes.get(src);
      if (note !== undefined) this.notes.set(r, note);
      this.n = r + 1;
    }
  }
}

const EMPTY_ROWS = new Uint32Array(0);

/**
 * An ordered selection of a store's rows: the calls as the dataset, the engine and the reports
 * hold them. Read-only; iterating or `at` makes CallRecords, the rest reads the columns.
 */
export class CallList implements Iterable<CallRecord> {
  /**
   * `rows`: the store rows in order, or null for all of the store's rows - or, with `from` and
   * `to`, for the rows from `from` up to (not including) `to` (see `range`).
   */
  constructor(
    readonly store: CallStore,
    private readonly rows: Uint32Array | null = null,
    private readonly from = 0,
    /** -1: up to the store's size, whatever it grows to. */
    private readonly to = -1,
  ) {}

  /** The store's rows `from` to `to` (excluded), in order: a sheet's rows of a store shared by many. */
  static range(store: CallStore, from: number, to: number): CallList {
    return new CallList(store, null, from, to);
  }

  /** An empty list. */
  static empty(): CallList {
    return new CallList(new CallStore(), EMPTY_ROWS);
  }

  /** A list of the given records, in their order (their own store). */
  static of(records: Iterable<CallRecord>): CallList {
    const store = new CallStore();
    for (const c of records) store.addRecord(c);
    store.trim();
    return new CallList(store);
  }

  /**
   * The calls of several lists, in order. One list is returned as it is; several are copied
   * into one new store (ids of one store mean the same thing throughout).
   */
  static concat(lists: readonly CallList[]): CallList {
    const some = lists.filter((l) => l.length > 0);
    if (some.length === 0) return lists[0] ?? CallList.empty();
    if (some.length === 1) return some[0]!;
    const store = new CallStore();
    // Sized once for all of them: growing by doubling held up to twice the columns, twice over.
    store.reserve(some.reduce((n, l) => n + l.length, 0));
    for (const list of some) store.append(list);
    store.trim();
    return new CallList(store);
  }

  /**
   * As `concat`, but takes the lists: `lists` is emptied and each list let go as soon as it is
   * copied, so merging three logs of a million calls never holds every call twice.
   */
  static merge(lists: CallList[]): CallList {
    const some: (CallList | undefined)[] = lists.filter((l) => l.length > 0);
    if (some.length <= 1) {
      const one = CallList.concat(lists);
      lists.length = 0;
      return one;
    }
    lists.length = 0;
    // Lists of one store (a load's shared store) are joined by their rows: no column copied.
    const store0 = some[0]!.store;
    if (some.every((l) => l!.store === store0)) return CallList.joined(store0, some as CallList[]);
    const store = new CallStore();
    store.reserve(some.reduce((n, l) => n + l!.length, 0));
    for (let i = 0; i < some.length; i++) {
      store.append(some[i]!);
      some[i] = undefined;
    }
    store.trim();
    return new CallList(store);
  }

  /**
   * The calls of lists of `store`, in order: one range when they follow each other from the
   * store's first row to its last, else a list of their rows.
   */
  private static joined(store: CallStore, lists: readonly CallList[]): CallList {
    let next = 0;
    for (const l of lists) next = next >= 0 && l.rows === null && l.from === next ? (l.to < 0 ? store.size : l.to) : -1;
    if (next === store.size) return new CallList(store);
    const rows = new Uint32Array(lists.reduce((n, l) => n + l.length, 0));
    let at = 0;
    for (const l of lists) for (let k = 0; k < l.length; k++) rows[at++] = l.row(k);
    return new CallList(store, rows);
  }

  /** Whether the list is every row of its store, in order. */
  isWholeStore(): boolean {
    return this.rows === null && this.from === 0 && (this.to < 0 || this.to === this.store.size);
  }

  get length(): number {
    return this.rows !== null ? this.rows.length : (this.to < 0 ? this.store.size : this.to) - this.from;
  }

  /** The store row of the k-th call. */
  row(k: number): number {
    return this.rows === null ? this.from + k : this.rows[k]!;
  }

  /** The k-th call as a record (negative k counts from the end, as Array.at). */
  at(k: number): CallRecord | undefined {
    const i = k < 0 ? this.length + k : k;
    return i >= 0 && i < this.length ? this.store.record(this.row(i)) : undefined;
  }

  *[Symbol.iterator](): Iterator<CallRecord> {
    for (let k = 0; k < this.length; k++) yield this.store.record(this.row(k));
  }

  toArray(): CallRecord[] {
    return [...this];
  }

  /** The calls of the given store rows (in that order). */
  select(rows: readonly number[] | Uint32Array): CallList {
    return new CallList(this.store, rows instanceof Uint32Array ? rows : Uint32Array.from(rows));
  }

  /** The calls whose store row passes `test` (no records made). */
  where(test: (row: number) => boolean): CallList {
    // Marked first, so that keeping all (the usual case) builds nothing.
    const n = this.length;
    const pass = new Uint8Array(n);
    let kept = 0;
    for (let k = 0; k < n; k++) if (test(this.row(k))) (pass[k] = 1), kept++;
    if (kept === n) return this;
    const rows = new Uint32Array(kept);
    for (let k = 0, j = 0; k < n; k++) if (pass[k]) rows[j++] = this.row(k);
    return new CallList(this.store, rows);
  }

  /** How many calls' store rows pass `test`. */
  count(test: (row: number) => boolean): number {
    let n = 0;
    for (let k = 0; k < this.length; k++) if (test(this.row(k))) n++;
    return n;
  }

  map<T>(fn: (call: CallRecord, k: number) => T): T[] {
    const out: T[] = [];
    for (let k = 0; k < this.length; k++) out.push(fn(this.store.record(this.row(k)), k));
    return out;
  }

  /** The origins of the first `max` calls (a finding's evidence). */
  origins(max: number): Origin[] {
    const out: Origin[] = [];
    for (let k = 0; k < this.length && k < max; k++) out.push(this.store.origin(this.row(k)));
    return out;
  }

  /** The calls cut by advisor, each in this list's order. */
  byAdvisor(): Map<string, CallList> {
    const store = this.store;
    const counts = new Uint32Array(store.advisorCount);
    for (let k = 0; k < this.length; k++) counts[store.advisorId(this.row(k))]! += 1;
    const parts = Array.from(counts, (n) => (n === 0 ? null : new Uint32Array(n)));
    const fill = new Uint32Array(store.advisorCount);
    for (let k = 0; k < this.length; k++) {
      const r = this.row(k);
      const a = store.advisorId(r);
      parts[a]![fill[a]!++] = r;
    }
    const out = new Map<string, CallList>();
    parts.forEach((rows, id) => {
      if (rows) out.set(store.advisorOf(id), new CallList(store, rows));
    });
    return out;
  }

  /** The distinct advisors of the calls. */
  advisors(): Set<string> {
    const seen = new Uint8Array(this.store.advisorCount);
    for (let k = 0; k < this.length; k++) seen[this.store.advisorId(this.row(k))] = 1;
    const out = new Set<string>();
    seen.forEach((s, id) => {
      if (s) out.add(this.store.advisorOf(id));
    });
    return out;
  }
}
