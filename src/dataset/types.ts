/** Records from many files, with their origins and the data issues found while reading them. */
import type { DataIssue } from '../model/issues.js';
import { CallList } from '../model/call-store.js';
import type { FormId, RecordsByForm } from '../model/records.js';

/** One input file read: shown in every workbook's About sheet. */
export interface InputFile {
  /** The path as shown to the user (relative to the workspace or the cwd). */
  path: string;
  size: number;
  /** First 12 hex digits of the SHA-256 of the content. */
  hash: string;
  sheets: { name: string | null; form: FormId | null; headerRow: number | null; rows: number }[];
}

/**
 * The records of each form: arrays, but for the calls, which are held column by column
 * (model/call-store.ts: a call log may have a million rows).
 */
export type DatasetRecords = { [F in Exclude<FormId, 'calls'>]: RecordsByForm[F][] } & { calls: CallList };

/** Every record of every form, plus the data issues. */
export interface Dataset {
  files: InputFile[];
  records: DatasetRecords;
  issues: DataIssue[];
  /** The advisors: the config's when it lists them, else the names found in the sheets. */
  advisors: string[];
}

export function emptyRecords(): Dataset['records'] {
  return {
    calls: CallList.empty(),
    invites: [],
    renewals: [],
    contracts: [],
    customers: [],
    leads: [],
    leave: [],
    callbacks: [],
    complaints: [],
    talks: [],
    targets: [],
  };
}
