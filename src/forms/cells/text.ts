/** Free text and people's names. */
import type { CellValue } from '../../read/types.js';
import { cellText } from './cell-text.js';

/** Free text, trimmed; null when blank. Numbers keep their digits (ids, contract numbers). */
export function parseText(cell: CellValue): string | null {
  const s = cellText(cell).trim();
  return s === '' ? null : s;
}

/**
 * A person's name: trimmed, full-width spaces folded, runs of spaces made one, and no space
 * between two Chinese characters (`张 伟` is 张伟); null when blank.
 */
export function parseName(cell: CellValue): string | null {
  const s = cellText(cell)
    .replace(/[\s\u3000]+/g, ' ')
    .trim()
    .replace(/(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])/g, '');
  return s === '' ? null : s;
}
