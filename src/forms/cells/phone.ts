/**
 * Phones: an 11-digit mainland mobile once `+86`/`0086`, spaces, dashes and brackets are removed
 * (kept as the 11 digits, so one number is one key); a landline (area code + number, a local
 * 7-8 digit number, or a 400/800 number) kept as written; anything else is `bad-phone`.
 */
import type { CellValue } from '../../read/types.js';
import { halfWidth, numberText } from './cell-text.js';
import { fail, ok, type Parsed } from './parsed.js';

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^(0\d{9,11}|[2-9]\d{6,7}|[48]00\d{7})$/;

/** A number that is a mainland mobile: 13000000000 <= n < 2e10 is exactly the 11 digits 1[3-9]xxxxxxxxx. */
export function isMobileNumber(n: number): boolean {
  return n >= 13e9 && n < 2e10 && Number.isInteger(n);
}

/**
 * The number of a text that is a mainland mobile's 11 digits as they are (no space, sign or
 * prefix), else NaN: what parsePhone reads such a text as, without its work or its result's
 * object (a million rows of a text export are mostly this).
 */
export function plainMobileNumber(text: string): number {
  if (text.length !== 11 || text.charCodeAt(0) !== 49) return Number.NaN;
  const second = text.charCodeAt(1);
  if (second < 51 || second > 57) return Number.NaN;
  // Summed digit by digit (exact: 11 digits are far below 2^53), no string-to-number call.
  let n = 10 + second - 48;
  for (let i = 2; i < 11; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return Number.NaN;
    n = n * 10 + (c - 48);
  }
  return n;
}

/**
 * plainMobileNumber of a text given as its UTF-8 bytes `b[from, to)`: the same rule, for the
 * reader to apply before any text is made (RawSheet.numberColumn).
 */
export function plainMobileBytes(b: Uint8Array, from: number, to: number): number {
  if (to - from !== 11 || b[from] !== 49) return Number.NaN;
  const second = b[from + 1]!;
  if (second < 51 || second > 57) return Number.NaN;
  let n = 10 + second - 48;
  for (let i = from + 2; i < to; i++) {
    const c = b[i]!;
    if (c < 48 || c > 57) return Number.NaN;
    n = n * 10 + (c - 48);
  }
  return n;
}

export function parsePhone(cell: CellValue): Parsed<string> {
  // The common case of a big export: a mobile typed as a number.
  if (typeof cell === 'number' && isMobileNumber(cell)) return ok(String(cell));
  let written: string;
  if (typeof cell === 'number') written = numberText(cell);
  else if (typeof cell === 'string') written = halfWidth(cell);
  else return fail('bad-phone');
  const digits = written.replace(/[\s\-()（）.]/g, '');
  const mobile = digits.replace(/^(\+86|0086|86)(?=1\d{10}$)/, '');
  if (MOBILE.test(mobile)) return ok(mobile);
  // A landline may carry an extension (转123, ext. 123); only the number itself is checked.
  const main = digits.replace(/(转|ext\.?|x|#)\d{1,6}$/i, '').replace(/^\+86/, '0').replace(/^00?86/, '0');
  if (LANDLINE.test(main)) return ok(written);
  return fail('bad-phone');
}
