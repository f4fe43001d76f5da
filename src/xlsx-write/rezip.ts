/**
 * Re-zips a workbook another writer (exceljs, through JSZip) produced, without its folder
 * entries (`xl/`, `docProps/`...): some readers list them as parts or refuse them. Every file
 * entry is kept, in order, with the same content; the zip is written by `zipParts`.
 */
import zlib from 'node:zlib';
import { zipParts } from './zip.js';
import { centralRecord, endRecordAt, startsRecord } from '../zip/central-directory.js';

/** The file entries of a (non-zip64) zip held in memory: name and uncompressed content. */
export function zipEntries(zip: Buffer): { name: string; data: Buffer }[] {
  // The end record sits in the last 22 bytes + up to 64 KiB of comment.
  const from = Math.max(0, zip.length - 22 - 0xffff);
  const at = endRecordAt(zip.subarray(from));
  if (at < 0) throw new Error('not a zip: no end of central directory');
  const eocd = from + at;
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const out: { name: string; data: Buffer }[] = [];
  for (let n = 0; n < count; n++) {
    if (!startsRecord(zip, p)) throw new Error('damaged central directory');
    const { name, method, compressedSize, localHeaderOffset: local, next } = centralRecord(zip, p);
    p = next;
    if (name.endsWith('/')) continue;
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const body = zip.subarray(start, start + compressedSize);
    out.push({ name, data: method === 8 ? zlib.inflateRawSync(body) : Buffer.from(body) });
  }
  return out;
}

/** The same zip without folder entries. */
export function withoutFolderEntries(zip: Buffer): Buffer {
  return zipParts(zipEntries(zip));
}
