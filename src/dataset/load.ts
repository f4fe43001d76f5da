/**
 * Loads a dataset from files and folders: every sheet of every .xlsx/.csv, its form, typed
 * records and data issues. (Stub: the form layer fills this in.)
 */
import type { Config } from '../config/types.js';
import type { LocalDateTime } from '../model/records.js';
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

export async function loadDataset(options: LoadOptions): Promise<Dataset> {
  void options;
  return { files: [], records: emptyRecords(), issues: [], advisors: [] };
}
