/**
 * The same row arriving twice - from two files, or from a sheet sent again under another name -
 * counts once, for every form (calls have their own column-wise check, cross-checks.ts). Two
 * rows are the same when every field the form reads is equal; the later is dropped with an info
 * issue (`duplicate-row`) naming the place of the first.
 */
import { t } from '../i18n/index.js';
import type { DataIssue } from '../model/issues.js';
import type { AnyRecord, FormId } from '../model/records.js';
import { maskPhone } from '../privacy/mask.js';
import { placeText } from './cross-checks.js';
import type { DatasetRecords } from './types.js';

/** A record's fields (its origin aside) as one text. */
function contentKey(record: AnyRecord): string {
  const { origin: _origin, ...fields } = record;
  return JSON.stringify(fields);
}

/**
 * A short text that two equal records always share (a few of their fields), so that the full
 * content key is made only for records that share it: a roster's thousands of cards rarely do,
 * and stringifying every one of them was ~10 ms of a center's week.
 */
function probeKey(record: AnyRecord): string {
  const r = record as unknown as Record<string, unknown>;
  return `${probePart(r.phone)}\u0000${probePart(r.advisor)}\u0000${probePart(r.date ?? r.month ?? r.id)}`;
}

/** A field's value in probeKey: values the same in JSON are the same here (NaN and null both `null`). */
function probePart(v: unknown): string {
  return typeof v === 'number' && !Number.isFinite(v) ? 'null' : String(v);
}

/** The records of one probe key: the first alone, or, once another came, the kept ones by content key. */
type ProbeGroup = AnyRecord | Map<string, AnyRecord>;

/** Drops repeated rows of every form but calls from `records` (in place); one issue per row dropped. */
export function dropDuplicateRows(records: DatasetRecords): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const form of Object.keys(records) as FormId[]) {
    if (form === 'calls') continue;
    const rows = records[form] as AnyRecord[];
    const groups = new Map<string, ProbeGroup>();
    const kept = rows.filter((row) => {
      const probe = probeKey(row);
      let group = groups.get(probe);
      if (group === undefined) {
        groups.set(probe, row);
        return true;
      }
      if (!(group instanceof Map)) {
        group = new Map([[contentKey(group), group]]);
        groups.set(probe, group);
      }
      const key = contentKey(row);
      const earlier = group.get(key);
      if (!earlier) {
        group.set(key, row);
        return true;
      }
      const phone = 'phone' in row && typeof row.phone === 'string' ? row.phone : null;
      issues.push({
        code: 'duplicate-row',
        severity: 'info',
        file: row.origin.file,
        sheet: row.origin.sheet,
        row: row.origin.row,
        column: null,
        field: null,
        value: phone === null ? null : maskPhone(phone),
        message: t('issue.duplicate-row.same', { other: placeText(earlier.origin) }),
      });
      return false;
    });
    if (kept.length < rows.length) {
      // In place (no spread: a long list would overflow the arguments).
      kept.forEach((row, k) => (rows[k] = row));
      rows.length = kept.length;
    }
  }
  return issues;
}
