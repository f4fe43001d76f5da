/**
 * Loads a dataset from files and folders: every sheet of every .xlsx/.csv (folders walked
 * recursively, lock and hidden files skipped, sorted by path), its form, typed records and data
 * issues, then the checks across files (repeated calls, one phone on two rosters). Paths in
 * origins and issues are relative to `baseDir`, with forward slashes. A file the reader
 * refuses stops the load with its ClubError (the command exits 2): that is intended.
 */
import type { Config } from '../config/types.js';
import type { AnyRecord, FormId, LocalDateTime } from '../model/records.js';
import { dropDuplicateCalls, ownershipConflicts, sortNames } from './cross-checks.js';
import { displayPath, findInputFiles } from './find-files.js';
import { readFile } from './read-file.js';
import { emptyRecords, type Dataset } from './types.js';

export interface LoadOptions {
  /** Files or folders (folders are read recursively for .xlsx and .csv). */
  paths: string[];
  /** Paths in issues and origins are shown relative to this folder. */
  baseDir: string;
  config: Config;
  /** Records dated after this are left out with a `future-date` issue; also the reference year for `11月20日`. */
  asOf: LocalDateTime;
}

/** The forms whose advisors make up the team when the config lists none. */
const TEAM_FORMS: FormId[] = ['calls', 'invites', 'customers', 'contracts', 'renewals'];

export async function loadDataset(options: LoadOptions): Promise<Dataset> {
  const dataset: Dataset = { files: [], records: emptyRecords(), issues: [], advisors: [] };
  const ctx = { asOf: options.asOf, config: options.config };
  for (const path of findInputFiles(options.paths, options.baseDir)) {
    const { file, sheets } = await readFile(path, displayPath(path, options.baseDir), ctx);
    dataset.files.push(file);
    for (const sheet of sheets) {
      // One by one: spreading a million records as arguments overflows the stack.
      for (const i of sheet.issues) dataset.issues.push(i);
      if (sheet.form) {
        const into = dataset.records[sheet.form] as AnyRecord[];
        for (const r of sheet.records) into.push(r);
      }
    }
  }
  const calls = dropDuplicateCalls(dataset.records.calls);
  dataset.records.calls = calls.calls;
  for (const i of [calls.issues, ownershipConflicts(dataset.records.customers)].flat()) dataset.issues.push(i);
  dataset.advisors =
    options.config.advisors.length > 0
      ? options.config.advisors.filter((a) => a.active).map((a) => a.name)
      : sortNames(TEAM_FORMS.flatMap((f) => (dataset.records[f] as { advisor: string }[]).map((r) => r.advisor)));
  return dataset;
}
