/**
 * The xlsx reader: finds the workbook through the package relationships, lists the sheets in
 * tab order, loads shared strings and styles once, and streams each sheet's rows by inflating
 * and scanning its part chunk by chunk. Every bomb guard applies before anything is inflated.
 */
import { TextDecoder } from 'node:util';
import { ClubError } from '../errors.js';
import { ZipArchive, normaliseName, type ZipEntry } from './zip.js';
import { MAX_PART_BYTES, MAX_SHEET_BYTES } from './limits.js';
import type { XmlScanner } from './xml-scan.js';
import { Utf8Check } from './utf8-check.js';
import { formatRefusal } from './sniff.js';
import { RelsScanner, StylesScanner, WorkbookScanner, type Relationship } from './xlsx-parts.js';
import { SheetScanner, type SheetContext } from './xlsx-sheet.js';
import { SharedStrings } from './shared-strings.js';
import { COLLECT_AFTER_BYTES, collectGarbage } from './heap.js';
import type { NumberColumn, RawRow, RawSheet, RawWorkbook, ReadNote } from './types.js';

/** A text decoder for an XML part: UTF-16 when it starts with a UTF-16 BOM, else strict UTF-8. */
function partDecoder(first: Buffer | undefined): TextDecoder {
  if (first && first.length >= 2) {
    if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true });
    if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true });
  }
  return new TextDecoder('utf-8', { fatal: true });
}

/** Scans a small part (rels, workbook, styles) whole, as strict UTF-8 (or UTF-16 with a BOM). */
async function scanWhole(zip: ZipArchive, e: ZipEntry, scanner: XmlScanner, file: string): Promise<void> {
  const buf = await zip.read(e, MAX_PART_BYTES);
  let text: string;
  try {
    text = partDecoder(buf).decode(buf);
  } catch (err) {
    throw new ClubError('read.invalid-utf8', { file, part: e.name }, { cause: err });
  }
  scanner.push(text);
  scanner.end();
}

/** `target` of a relationship, resolved against the directory of its source part. */
export function resolveTarget(sourcePart: string, target: string): string {
  const t = target.replace(/\\/g, '/');
  const base = t.startsWith('/') ? [] : normaliseName(sourcePart).split('/').slice(0, -1);
  for (const seg of t.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') base.pop();
    else base.push(seg);
  }
  return base.join('/');
}

function relsPartOf(part: string): string {
  const segs = normaliseName(part).split('/');
  const last = segs.pop() ?? '';
  return [...segs, '_rels', `${last}.rels`].join('/');
}

async function readRels(zip: ZipArchive, part: string, file: string): Promise<Relationship[] | null> {
  const e = zip.entry(relsPartOf(part));
  if (!e) return null;
  const scanner = new RelsScanner(file, e.name);
  await scanWhole(zip, e, scanner, file);
  return scanner.rels;
}

function byType(rels: Relationship[] | null, suffix: string): Relationship | undefined {
  return rels?.find((r) => !r.external && r.type.endsWith(suffix));
}

/** Opens an xlsx (a zip already sniffed by its magic) as a RawWorkbook. */
export async function openXlsx(path: string, display: string, size: number, bytes?: Buffer): Promise<RawWorkbook> {
  const zip = await ZipArchive.open(path, display, size, bytes);
  const mimetype = zip.entry('mimetype');
  if (mimetype && mimetype.uncompressedSize < 200) {
    const kind = (await zip.read(mimetype)).toString('latin1');
    if (kind.includes('opendocument')) throw new ClubError('read.ods', { file: display });
  }

  const rootRels = await readRels(zip, '', display);
  const officeDoc = byType(rootRels, '/officeDocument');
  const wbPath = officeDoc ? resolveTarget('', officeDoc.target) : 'xl/workbook.xml';
  // An Excel binary workbook (.xlsb) or an Apple Numbers file is a zip too: named, not "damaged".
  if (/\.bin$/i.test(wbPath) || (!zip.entry('xl/workbook.xml') && zip.entry('xl/workbook.bin'))) throw formatRefusal('xlsb', display);
  const wbEntry = zip.entry(wbPath) ?? zip.entry('xl/workbook.xml');
  if (!wbEntry) {
    if (zip.entries.some((e) => e.name.startsWith('Index/') || e.name === 'Index.zip')) throw formatRefusal('numbers', display);
    throw new ClubError('read.not-spreadsheet', { file: display });
  }
  const workbook = new WorkbookScanner(display, wbEntry.name);
  await scanWhole(zip, wbEntry, workbook, display);
  const wbRels = await readRels(zip, wbEntry.name, display);

  const partOf = (rel: Relationship | undefined, fallback: string): ZipEntry | undefined =>
    rel ? zip.entry(resolveTarget(wbEntry.name, rel.target)) : zip.entry(fallback);

  // Resolve every sheet and check every declared size before inflating anything.
  const sheetParts: { name: string; hidden: boolean; entry: ZipEntry }[] = [];
  workbook.sheets.forEach((sheet, i) => {
    const rel = wbRels?.find((r) => r.id === sheet.relId);
    if (rel && !rel.type.endsWith('/worksheet')) return; // chartsheets, dialog/macro sheets
    const entry = rel
      ? zip.entry(resolveTarget(wbEntry.name, rel.target))
      : zip.entry(resolveTarget(wbEntry.name, `worksheets/sheet${i + 1}.xml`));
    if (!entry) throw new ClubError('read.damaged', { file: display, part: `${wbEntry.name} (${sheet.name})` });
    zip.checkDeclared(entry, MAX_SHEET_BYTES);
    sheetParts.push({ name: sheet.name, hidden: sheet.hidden, entry });
  });

  const contextBase = { file: display, styleKinds: new Uint8Array(0), date1904: workbook.date1904 };
  const sstEntry = partOf(byType(wbRels, '/sharedStrings'), 'xl/sharedStrings.xml');
  const loadSharedStrings = async (): Promise<SharedStrings> => {
    const sst = new SheetScanner({ ...contextBase, part: sstEntry?.name ?? '', sheetName: '', sharedStrings: new SharedStrings(), notes: [] });
    if (sstEntry) await drain(sst, zip.stream(sstEntry, MAX_PART_BYTES), display, sstEntry.name);
    return sst.strings;
  };
  // Loaded now (a damaged table refuses the file at once), let go once every sheet has been
  // read to its end: a big file's table is then collected before the checks run. A sheet read
  // again after that loads it again.
  let sharedStrings: SharedStrings | null = await loadSharedStrings();
  const table = async () => (sharedStrings ??= await loadSharedStrings());
  let unread = sheetParts.length;
  const sheetRead = () => {
    if (--unread > 0) return;
    sharedStrings = null;
    if (size >= COLLECT_AFTER_BYTES) collectGarbage();
  };
  const stylesEntry = partOf(byType(wbRels, '/styles'), 'xl/styles.xml');
  let styleKinds: Uint8Array = new Uint8Array(0);
  if (stylesEntry) {
    const styles = new StylesScanner(display, stylesEntry.name);
    await scanWhole(zip, stylesEntry, styles, display);
    styleKinds = styles.kinds();
  }

  const sheets: RawSheet[] = sheetParts.map(({ name, hidden, entry }) => {
    const notes: ReadNote[] = [];
    let read = false;
    const ended = () => {
      if (read) return;
      read = true;
      sheetRead();
    };
    const sheet: RawSheet = {
      name,
      notes,
      ...(hidden ? { hidden } : {}),
      rows: () => ({ [Symbol.asyncIterator]: () => sheetRows(batches()) }),
      rowBatches: () => ({ [Symbol.asyncIterator]: batches }),
    };
    const hint = (rows: number) => {
      sheet.rowsHint = rows;
    };
    const batches = () =>
      sheetBatches(zip, entry, { file: display, part: entry.name, sheetName: name, styleKinds, date1904: workbook.date1904, notes }, table, ended, hint, () => sheet.numberColumn ?? null);
    return sheet;
  });
  return { file: display, kind: 'xlsx', sheets };
}

/** How much of a sheet is scanned into one batch of rows (~200 rows of a calls sheet). */
const SCAN_SLICE_BYTES = 64 * 1024;

/**
 * Chunks of a part as UTF-8: UTF-16 parts (a BOM says so) are transcoded (strictly), UTF-8 is
 * checked as it passes through: invalid bytes make the part damaged, never U+FFFD.
 */
async function* utf8Chunks(chunks: AsyncIterable<Buffer>, file: string, part: string): AsyncGenerator<Buffer> {
  let decoder: TextDecoder | null | undefined;
  const check = new Utf8Check();
  const invalid = () => new ClubError('read.invalid-utf8', { file, part });
  for await (const chunk of chunks) {
    if (decoder === undefined) {
      const d = partDecoder(chunk);
      decoder = d.encoding === 'utf-8' ? null : d;
    }
    if (decoder) {
      try {
        yield Buffer.from(decoder.decode(chunk, { stream: true }), 'utf8');
      } catch (err) {
        throw new ClubError('read.invalid-utf8', { file, part }, { cause: err });
      }
    } else {
      if (!check.push(chunk)) throw invalid();
      yield chunk;
    }
  }
  if (!decoder && !check.end()) throw invalid();
}

/** Scans a whole part with the byte scanner (the shared strings), turning I/O faults into damage. */
async function drain(scanner: SheetScanner, chunks: AsyncIterable<Buffer>, file: string, part: string): Promise<void> {
  try {
    for await (const chunk of utf8Chunks(chunks, file, part)) scanner.push(chunk);
    scanner.end();
  } catch (err) {
    if (err instanceof ClubError) throw err;
    throw new ClubError('read.damaged', { file, part }, { cause: err });
  }
}

/**
 * The rows of one sheet in batches, as the scanner hands them out (one batch per inflated
 * chunk, a few thousand rows): the form layer reads a batch without an await per row. The part
 * is inflated and scanned only as batches are asked for.
 */
function sheetBatches(
  zip: ZipArchive,
  entry: ZipEntry,
  ctx: Omit<SheetContext, 'sharedStrings'>,
  table: () => Promise<SharedStrings>,
  ended: () => void,
  rowsHint: (rows: number) => void,
  numberColumn: () => NumberColumn | null,
): AsyncIterator<RawRow[]> {
  ctx.notes.length = 0;
  let scanner: SheetScanner | null = null;
  const chunks = utf8Chunks(zip.stream(entry, MAX_SHEET_BYTES), ctx.file, ctx.part);
  let finished = false;
  const fail = (err: unknown): never => {
    finished = true;
    if (err instanceof ClubError) throw err;
    throw new ClubError('read.damaged', { file: ctx.file, part: ctx.part }, { cause: err });
  };
  // The part of the inflated chunk not scanned yet: it is scanned a slice at a time, so that a
  // batch's rows are few enough to die young (a scavenge copies what is still alive).
  let rest: Buffer | null = null;
  return {
    next: async (): Promise<IteratorResult<RawRow[]>> => {
      try {
        scanner ??= new SheetScanner({ ...ctx, sharedStrings: await table() });
        while (!finished) {
          if (rest === null) {
            const chunk = await chunks.next();
            if (chunk.done) {
              finished = true;
              scanner.end();
              ended();
            } else {
              rest = chunk.value;
            }
          }
          if (rest !== null) {
            const slice = rest.length > SCAN_SLICE_BYTES ? rest.subarray(0, SCAN_SLICE_BYTES) : rest;
            rest = slice === rest ? null : rest.subarray(SCAN_SLICE_BYTES);
            scanner.numberColumn = numberColumn();
            scanner.push(slice);
          }
          const rows = scanner.out;
          scanner.out = [];
          if (rows.length > 0) {
            // The <dimension> comes before the rows: known by the first batch.
            if (scanner.dimensionRows > 0) rowsHint(scanner.dimensionRows);
            return { value: rows, done: false };
          }
        }
      } catch (err) {
        await chunks.return(undefined).catch(() => undefined);
        fail(err);
      }
      return { value: undefined, done: true };
    },
    return: async () => {
      finished = true;
      await chunks.return(undefined);
      ended();
      return { value: undefined, done: true };
    },
  };
}

/**
 * The rows of one sheet one by one, handed out from the current batch with an
 * already-resolved promise, so a million rows do not pay for a million async-generator
 * suspensions.
 */
function sheetRows(batches: AsyncIterator<RawRow[]>): AsyncIterator<RawRow> {
  let rows: RawRow[] = [];
  let next = 0;
  const fill = async (): Promise<IteratorResult<RawRow>> => {
    const batch = await batches.next();
    if (batch.done) return { value: undefined, done: true };
    rows = batch.value;
    next = 0;
    return { value: rows[next++]!, done: false };
  };
  return {
    next: () => (next < rows.length ? Promise.resolve({ value: rows[next++]!, done: false }) : fill()),
    return: async () => {
      rows = [];
      await batches.return?.(undefined);
      return { value: undefined, done: true };
    },
  };
}
