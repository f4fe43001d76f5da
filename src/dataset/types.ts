/** Records from many files, with their origins and the data issues found while reading them. */
import type { DataIssue } from '../model/issues.js';
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

/** Every record of every form, plus the data issues. */
export interface Dataset {
  files: InputFile[];
  records: { [F in FormId]: RecordsByForm[F][] };
  issues: DataIssue[];
  /** The advisors: the config's when it lists them, else the names found in the sheets. */
  advisors: string[];
}

export function emptyRecords(): Dataset['records'] {
  return {
    calls: [],
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
