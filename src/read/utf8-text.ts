/**
 * Bytes as text: short ASCII (phones, numbers) in JS - up to 12 characters, which V8 keeps as
 * flat strings when concatenated - the rest by Buffer's UTF-8 decoder.
 */
export function utf8Text(b: Buffer, from: number, to: number): string {
  if (to - from <= 12) {
    let s = '';
    for (let i = from; i < to; i++) {
      const c = b[i]!;
      if (c >= 0x80) return b.toString('utf8', from, to);
      s += String.fromCharCode(c);
    }
    return s;
  }
  return b.toString('utf8', from, to);
}
