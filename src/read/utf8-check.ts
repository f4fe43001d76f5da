/**
 * Strict UTF-8 over a stream of chunks (issue 16 item 4): a part with invalid UTF-8 is damaged,
 * never read as U+FFFD. Each chunk is checked with node's native buffer.isUtf8 (simdutf, many
 * GB/s); a character cut by a chunk boundary is held back and checked with the next chunk.
 */
import { isUtf8 } from 'node:buffer';

/** Length of the UTF-8 sequence a lead byte starts (1 for ASCII and for stray bytes). */
function sequenceLength(lead: number): number {
  return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
}

/** Where the incomplete character at the end of `chunk` starts (chunk.length when none). */
function incompleteTail(chunk: Buffer): number {
  const stop = Math.max(0, chunk.length - 4);
  for (let i = chunk.length - 1; i >= stop; i--) {
    const b = chunk[i]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    return chunk.length - i < sequenceLength(b) ? i : chunk.length;
  }
  return chunk.length;
}

export class Utf8Check {
  private carry: Buffer = Buffer.alloc(0);

  /** Checks the next chunk; false when the bytes so far are not UTF-8. */
  push(chunk: Buffer): boolean {
    let bytes = chunk;
    if (this.carry.length > 0) {
      const need = sequenceLength(this.carry[0]!) - this.carry.length;
      if (bytes.length < need + 4) {
        bytes = Buffer.concat([this.carry, bytes]);
      } else {
        if (!isUtf8(Buffer.concat([this.carry, bytes.subarray(0, need)]))) return false;
        bytes = bytes.subarray(need);
      }
      this.carry = Buffer.alloc(0);
    }
    const cut = incompleteTail(bytes);
    if (cut < bytes.length) this.carry = Buffer.from(bytes.subarray(cut));
    return isUtf8(bytes.subarray(0, cut));
  }

  /** False when the stream ended inside a character. */
  end(): boolean {
    return this.carry.length === 0;
  }
}
