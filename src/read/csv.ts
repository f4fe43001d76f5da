/**
 * The CSV reader: picks the encoding (BOM, then strict UTF-8, then GB18030 - what Excel zh-CN
 * writes), sniffs the delimiter, and streams records as text - never coerced, so `00123` and
 * `13800138000` stay exactly as written.
 *
 * A small file (an advisor's week, kilobytes) is read once: its bytes are decoded whole for the
 * encoding test and the text so decoded is parsed, where streaming it read the file up to
 * three times (strict UTF-8 test, GB18030 test, parse) through a stream pipeline each time.
 * Big files are streamed as before, so they are never held whole as text.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { TextDecoder } from 'node:util';
import { ClubError } from '../errors.js';
import { MAX_CELL_CHARS, MAX_CSV_BYTES, MAX_ROWS } from './limits.js';
import type { CellValue, RawRow, RawSheet, RawWorkbook, ReadNote } from './types.js';

/** An encoding a CSV file can be in: decoder label, BOM bytes to skip, name for RawWorkbook.encoding. */
export interface CsvEncoding {
  label: string;
  skip: number;
  name: string;
}

const UTF8: CsvEncoding = { label: 'utf-8', skip: 0, name: 'utf-8' };
const GB18030: CsvEncoding = { label: 'gb18030', skip: 0, name: 'gb18030' };

/** The encoding a byte-order mark announces, or null. */
function bomEncoding(head: Uint8Array): CsvEncoding | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { label: 'utf-8', skip: 3, name: 'utf-8 (BOM)' };
  if (head[0] === 0xff && head[1] === 0xfe) return { label: 'utf-16le', skip: 2, name: 'utf-16le (BOM)' };
  if (head[0] === 0xfe && head[1] === 0xff) return { label: 'utf-16be', skip: 2, name: 'utf-16be (BOM)' };
  return null;
}

/** Bytes to text with `enc`, chunk by chunk (stream mode: a character split across chunks survives). */
export async function* decodeChunks(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  enc: CsvEncoding,
): AsyncGenerator<string> {
  const decoder = new TextDecoder(enc.label, { fatal: true, ignoreBOM: true });
  let skip = enc.skip;
  for await (const raw of chunks) {
    let chunk = raw;
    if (skip > 0) {
      const k = Math.min(skip, chunk.length);
      chunk = chunk.subarray(k);
      skip -= k;
    }
    const text = decoder.decode(chunk, { stream: true });
    if (text.length > 0) yield text;
  }
  const rest = decoder.decode();
  if (rest.length > 0) yield rest;
}

/** The binary-data test over decoded text: no NUL, control characters at most 1 in 200 of the first million. */
class TextCheck {
  private controls = 0;
  private counted = 0;
  private nul = false;

  /** Adds the next piece of text; false as soon as it cannot be text. */
  add(text: string): boolean {
    if (text.indexOf('\u0000') !== -1) this.nul = true;
    for (let i = 0; i < text.length && this.counted < 1 << 20; i++, this.counted++) {
      const c = text.charCodeAt(i);
      if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) this.controls++;
    }
    return !this.nul;
  }

  get plausible(): boolean {
    return !this.nul && this.controls <= this.counted / 200 + 1;
  }
}

/**
 * Whether the bytes decode strictly with `enc` and hold no binary data (no NUL, and control
 * characters at most 1 in 200 of the first million characters). Reads them once, keeps nothing.
 */
async function fits(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, enc: CsvEncoding): Promise<boolean> {
  const check = new TextCheck();
  try {
    for await (const text of decodeChunks(chunks, enc)) if (!check.add(text)) return false;
  } catch {
    return false;
  }
  return check.plausible;
}

/** The encoding candidates of a file, in order: its BOM's, else strict UTF-8 then GB18030. */
function candidates(head: Uint8Array): CsvEncoding[] {
  const bom = bomEncoding(head);
  return bom ? [bom] : [UTF8, GB18030];
}

/**
 * A whole file's text: the first candidate encoding that decodes it strictly into plausible
 * text (the same choice as `detectCsvEncoding`, on bytes already in memory, decoded once).
 */
export function decodeCsvBytes(bytes: Uint8Array, file: string): { encoding: CsvEncoding; text: string } {
  for (const encoding of candidates(bytes)) {
    let text: string;
    try {
      text = new TextDecoder(encoding.label, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(encoding.skip));
    } catch {
      continue;
    }
    const check = new TextCheck();
    check.add(text);
    if (check.plausible) return { encoding, text };
  }
  throw new ClubError('read.csv-binary', { file });
}

/**
 * Picks a CSV file's encoding: a BOM wins (UTF-8, UTF-16LE, UTF-16BE); otherwise strict UTF-8;
 * otherwise GB18030 (a superset of GBK, so both Excel zh-CN flavours). `read()` gives the file's
 * bytes afresh each time it is called. Binary data that no encoding fits is refused
 * (`read.csv-binary`).
 */
export async function detectCsvEncoding(
  head: Uint8Array,
  read: () => AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  file: string,
): Promise<CsvEncoding> {
  for (const enc of candidates(head)) if (await fits(read(), enc)) return enc;
  throw new ClubError('read.csv-binary', { file });
}

/** The delimiter the first line uses most among comma, tab and semicolon (quoted text ignored). */
export function sniffDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, '\t': 0, ';': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && i < 65_536; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c in counts) counts[c]!++;
  }
  let best = ',';
  for (const d of ['\t', ';']) if (counts[d]! > counts[best]!) best = d;
  return best;
}

/**
 * Streams the records of decoded CSV text as RawRows (record number = row number); the
 * delimiter is sniffed from the first line.
 */
export async function* csvRows(text: AsyncIterable<string>, file: string, notes: ReadNote[]): AsyncGenerator<RawRow> {
  const source = text[Symbol.asyncIterator]();
  const nextText = async (): Promise<string | null> => {
    const r = await source.next();
    return r.done ? null : r.value;
  };
  // Enough text to see the first line (or 64 KiB of it) before choosing the delimiter.
  let head = '';
  while (head.length < 65_536 && !/[\r\n]/.test(head)) {
    const more = await nextText();
    if (more === null) break;
    head += more;
  }
  const parser = parse(parserOptions(head));
  async function* all(): AsyncGenerator<string> {
    if (head.length > 0) yield head;
    for (let more = await nextText(); more !== null; more = await nextText()) yield more;
  }
  Readable.from(all()).pipe(parser);
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      const raw = rawRow(record, ++row, file, notes);
      if (raw !== null) yield raw;
    }
  } catch (err) {
    throw malformed(err, file, row);
  } finally {
    parser.destroy();
  }
}

/** The parser's options; the delimiter is sniffed from the first line of `head`. */
function parserOptions(head: string) {
  return { delimiter: sniffDelimiter(head), relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: false };
}

/** One record as a RawRow (null when all its fields are empty); over-long fields cut and noted. */
function rawRow(record: string[], row: number, file: string, notes: ReadNote[]): RawRow | null {
  if (row > MAX_ROWS) throw new ClubError('read.csv-too-many-rows', { file, max: MAX_ROWS });
  let cells: CellValue[] | null = null;
  for (let col = 0; col < record.length; col++) {
    let v = record[col]!;
    if (v.length === 0) continue;
    if (v.length > MAX_CELL_CHARS) {
      notes.push({ row, col, code: 'cell-too-long' });
      v = v.slice(0, MAX_CELL_CHARS);
    }
    cells ??= [];
    while (cells.length < col) cells.push(null);
    cells.push(v);
  }
  return cells === null ? null : { row, cells };
}

/** A parse failure as the reader's error, naming the line. */
function malformed(err: unknown, file: string, row: number): ClubError {
  if (err instanceof ClubError) return err;
  const line = (err as { lines?: number }).lines ?? row + 1;
  return new ClubError('read.csv-malformed', { file, line }, { cause: err });
}

/** The rows of a whole text, parsed at once (a small file's). */
export function csvTextRows(text: string, file: string, notes: ReadNote[]): RawRow[] {
  let records: string[][];
  try {
    records = parseSync(text, parserOptions(text)) as string[][];
  } catch (err) {
    throw malformed(err, file, 0);
  }
  const rows: RawRow[] = [];
  for (let i = 0; i < records.length; i++) {
    const raw = rawRow(records[i]!, i + 1, file, notes);
    if (raw !== null) rows.push(raw);
  }
  return rows;
}

/** Files up to this size are read into memory once (see the header). */
const SMALL_CSV_BYTES = 2 * 1024 * 1024;

/** The one-sheet RawWorkbook of a CSV file (sheet name null), given how its rows are read. */
function csvWorkbook(display: string, encoding: CsvEncoding, sheet: (notes: ReadNote[]) => Omit<RawSheet, 'name' | 'notes'>): RawWorkbook {
  const notes: ReadNote[] = [];
  return { file: display, kind: 'csv', encoding: encoding.name, sheets: [{ name: null, notes, ...sheet(notes) }] };
}

/** Opens a CSV file as a one-sheet RawWorkbook (sheet name null); rows stream from the file. */
export async function openCsv(path: string, display: string, size: number, head: Uint8Array, bytes?: Buffer): Promise<RawWorkbook> {
  if (size > MAX_CSV_BYTES) throw new ClubError('read.csv-too-large', { file: display, size, max: MAX_CSV_BYTES });
  if (bytes || size <= SMALL_CSV_BYTES) return openSmallCsv(path, display, bytes);
  const read = () => createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>;
  const encoding = await detectCsvEncoding(head, read, display);
  return csvWorkbook(display, encoding, (notes) => ({
    rows: () => {
      notes.length = 0;
      return csvRows(decodeChunks(read(), encoding), display, notes);
    },
  }));
}

/** A small CSV: read and decoded once, parsed when its rows are asked for (one batch). */
async function openSmallCsv(path: string, display: string, bytes?: Buffer): Promise<RawWorkbook> {
  const { encoding, text } = decodeCsvBytes(bytes ?? (await readFile(path)), display);
  return csvWorkbook(display, encoding, (notes) => {
    const parsed = (): RawRow[] => {
      notes.length = 0;
      return csvTextRows(text, display, notes);
    };
    return {
      rows: async function* () {
        yield* parsed();
      },
      rowBatches: async function* () {
        yield parsed();
      },
    };
  });
}
