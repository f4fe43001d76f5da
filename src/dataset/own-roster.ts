/**
 * clubcrm's own reallocation workbook (名单重新分配) carries the updated roster as a 客户管理表
 * sheet, so that importing it hands the cards over. Read beside the roster it was made from,
 * each card would count twice: a card of that sheet replaces the card with the same key (its id)
 * from any other file, and the later workbook (in path order) wins among several.
 */
import { t, type MessageKey } from '../i18n/index.js';
import type { DataIssue } from '../model/issues.js';
import type { CustomerRecord } from '../model/records.js';
import type { InputFile } from './types.js';

/** Whether a file read is a clubcrm reallocation workbook: its About sheet and its transfers sheet. */
export function isOwnReallocationWorkbook(file: InputFile): boolean {
  const names = new Set(file.sheets.map((s) => s.name));
  const has = (key: MessageKey) => names.has(t(key, {}, 'zh')) || names.has(t(key, {}, 'en'));
  return has('about.sheet') && has('realloc.sheet.transfers');
}

/**
 * The roster with each card counted once: cards of the reallocation workbooks among `files`
 * replace the same cards of other files (and of earlier workbooks). One info issue per workbook
 * that replaced cards says how many.
 */
export function supersedeOwnRosters(customers: CustomerRecord[], files: readonly InputFile[]): { customers: CustomerRecord[]; issues: DataIssue[] } {
  const own = files.filter(isOwnReallocationWorkbook).map((f) => f.path);
  if (own.length === 0) return { customers, issues: [] };
  const rank = new Map(own.map((path, i) => [path, i]));
  // The latest reallocation workbook holding each card id.
  const winner = new Map<string, number>();
  for (const c of customers) {
    const r = rank.get(c.origin.file);
    if (r !== undefined && (winner.get(c.id) ?? -1) < r) winner.set(c.id, r);
  }
  const replaced = new Map<string, number>();
  const sheetOf = new Map<string, string | null>();
  for (const c of customers) if (rank.has(c.origin.file) && !sheetOf.has(c.origin.file)) sheetOf.set(c.origin.file, c.origin.sheet);
  const kept = customers.filter((c) => {
    const w = winner.get(c.id);
    if (w === undefined || rank.get(c.origin.file) === w) return true;
    const by = own[w]!;
    replaced.set(by, (replaced.get(by) ?? 0) + 1);
    return false;
  });
  const issues: DataIssue[] = [...replaced].map(([file, count]) => ({
    code: 'duplicate-row',
    severity: 'info',
    file,
    sheet: sheetOf.get(file) ?? null,
    row: null,
    column: null,
    field: null,
    value: null,
    message: t('staff.own-roster', { count }),
  }));
  return { customers: kept, issues };
}
