/**
 * Data issues: problems found in the input that do not stop a command. Plain data, never
 * thrown (see errors.ts for what stops a command).
 */
export type Severity = 'error' | 'warning' | 'info';

/** Every data-issue code the tool emits; tests cover each. */
export type IssueCode =
  | 'missing-required' // a required field is blank
  | 'bad-date' // a date/time cell that is not a date
  | 'bad-number' // a number/money cell that is not a number
  | 'bad-phone' // a phone that is neither a mainland mobile nor a landline
  | 'bad-enum' // a value outside the field's enumeration
  | 'unknown-advisor' // a name not in the config's advisors
  | 'unknown-form' // a sheet that matches no form (skipped)
  | 'duplicate-header' // two columns map to the same field (the first is used)
  | 'duplicate-row' // the same row (any form) in two places, counted once
  | 'ownership-conflict' // one phone on two advisors' rosters
  | 'future-date' // dated after the as-of time: left out
  | 'row-limit' // more rows than the reader accepts
  | 'cell-too-long' // a cell longer than the reader keeps
  | 'bad-shared-string' // an xlsx cell pointing at a shared string that does not exist
  | 'empty-sheet'; // a sheet with a header and no data rows

/** One data issue. `row` as Excel shows it; `column` the header text (or letter when none). */
export interface DataIssue {
  code: IssueCode;
  severity: Severity;
  file: string;
  sheet: string | null;
  row: number | null;
  column: string | null;
  field: string | null;
  /** The offending value, masked when it is a phone. */
  value: string | null;
  message: string;
}
