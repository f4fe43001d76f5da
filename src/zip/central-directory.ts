/**
 * The records of a zip's central directory, read from bytes: the one walk of the format that the
 * xlsx reader (read/zip.ts, with its guards) and the workbook re-zipper (xlsx-write/rezip.ts)
 * share. It checks nothing but the signatures; what a record may declare is the caller's to judge.
 * A record cut short reads past the buffer's end and throws a RangeError (ERR_OUT_OF_RANGE).
 */

/** Signature of the end-of-central-directory record. */
export const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;

/** One record of the central directory as it declares its entry (zip64 values resolved). */
export interface CentralRecord {
  /** The name as stored (UTF-8), not normalised. */
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  /** Where the next record starts. */
  next: number;
}

/** Where the end-of-central-directory record starts in `b` (searched backwards from its end), or -1. */
export function endRecordAt(b: Buffer): number {
  for (let i = b.length - 22; i >= 0; i--) if (b.readUInt32LE(i) === EOCD_SIG) return i;
  return -1;
}

/** Whether a record starts at `p` of `cd` (else the directory has ended). */
export function startsRecord(cd: Buffer, p: number): boolean {
  return p + 46 <= cd.length && cd.readUInt32LE(p) === CEN_SIG;
}

/** The record at `p` of `cd` (where `startsRecord` holds). */
export function centralRecord(cd: Buffer, p: number): CentralRecord {
  let compressedSize = cd.readUInt32LE(p + 20);
  let uncompressedSize = cd.readUInt32LE(p + 24);
  const nameLen = cd.readUInt16LE(p + 28);
  const extraLen = cd.readUInt16LE(p + 30);
  const commentLen = cd.readUInt16LE(p + 32);
  let localHeaderOffset = cd.readUInt32LE(p + 42);
  const name = cd.toString('utf8', p + 46, p + 46 + nameLen);
  // Zip64: the real sizes/offset are in extra field 0x0001, in this order, only when saturated.
  let x = p + 46 + nameLen;
  const xEnd = x + extraLen;
  while (x + 4 <= xEnd) {
    const id = cd.readUInt16LE(x);
    const len = cd.readUInt16LE(x + 2);
    if (id === 1) {
      let q = x + 4;
      if (uncompressedSize === 0xffffffff && q + 8 <= x + 4 + len) {
        uncompressedSize = Number(cd.readBigUInt64LE(q));
        q += 8;
      }
      if (compressedSize === 0xffffffff && q + 8 <= x + 4 + len) {
        compressedSize = Number(cd.readBigUInt64LE(q));
        q += 8;
      }
      if (localHeaderOffset === 0xffffffff && q + 8 <= x + 4 + len) {
        localHeaderOffset = Number(cd.readBigUInt64LE(q));
      }
    }
    x += 4 + len;
  }
  return {
    name,
    flags: cd.readUInt16LE(p + 8),
    method: cd.readUInt16LE(p + 10),
    crc: cd.readUInt32LE(p + 16),
    compressedSize,
    uncompressedSize,
    localHeaderOffset,
    next: xEnd + commentLen,
  };
}
