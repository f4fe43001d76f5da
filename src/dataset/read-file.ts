/**
 * One input file to sheets of typed records (the entry point of `import`, `inspect` and
 * loadDataset): opens it with the reader (whose ClubError, for a file that cannot be read,
 * propagates), reads each sheet with the form layer, and fingerprints the content.
 */
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { readSheet, type ReadContext } from '../forms/read-sheet.js';
import type { SheetReadResult } from '../forms/types.js';
import type { InputFile } from './types.js';

/**
 * The readers (xlsx, zip, shared strings, csv sniffing...), loaded when a file is first read:
 * a run served wholly from the content cache (the weekly report after `import`) never loads or
 * compiles them.
 */
let readers: Promise<typeof import('../read/open.js')> | null = null;

/** Files up to this size are hashed from one read. */
const SMALL_FILE_BYTES = 4 * 1024 * 1024;

/** Size and full SHA-256 (hex) of a file's content, streamed (a 50 MB export never sits in memory). */
export async function contentHash(path: string): Promise<{ size: number; sha256: string }> {
  const small = hashSmallFile(path);
  if (small) return small;
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { size, sha256: hash.digest('hex') };
}

/** Where small files are read to be hashed: one buffer for the run, grown as needed. */
let scratch: Buffer | null = null;

/**
 * A small file (a center's sheet) hashed from synchronous reads into `scratch`: from the page
 * cache that is a few system calls, where a promise read costs four thread-pool round trips and
 * a stream more; and no buffer per file (a region's 200 files hashed on a run served from the
 * cache were 12 MB of buffers made for a moment, and a garbage collection). Null when the file
 * is not small (it may grow while read: then it is streamed).
 */
function hashSmallFile(path: string): { size: number; sha256: string } | null {
  const fd = openSync(path, 'r');
  try {
    const declared = fstatSync(fd).size;
    if (declared > SMALL_FILE_BYTES) return null;
    // A byte more than the file holds, so that a file grown since its stat fills the buffer;
    // doubled as files need it, never past the small-file size (the buffer lives for the run).
    if (!scratch || scratch.length <= declared) {
      scratch = Buffer.allocUnsafeSlow(Math.min(SMALL_FILE_BYTES + 1, Math.max(64 * 1024, 2 ** Math.ceil(Math.log2(declared + 1)))));
    }
    let size = 0;
    for (let n; size < scratch.length && (n = readSync(fd, scratch, size, scratch.length - size, null)) > 0; ) size += n;
    if (size === scratch.length) return null;
    return hashBytes(scratch.subarray(0, size));
  } finally {
    closeSync(fd);
  }
}

/** Size and full SHA-256 (hex) of bytes already read. */
function hashBytes(bytes: Buffer): { size: number; sha256: string } {
  return { size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Size and the first 12 hex digits of the SHA-256 of a file's content. */
export async function fingerprint(path: string): Promise<{ size: number; hash: string }> {
  const { size, sha256 } = await contentHash(path);
  return { size, hash: sha256.slice(0, 12) };
}

/**
 * Reads every sheet of the file at `path`; `displayPath` names it in origins and issues.
 * `ctx.keepCells` keeps each sheet's first rows as read (for `inspect --json`). A sheet that
 * matches no form is a warning (info when blank), raised to an error when no sheet of the file
 * matches one. `content`: the file's hash when the caller already has it.
 */
export async function readFile(
  path: string,
  displayPath: string,
  ctx: ReadContext,
  content?: { size: number; sha256: string },
): Promise<{ file: InputFile; sheets: SheetReadResult[] }> {
  const { openWorkbook } = await (readers ??= import('../read/open.js'));
  const workbook = await openWorkbook(path, displayPath);
  const sheets: SheetReadResult[] = [];
  for (const sheet of workbook.sheets) sheets.push(await readSheet(sheet, displayPath, ctx));
  // A skipped sheet beside read ones (a pivot, Excel's blank Sheet2) is a warning or a note; a
  // file of which nothing at all could be read is an error the user must see.
  if (sheets.every((s) => s.form === null)) {
    for (const s of sheets) for (const i of s.issues) if (i.code === 'unknown-form') i.severity = 'error';
  }
  const { size, sha256 } = content ?? (workbook.bytes ? hashBytes(workbook.bytes) : await contentHash(path));
  const hash = sha256.slice(0, 12);
  const file: InputFile = {
    path: displayPath,
    size,
    hash,
    sheets: sheets.map((s) => ({ name: s.name, form: s.form, headerRow: s.headerRow, rows: s.rows })),
  };
  return { file, sheets };
}
