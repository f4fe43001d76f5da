/**
 * Opens an input file as a RawWorkbook, whatever it really is (sniffed by content, not by name):
 * xlsx (zip) or csv; refuses, with a ClubError saying what the file is and what to do, legacy
 * .xls / encrypted (OLE), HTML, non-zip, zip bombs, DOCTYPE/entities, corrupted XML.
 */
import { open, readFile } from 'node:fs/promises';
import { readFileSync, statSync, type Stats } from 'node:fs';
import { ClubError } from '../errors.js';
import { MAX_XLSX_FILE_BYTES, SMALL_FILE_BYTES } from './limits.js';
import { foreignFormat, formatRefusal } from './sniff.js';
import { openXlsx } from './xlsx.js';
import { openCsv } from './csv.js';
import { capYoungGeneration } from './heap.js';
import type { RawWorkbook } from './types.js';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const TEXT_NAME = /\.(csv|tsv|txt)$/i;
const XLSX_NAME = /\.(xlsx|xlsm|xltx|xltm)$/i;

/** An Excel 2003 XML spreadsheet (SpreadsheetML 2003): XML naming Excel's 2003 namespace or progid. */
function isExcel2003Xml(head: Buffer): boolean {
  const text = head.toString('latin1');
  return /<\?mso-application\s+progid="Excel\.Sheet"/i.test(text) || text.includes('urn:schemas-microsoft-com:office:spreadsheet');
}

/** The refusal for a file-system error while opening `file` (missing, no permission, a folder...). */
export function fsError(err: unknown, file: string): ClubError {
  const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
  if (code === 'ENOENT' || code === 'ENOTDIR') return new ClubError('read.not-found', { file }, { cause: err });
  if (code === 'EACCES' || code === 'EPERM') return new ClubError('read.no-access', { file }, { cause: err });
  if (code === 'EISDIR') return new ClubError('read.is-directory', { file }, { cause: err });
  if (code === 'ELOOP') return new ClubError('read.link-loop', { file }, { cause: err });
  return new ClubError('read.io-error', { file, code }, { cause: err });
}

/** UTF-16LE bytes of `s`, to find OLE stream names in a compound file's directory. */
function utf16(s: string): Buffer {
  return Buffer.from(s, 'utf16le');
}

/** Tells an encrypted OOXML package from a legacy .xls by the stream names an OLE file holds. */
async function oleRefusal(path: string, file: string, size: number, read?: Buffer): Promise<ClubError> {
  if (size > 64 * 1024 * 1024) return new ClubError('read.ole', { file });
  const bytes = read ?? (await readFile(path));
  if (bytes.includes(utf16('EncryptedPackage'))) return new ClubError('read.encrypted', { file });
  if (bytes.includes(utf16('Workbook')) || bytes.includes(utf16('Book'))) return new ClubError('read.legacy-xls', { file });
  return new ClubError('read.ole', { file });
}

/** Whether the file starts (after a BOM and blanks) with `<` or a MIME header: a web page, not a sheet. */
function isMarkup(head: Buffer): boolean {
  let text: string;
  if (head[0] === 0xff && head[1] === 0xfe) text = head.subarray(2).toString('utf16le');
  else if (head[0] === 0xfe && head[1] === 0xff) text = Buffer.from(head.subarray(2)).swap16().toString('utf16le');
  else text = head.toString('latin1').replace(/^\xef\xbb\xbf/, '');
  const start = text.trimStart();
  // Excel's "single file web page" (.mht) is MIME text around the same HTML.
  return start.startsWith('<') || /^MIME-Version:/i.test(start);
}

/** `path` is read; `displayPath` is how the file is named in messages and origins. */
export async function openWorkbook(path: string, displayPath: string = path): Promise<RawWorkbook> {
  const file = displayPath;
  let st: Stats;
  try {
    // Synchronous: from the page cache a stat and a small file's read are a few system calls,
    // where the promise forms cost a thread-pool round trip each (five per file) on a main
    // thread busy reading the other files.
    st = statSync(path);
  } catch (err) {
    throw fsError(err, file);
  }
  if (st.isDirectory()) throw new ClubError('read.is-directory', { file });
  if (!st.isFile()) throw new ClubError('read.not-spreadsheet', { file });
  // A file named as a workbook and bigger than any workbook we read (a sparse 2 GB file, say) is
  // refused as such before a byte is read, not judged as a CSV.
  if (XLSX_NAME.test(path) && st.size > MAX_XLSX_FILE_BYTES) {
    throw new ClubError('read.xlsx-too-large', { file, size: Math.round(st.size / 1048576), max: MAX_XLSX_FILE_BYTES / 1048576 });
  }
  if (st.size === 0) {
    if (TEXT_NAME.test(path)) return { file, kind: 'csv', encoding: 'utf-8', sheets: [{ name: null, notes: [], rows: emptyRows }] };
    throw new ClubError('read.empty', { file });
  }

  // A small file (a center's sheet) is read whole, once: sniffing, reading and fingerprinting
  // (RawWorkbook.bytes) all use these bytes. A big one is read in parts, as needed.
  let bytes: Buffer | undefined;
  let head: Buffer;
  try {
    if (st.size <= SMALL_FILE_BYTES) {
      bytes = readFileSync(path);
      head = bytes.subarray(0, 4096);
    } else {
      capYoungGeneration();
      head = Buffer.alloc(4096);
      const handle = await open(path, 'r');
      try {
        await handle.read(head, 0, head.length, 0);
      } finally {
        await handle.close();
      }
    }
  } catch (err) {
    throw fsError(err, file);
  }
  if (bytes?.length === 0) throw new ClubError('read.empty', { file });

  try {
    if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5 || head[2] === 7)) {
      return withBytes(await openXlsx(path, file, st.size, bytes), bytes);
    }
    if (OLE_MAGIC.every((b, i) => head[i] === b)) throw await oleRefusal(path, file, st.size, bytes);
    if (isMarkup(head)) throw isExcel2003Xml(head) ? formatRefusal('excel-2003-xml', file) : new ClubError('read.html', { file });
    // SYLK, DIF, Lotus, dBase, fixed-width text...: named, never read as CSV.
    const foreign = foreignFormat(head, file);
    if (foreign) throw foreign;
    try {
      return withBytes(await openCsv(path, file, st.size, head, bytes), bytes);
    } catch (err) {
      // A binary file that is not named as text is "not a spreadsheet", not "a broken CSV".
      if (err instanceof ClubError && err.key === 'read.csv-binary' && !TEXT_NAME.test(path)) {
        throw new ClubError('read.not-spreadsheet', { file });
      }
      throw err;
    }
  } catch (err) {
    if (err instanceof ClubError) throw err;
    // A reader tripping over the file's own bytes (a buffer read past its end: ERR_OUT_OF_RANGE)
    // is a damaged file, not the disk or "another program" (issue 16).
    const code = (err as NodeJS.ErrnoException).code;
    if (err instanceof RangeError || (typeof code === 'string' && code.startsWith('ERR_'))) {
      throw new ClubError('read.damaged-file', { file }, { cause: err });
    }
    throw fsError(err, file);
  }
}

async function* emptyRows(): AsyncGenerator<never> {}

function withBytes(workbook: RawWorkbook, bytes: Buffer | undefined): RawWorkbook {
  if (bytes) workbook.bytes = bytes;
  return workbook;
}
