/**
 * Re-zips a workbook another writer (exceljs, through JSZip) produced, without its folder
 * entries (`xl/`, `docProps/`...): some readers list them as parts or refuse them. Every file
 * entry is kept, in order, with the same content; the zip is written by `zipParts`.
 */
import zlib from 'node:zlib';
import { zipParts } from './zip.js';

/** The file entries of a (non-zip64) zip held in memory: name and uncompressed content. */
export function zipEntries(zip: Buffer): { name: string; data: Buffer }[] {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip: no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const out: { name: string; data: Buffer }[] = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error('damaged central directory');
    const method = zip.readUInt16LE(p + 10);
    const compressed = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    p += 46 + nameLen + extraLen + commentLen;
    if (name.endsWith('/')) continue;
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const body = zip.subarray(start, start + compressed);
    out.push({ name, data: method === 8 ? zlib.inflateRawSync(body) : Buffer.from(body) });
  }
  return out;
}

/** The same zip without folder entries. */
export function withoutFolderEntries(zip: Buffer): Buffer {
  return zipParts(zipEntries(zip));
}
