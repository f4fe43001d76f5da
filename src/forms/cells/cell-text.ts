/**
 * Turning a raw cell into comparable text. People type full-width digits and letters (１２３,
 * ：, （）) with Chinese input methods; NFKC folds them to ASCII, which every parser relies on.
 */
import { isCellDate, type CellValue } from '../../read/types.js';

/** Full-width ASCII and the ideographic space folded to half-width (NFKC), trimmed. */
export function halfWidth(text: string): string {
  // Plain ASCII (most cells) needs no folding; NFKC is the costly part of reading a big sheet.
  return (NON_ASCII.test(text) ? text.normalize('NFKC') : text).trim();
}

const NON_ASCII = /[^\x00-\x7f]/;

/** True for an empty cell or one holding only whitespace. */
export function isBlankCell(cell: CellValue | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  // trim() removes the ideographic space (U+3000) too.
  return typeof cell === 'string' && cell.trim() === '';
}

/** The cell as text, as it would be shown (dates as ISO text), for messages and text fields. */
export function cellText(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (isCellDate(cell)) return cell.iso;
  if (typeof cell === 'number') return numberText(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return cell;
}

/** A number as text without float noise (0.1+0.2 -> 0.3) and without exponent for ids and phones. */
export function numberText(n: number): string {
  if (Number.isInteger(n)) return Math.abs(n) < 1e21 ? n.toFixed(0) : String(n);
  return String(Number(n.toPrecision(12)));
}
