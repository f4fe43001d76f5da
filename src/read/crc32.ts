/**
 * CRC-32 as zip uses it: node's native zlib.crc32 (Node 20.15 and later), or a table-driven one
 * on an older Node 20, so the package's ">=20" stays true.
 */
import * as zlib from 'node:zlib';

let table: Int32Array | null = null;

function jsCrc32(data: Uint8Array, value = 0): number {
  if (table === null) {
    table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
  }
  let crc = ~value;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return ~crc >>> 0;
}

/** The CRC-32 of `data`, continuing from `value` (0 to start). */
export const crc32: (data: Uint8Array, value?: number) => number =
  typeof zlib.crc32 === 'function' ? zlib.crc32 : jsCrc32;

export { jsCrc32 as crc32Portable };
