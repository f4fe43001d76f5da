/**
 * The content cache (issue "Performance and scale"): what reading one input file gave, kept
 * under `<workspace>/.clubcrm/cache/` so a second run over unchanged files skips the xlsx/csv
 * parsing. An entry is used only when everything the parse depends on is the same: the file's
 * full SHA-256, the tool version (and this cache's format), the path shown in origins and
 * issues, the as-of date (it gives `11/20` its year) and the language of the messages. What
 * depends on the as-of time itself or on the config (future records, advisor names) is not
 * cached: it is applied to the cached sheets afresh (forms/read-sheet.ts finishSheet).
 * An entry that cannot be read, parsed or does not match is ignored and rewritten: the file
 * is always the truth, the cache only a copy of what reading it gave.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FORM_DEFS } from '../forms/index.js';
import type { SheetReadResult } from '../forms/types.js';
import { CALL_FIELDS, CallList, CallStore } from '../model/call-store.js';
import type { AnyRecord, FormId } from '../model/records.js';
import { removeStaleTemps, tempPathFor, writeFileFully } from '../io/write-output.js';
import { VERSION } from '../version.js';
import type { InputFile } from './types.js';

/** Bumped whenever what an entry holds, or how a file is parsed, changes within one tool version. */
export const CACHE_FORMAT = 2;

let stamp: string | null = null;

/**
 * The tool version as the cache sees it: package.json's version plus the number and latest
 * modification time of the tool's own modules, so that a rebuilt tool (a developer's change
 * without a version bump) never reuses what the previous build cached. A few ms, once.
 */
export function toolVersion(): string {
  if (stamp === null) {
    let count = 0;
    let latest = 0;
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.(js|ts)$/.test(e.name)) {
          count += 1;
          latest = Math.max(latest, statSync(p).mtimeMs);
        }
      }
    };
    try {
      walk(dirname(dirname(fileURLToPath(import.meta.url))));
    } catch {
      // An unreadable install: the version alone.
    }
    stamp = `${VERSION}+${count}.${Math.floor(latest)}`;
  }
  return stamp;
}

/** Everything the parse of one file depends on. */
export interface CacheKey {
  /** Full SHA-256 of the file's content (hex). */
  sha256: string;
  /** The tool version (toolVersion: package.json's and the build's). */
  version: string;
  /** The path shown in origins and issues. */
  path: string;
  /** The as-of date (`YYYY-MM-DD`): year-less dates take their year from it. */
  asOfDate: string;
  /** The language of the issues' messages. */
  lang: string;
  /** The encoding CSV files were declared to be in (`--encoding`), null when detected. */
  encoding?: string | null;
}

/** A file read (parse only: before future records and advisor names). */
export interface CachedRead {
  file: InputFile;
  sheets: SheetReadResult[];
}

/**
 * One entry as stored: records column by column (the row numbers, then the form's fields in
 * order), a column of few distinct values (dates, advisors, lists, outcomes ...) as those values
 * and each row's index into them. The demo center's 52 entries: 1.5 -> 0.7 MB of JSON, parsed
 * in about half the time, with a string made per distinct value rather than per cell.
 */
interface StoredEntry {
  format: number;
  key: CacheKey;
  file: InputFile;
  sheets: (Omit<SheetReadResult, 'records'> & { count: number; data: StoredColumn[] })[];
}

/** A column's values, or its distinct values (`dict`) and each row's index into them (`ids`). */
type StoredColumn = unknown[] | { dict: unknown[]; ids: number[] };

/** The cache of a workspace: get/put by the file's shown path; null-safe for no workspace. */
export class ContentCache {
  private swept = false;

  constructor(readonly dir: string) {}

  /** The cache of `workspace`, or null when there is none (with `--data` alone nothing is cached). */
  static of(workspace: string | null): ContentCache | null {
    return workspace === null ? null : new ContentCache(join(workspace, '.clubcrm', 'cache'));
  }

  /** One entry per shown path: a changed file replaces its entry rather than piling up. */
  private entryPath(path: string): string {
    return join(this.dir, `${createHash('sha256').update(path).digest('hex').slice(0, 32)}.json`);
  }

  /**
   * A verb's whole result (e.g. check's report) stored under a key that names every input:
   * each file's path and SHA-256, the config, as-of, period, language and version (resultKey).
   * One entry per verb and name, so a new week or a changed file replaces it.
   */
  getResult<T>(verb: string, name: string, key: string): T | null {
    try {
      const stored = JSON.parse(readFileSync(this.resultPath(verb, name), 'utf8')) as { format: number; key: string; value: T };
      return stored.format === CACHE_FORMAT && stored.key === key && stored.value !== undefined ? stored.value : null;
    } catch {
      return null;
    }
  }

  /** Stores a verb's result (see getResult); never fails the command. */
  putResult(verb: string, name: string, key: string, value: unknown): void {
    this.write(this.resultPath(verb, name), () => JSON.stringify({ format: CACHE_FORMAT, key, value }));
  }

  private resultPath(verb: string, name: string): string {
    return join(this.dir, `${verb}-${createHash('sha256').update(name).digest('hex').slice(0, 16)}.result.json`);
  }

  /** The cached read of the file, or null when there is none that matches `key` exactly. */
  get(key: CacheKey): CachedRead | null {
    let stored: StoredEntry;
    try {
      stored = JSON.parse(readFileSync(this.entryPath(key.path), 'utf8')) as StoredEntry;
    } catch {
      return null; // missing, unreadable or corrupt: read the file
    }
    try {
      if (stored.format !== CACHE_FORMAT || !sameKey(stored.key, key)) return null;
      return { file: stored.file, sheets: stored.sheets.map((s) => restoreSheet(s, key.path)) };
    } catch {
      return null; // well-formed JSON of the wrong shape: read the file
    }
  }

  /** Stores a read; never fails the command (a cache that cannot be written is only slower). */
  put(key: CacheKey, read: CachedRead): void {
    this.write(this.entryPath(key.path), () => {
      const entry: StoredEntry = { format: CACHE_FORMAT, key, file: read.file, sheets: read.sheets.map(storeSheet) };
      return JSON.stringify(entry);
    });
  }

  private write(path: string, produce: () => string): void {
    // Written aside then renamed, so a reader never sees half an entry. No fsync: an entry lost
    // in a crash is only a file read again.
    const tmp = tempPathFor(path);
    try {
      // An entry too large for one string (V8: "Invalid string length", a read of millions of
      // rows) is simply not cached.
      const text = produce();
      // Only the owner may read it: entries hold customers' full phone numbers (README, Privacy).
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      if (!this.swept) {
        this.swept = true;
        removeStaleTemps(this.dir);
      }
      // Every byte and the size checked: a cut entry is never renamed into place.
      writeFileFully(tmp, Buffer.from(text, 'utf8'), { sync: false, mode: 0o600 });
      renameSync(tmp, path);
    } catch {
      try {
        rmSync(tmp, { force: true });
      } catch {
        // nothing to clean
      }
    }
  }
}

/** The key of a verb's result: a hash of everything the result depends on (`parts`) plus version and format. */
export function resultKey(parts: Record<string, unknown>): string {
  return createHash('sha256').update(JSON.stringify({ format: CACHE_FORMAT, version: toolVersion(), ...parts })).digest('hex');
}

function sameKey(a: CacheKey, b: CacheKey): boolean {
  return a.sha256 === b.sha256 && a.version === b.version && a.path === b.path && a.asOfDate === b.asOfDate && a.lang === b.lang && (a.encoding ?? null) === (b.encoding ?? null);
}

/** The keys a record of the form is stored by: its fields, then what it derives from its cells (FormDef.derivedKeys). */
function storedKeys(form: FormId | null): string[] {
  if (form === null) return [];
  const def = FORM_DEFS[form];
  return [...def.fields.map((f) => f.key), ...(def.derivedKeys ?? [])];
}

function storeSheet(sheet: SheetReadResult): StoredEntry['sheets'][number] {
  const { records, ...rest } = sheet;
  const def = sheet.form === null ? null : FORM_DEFS[sheet.form];
  const rows: unknown[][] = [];
  if (def) for (const r of records) rows.push([r.origin.row, ...def.valuesOf(r)]);
  const width = def ? storedKeys(sheet.form).length + 1 : 0;
  const data: StoredColumn[] = [];
  for (let c = 0; c < width; c++) data.push(storeColumn(rows.map((r) => r[c])));
  return { ...rest, count: rows.length, data };
}

/** A column as its values, or as its distinct values and indexes when they are at most half its length. */
function storeColumn(values: unknown[]): StoredColumn {
  const index = new Map<unknown, number>();
  const ids: number[] = [];
  for (const v of values) {
    let id = index.get(v);
    if (id === undefined) {
      id = index.size;
      index.set(v, id);
      if (index.size * 2 > values.length) return values;
    }
    ids.push(id);
  }
  return { dict: [...index.keys()], ids };
}

/** A stored column's value reader for `count` rows; throws on a column of the wrong shape. */
function columnReader(column: StoredColumn | undefined, count: number): (row: number) => unknown {
  if (Array.isArray(column)) {
    if (column.length !== count) throw new Error('bad cache entry');
    return (r) => column[r];
  }
  if (typeof column !== 'object' || column === null || !Array.isArray(column.dict) || !Array.isArray(column.ids) || column.ids.length !== count) throw new Error('bad cache entry');
  const { dict, ids } = column;
  return (r) => {
    const v = dict[ids[r]!];
    // An index outside the values (JSON holds no undefined).
    if (v === undefined) throw new Error('bad cache entry');
    return v;
  };
}

/** A stored call's values in CALL_FIELDS order (as CALLS_FORM.valuesOf gives them), its row number aside. */
type StoredCall = Parameters<CallStore['addValues']> extends [number, number, ...infer F] ? F : never;

function restoreSheet(stored: StoredEntry['sheets'][number], file: string): SheetReadResult {
  const { data, count, ...rest } = stored;
  if (!Array.isArray(data) || !Number.isInteger(count) || count < 0) throw new Error('bad cache entry');
  if (!Array.isArray(rest.issues) || typeof rest.rows !== 'number') throw new Error('bad cache entry');
  const form: FormId | null = stored.form;
  const fields = storedKeys(form);
  if (data.length !== (form === null ? 0 : fields.length + 1)) throw new Error('bad cache entry');
  const read = data.map((c) => columnReader(c, count));
  const rowOf = read[0];
  const sheet = stored.name;
  const records: AnyRecord[] = [];
  if (form === 'calls' && rowOf) {
    // Calls go straight into columns, no record object made per row: their stored fields are
    // CALL_FIELDS in order (the calls form is typed by that list). The store throws on a list,
    // purpose or outcome it does not know; row numbers must be numbers, dates and advisors text.
    const calls = new CallStore();
    const source = calls.source(file, sheet);
    if (fields.length !== CALL_FIELDS.length) throw new Error('bad cache entry');
    const values: unknown[] = new Array(fields.length);
    const v = values as StoredCall;
    for (let r = 0; r < count; r++) {
      const row = rowOf(r);
      for (let i = 0; i < fields.length; i++) values[i] = read[i + 1]!(r);
      if (typeof row !== 'number' || typeof v[0] !== 'string' || typeof v[1] !== 'string') throw new Error('bad cache entry');
      calls.addValues(source, row, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]);
    }
    calls.trim();
    return { ...rest, records: new CallList(calls) };
  }
  if (form !== null && rowOf) {
    // One row's values at a time (the form copies them into the record).
    const def = FORM_DEFS[form];
    const values: unknown[] = new Array(fields.length);
    for (let r = 0; r < count; r++) {
      const row = rowOf(r);
      if (typeof row !== 'number') throw new Error('bad cache entry');
      for (let i = 0; i < fields.length; i++) values[i] = read[i + 1]!(r);
      records.push(def.record(values, { file, sheet, row }));
    }
  }
  return { ...rest, records };
}
