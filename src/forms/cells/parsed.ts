/** What a cell parser returns: the typed value, or the data-issue code of a cell it cannot read. */
import type { IssueCode } from '../../model/issues.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; code: IssueCode };

export function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

export function fail<T>(code: IssueCode): Parsed<T> {
  return { ok: false, code };
}
