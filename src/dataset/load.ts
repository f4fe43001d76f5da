/**
 * Loads a dataset from files and folders: every sheet of every .xlsx/.csv (folders walked
 * recursively, lock and hidden files skipped, sorted by path), its form, typed records and data
 * issues, then the checks across files (repeated calls, one phone on two rosters). Paths in
 * origins and issues are relative to `baseDir`, with forward slashes. A file the reader
 * refuses stops the load with its ClubError (the command exits 2): that is intended.
 *
 * Files are read a few at a time (a center's week is ~60 small files: reading them one after
 * another mostly waits on the disk) and merged in path order, so the result never depends on
 * which finished first. With a content cache (a workspace), an unchanged file is not parsed
 * again (dataset/cache.ts).
 */
import { statSync } from 'node:fs';
import { csvEncodingDeclared } from '../read/csv.js';
import type { Config } from '../config/types.js';
import { finishSheet, type ReadContext } from '../forms/read-sheet.js';
import { getLang } from '../i18n/index.js';
import { CallList, CallStore } from '../model/call-store.js';
import type { AnyRecord, FormId, LocalDateTime } from '../model/records.js';
import { toolVersion, type CachedRead, type ContentCache } from './cache.js';
import { dropDuplicateCalls, ownershipConflicts, sortNames } from './cross-checks.js';
import { dropDuplicateRows } from './duplicate-rows.js';
import { displayPath, findInputFiles } from './find-files.js';
import { supersedeOwnRosters } from './own-roster.js';
import { contentHash, readFile } from './read-file.js';
import { emptyRecords, type Dataset } from './types.js';

/** Where loading stands, for a progress display. */
export interface LoadProgressState {
  files: number;
  filesDone: number;
  rows: number;
}

export interface LoadOptions {
  /** Files or folders (folders are read recursively for .xlsx and .csv). */
  paths: string[];
  /** Paths in issues and origins are shown relative to this folder. */
  baseDir: string;
  config: Config;
  /** Records dated after this are left out with a `future-date` issue; also the reference year for `11月20日`. */
  asOf: LocalDateTime;
  /** The workspace's content cache; null or absent: every file is parsed. */
  cache?: ContentCache | null;
  /** SHA-256 and size of files already hashed (by absolute path), so none is hashed twice. */
  contentHashes?: Map<string, { size: number; sha256: string }>;
  /** Told as files and rows are read. */
  onProgress?: (state: LoadProgressState) => void;
  /** Files of at least this many bytes are read alone, straight into the load's call store (default BIG_FILE_BYTES; tests set it). */
  bigFileBytes?: number;
}

/** The forms whose advisors make up the team when the config lists none. */
const TEAM_FORMS: FormId[] = ['calls', 'invites', 'customers', 'contracts', 'renewals'];

/** Files read at the same time: enough to keep the disk busy, few enough to bound memory. */
const CONCURRENT_FILES = 4;
/**
 * A file this big (a head office's log of a million calls) is read alone, once every file
 * before it is read, and its calls straight into the load's one call store: its reader's
 * buffers are not held beside another big file's, and its calls are never copied. Three 1M-row
 * logs in one folder: peak 589 -> 510 MB and 21 -> 13.5 s on a loaded machine, same result
 * (read alone); then 500 -> ~330 MB (one store, no merge copy).
 */
const BIG_FILE_BYTES = 16 * 1024 * 1024;

export async function loadDataset(options: LoadOptions): Promise<Dataset> {
  const dataset: Dataset = { files: [], records: emptyRecords(), issues: [], advisors: [] };
  const ctx: ReadContext = { asOf: options.asOf, config: options.config };
  const paths = findInputFiles(options.paths, options.baseDir);
  const state: LoadProgressState = { files: paths.length, filesDone: 0, rows: 0 };
  const progress = options.onProgress;
  const parseCtx: ReadContext = {
    ...ctx,
    parseOnly: true,
    onRows: progress
      ? (n) => {
          state.rows += n;
          progress(state);
        }
      : undefined,
  };

  const readOne = async (path: string, parseCtx: ReadContext): Promise<CachedRead> => {
    const shown = displayPath(path, options.baseDir);
    if (!options.cache) return readFile(path, shown, parseCtx);
    let content: { size: number; sha256: string };
    try {
      content = options.contentHashes?.get(path) ?? (await contentHash(path));
    } catch {
      // A file that cannot be read is for the reader to report, with its own message.
      return readFile(path, shown, parseCtx);
    }
    const key = { sha256: content.sha256, version: toolVersion(), path: shown, asOfDate: options.asOf.slice(0, 10), lang: getLang(), encoding: csvEncodingDeclared() };
    const cached = options.cache.get(key);
    if (cached) {
      state.rows += cached.sheets.reduce((n, s) => n + s.rows, 0);
      return cached;
    }
    const read = await readFile(path, shown, parseCtx, content);
    options.cache.put(key, read);
    return read;
  };

  // The calls of every file in one store, in path order. A big file waits until every file
  // before it is in the store, then writes its calls into it as it reads; a small file, read
  // beside others, into a store of its own, copied in when its turn comes (`commit`).
  let calls = new CallStore();
  const bigFile = options.bigFileBytes ?? BIG_FILE_BYTES;

  // A small pool; results kept by index. After a failure no later file is started, and the
  // error thrown is that of the first failing file in path order, as when reading one by one.
  const reads: ({ ok: true; read: CachedRead } | { ok: false; error: unknown } | undefined)[] = new Array(paths.length);
  let next = 0;
  let firstFailed = Infinity;
  // Files before this one have their calls in `calls`; `turns` are the big files waiting for theirs.
  let committed = 0;
  const turns = new Map<number, () => void>();
  const commit = (): void => {
    for (let r = reads[committed]; r !== undefined; r = reads[committed]) {
      if (r.ok) {
        for (const sheet of r.read.sheets) {
          const list = sheet.records;
          if (!(list instanceof CallList) || list.store === calls) continue;
          // The first calls of the load: their store becomes the load's (nothing copied).
          if (calls.size === 0 && list.isWholeStore()) calls = list.store;
          sheet.records = appendCalls(calls, list);
        }
      }
      committed += 1;
    }
    turns.get(committed)?.();
  };
  const turnOf = (i: number): Promise<void> => (committed === i ? Promise.resolve() : new Promise((resolve) => turns.set(i, resolve)));
  const sizeOf = (path: string): number => {
    try {
      return options.contentHashes?.get(path)?.size ?? statSync(path).size;
    } catch {
      return 0; // for the reader to report
    }
  };
  const worker = async (): Promise<void> => {
    while (next < paths.length && next < firstFailed) {
      const i = next++;
      try {
        if (sizeOf(paths[i]!) >= bigFile) {
          await turnOf(i);
          // A file before it failed: that error is the one thrown, this file is not read.
          reads[i] = i > firstFailed ? { ok: false, error: undefined } : { ok: true, read: await readOne(paths[i]!, { ...parseCtx, calls }) };
        } else reads[i] = { ok: true, read: await readOne(paths[i]!, parseCtx) };
      } catch (error) {
        reads[i] = { ok: false, error };
        firstFailed = Math.min(firstFailed, i);
      }
      commit();
      state.filesDone += 1;
      progress?.(state);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_FILES, paths.length) }, worker));
  calls.trim();

  const callLists: CallList[] = [];
  for (let i = 0; i < paths.length; i++) {
    const r = reads[i];
    if (!r) continue;
    if (!r.ok) throw r.error;
    dataset.files.push(r.read.file);
    for (const read of r.read.sheets) {
      const sheet = finishSheet(read, r.read.file.path, ctx);
      // One by one: spreading a million records as arguments overflows the stack.
      for (const issue of sheet.issues) dataset.issues.push(issue);
      if (sheet.records instanceof CallList) callLists.push(sheet.records);
      else if (sheet.form && sheet.form !== 'calls') {
        const into = dataset.records[sheet.form] as AnyRecord[];
        for (const record of sheet.records) into.push(record);
      }
    }
    reads[i] = undefined; // let a merged file's arrays go
  }
  // The sheets' calls, all rows of the one store (joined without a copy).
  const kept = dropDuplicateCalls(CallList.merge(callLists));
  dataset.records.calls = kept.calls;
  const duplicateRows = dropDuplicateRows(dataset.records);
  // clubcrm's own reallocation workbook carries the updated roster: its cards replace, never add to, the same cards.
  const roster = supersedeOwnRosters(dataset.records.customers, dataset.files);
  dataset.records.customers = roster.customers;
  for (const i of [kept.issues, duplicateRows, roster.issues, ownershipConflicts(dataset.records.customers)].flat()) dataset.issues.push(i);
  dataset.advisors =
    options.config.advisors.length > 0
      ? options.config.advisors.filter((a) => a.active).map((a) => a.name)
      : sortNames(teamNames(dataset));
  return dataset;
}

/** The distinct advisor names of the team forms (a set, not an array of a million names). */
function teamNames(dataset: Dataset): Set<string> {
  const names = new Set<string>();
  for (const f of TEAM_FORMS) {
    if (f === 'calls') for (const name of dataset.records.calls.advisors()) names.add(name);
    else for (const r of dataset.records[f] as { advisor: string }[]) names.add(r.advisor);
  }
  return names;
}

/** A sheet's calls of a store of its own added to the load's store (copied unless it is that store): the rows they are there. */
function appendCalls(store: CallStore, list: CallList): CallList {
  if (list.store === store) return CallList.range(store, 0, store.size);
  const from = store.size;
  store.append(list);
  return CallList.range(store, from, store.size);
}
