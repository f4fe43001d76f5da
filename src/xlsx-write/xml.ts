/**
 * Text for SpreadsheetML parts. XML 1.0 cannot hold most C0 control characters, U+FFFE/U+FFFF
 * or unpaired surrogates: in cell text they are written as OOXML's `_xHHHH_` escapes (which
 * Excel, LibreOffice and clubcrm's reader turn back into the character), a literal `_xHHHH_`
 * is protected as `_x005F_xHHHH_`, and an unpaired surrogate (not a character at all) becomes
 * U+FFFD. A carriage return is written as `&#13;` so that XML's line-end normalisation keeps it.
 */

const TEXT_SPECIAL = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;
const TEXT_REPLACE = /[&<>\r]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;

function hex4(ch: string): string {
  return ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
}

function textReplacement(m: string): string {
  switch (m) {
    case '&':
      return '&amp;';
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    case '\r':
      return '&#13;';
    case '_':
      return '_x005F_';
    default:
      if (m.length === 2) return m; // a surrogate pair: one character, kept
      if (m >= '\uD800' && m <= '\uDFFF') return '\uFFFD';
      return `_x${hex4(m)}_`;
  }
}

/** Element text (cell strings, sheet names in properties, ...). */
export function xmlText(s: string): string {
  return TEXT_SPECIAL.test(s) ? s.replace(TEXT_REPLACE, textReplacement) : s;
}

const ATTR_SPECIAL = /[&<>"\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const ATTR_REPLACE = /[&<>"\t\n\r]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;
const ATTR_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** An attribute value in double quotes; characters XML cannot hold are dropped. */
export function xmlAttr(s: string): string {
  if (!ATTR_SPECIAL.test(s)) return s;
  return s.replace(ATTR_REPLACE, (m) => ATTR_ENTITY[m] ?? (m.length === 2 ? m : m >= '\uD800' && m <= '\uDFFF' ? '\uFFFD' : ''));
}

/** Whether text needs `xml:space="preserve"` (leading/trailing white space, line breaks, tabs). */
export function needsPreserve(s: string): boolean {
  return /^\s|\s$|[\n\t]/.test(s);
}

/** `A`, `B`, ..., `Z`, `AA`, ... for a 1-based column number. */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
