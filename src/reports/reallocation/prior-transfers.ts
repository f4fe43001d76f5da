/**
 * Previous owners from earlier reallocation workbooks (manual, "Reallocation": a card never goes
 * back to its previous owner). The workspace's reports/ folder keeps every 名单重新分配_*.xlsx
 * written before; their transfer sheets say who held each card before its last move.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fingerprint } from '../../dataset/read-file.js';
import { t } from '../../i18n/index.js';
import { openWorkbook } from '../../read/open.js';
import { isCellDate, type CellValue } from '../../read/types.js';

/** What earlier workbooks tell: card id -> the advisor it last moved away from, and the files read. */
export interface PriorTransfers {
  previousOwner: Map<string, { from: string; to: string }>;
  files: { path: string; size: number; hash: string }[];
  /** Names of earlier workbooks that could not be read (skipped). */
  skipped: string[];
}

/** The period of a reallocation workbook's name (`名单重新分配_2026-12.xlsx` -> `2026-12`), or null. */
export function periodOfName(name: string, prefix: string): string | null {
  const m = new RegExp(`^${prefix}_(\\d{4}-\\d{2}(?:-\\d{2})?(?:_\\d{4}-\\d{2}-\\d{2})?)\\.xlsx$`).exec(name);
  return m ? m[1]! : null;
}

const text = (v: CellValue | undefined): string => (v === null || v === undefined || isCellDate(v) ? '' : String(v).trim());

/**
 * Reads the transfer sheets of the workbooks in `folder` whose period comes before `period`,
 * oldest first, so the latest move of a card wins. A workbook that cannot be read is skipped:
 * it only narrows where cards may go, and the swap stays correct without it.
 */
export async function readPriorTransfers(folder: string, prefix: string, period: string): Promise<PriorTransfers> {
  const out: PriorTransfers = { previousOwner: new Map(), files: [], skipped: [] };
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return out;
  }
  const prior = names
    .map((name) => ({ name, period: periodOfName(name, prefix) }))
    .filter((x): x is { name: string; period: string } => x.period !== null && x.period < period)
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const sheetNames = new Set([t('realloc.sheet.transfers', {}, 'zh'), t('realloc.sheet.transfers', {}, 'en')]);
  for (const { name } of prior) {
    const path = join(folder, name);
    try {
      const wb = await openWorkbook(path, name);
      const sheet = wb.sheets.find((s) => s.name !== null && sheetNames.has(s.name));
      if (!sheet) continue;
      // Columns as workbook.ts writes them: No., customer id, customer, phone, from, to, ...
      for await (const row of sheet.rows()) {
        if (row.row === 1) continue;
        const [id, from, to] = [text(row.cells[1]), text(row.cells[4]), text(row.cells[5])];
        if (id && from && to) out.previousOwner.set(id, { from, to });
      }
      out.files.push({ path: name, ...(await fingerprint(path)) });
    } catch {
      out.skipped.push(name);
    }
  }
  return out;
}
