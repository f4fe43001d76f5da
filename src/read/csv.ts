/**
 * The CSV reader: picks the encoding (BOM, then strict UTF-8, then GB18030 - what Excel zh-CN
 * writes), sniffs the delimiter, and streams records as text - never coerced, so `00123` and
 * `13800138000` stay exactly as written.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { TextDecoder } from 'node:util';
import { ClubError } from '../errors.js';
import { MAX_CELL_CHARS, MAX_CSV_BYTES, MAX_ROWS } from './limits.js';
import type { CellValue, RawRow, RawWorkbook, ReadNote } from './types.js';

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

/**
 * Whether the bytes decode strictly with `enc` and hold no binary data (no NUL, and control
 * characters at most 1 in 200 of the first million characters). Reads them once, keeps nothing.
 */
async function fits(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, enc: CsvEncoding): Promise<boolean> {
  let controls = 0;
  let counted = 0;
  try {
    for await (const text of decodeChunks(chunks, enc)) {
      if (text.indexOf('\u0000') !== -1) return false;
      for (let i = 0; i < text.length && counted < 1 << 20; i++, counted++) {
        const c = text.charCodeAt(i);
        if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) controls++;
      }
    }
  } catch {
    return false;
  }
  return controls <= counted / 200 + 1;
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
  const bom = bomEncoding(head);
  for (const enc of bom ? [bom] : [UTF8, GB18030]) if (await fits(read(), enc)) return enc;
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
  const parser = parse({
    delimiter: sniffDelimiter(head),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    bom: false,
  });
  async function* all(): AsyncGenerator<string> {
    if (head.length > 0) yield head;
    for (let more = await nextText(); more !== null; more = await nextText()) yield more;
  }
  Readable.from(all()).pipe(parser);
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (++row > MAX_ROWS) throw new ClubError('read.csv-too-many-rows', { file, max: MAX_ROWS });
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
      if (cells !== null) yield { row, cells };
    }
  } catch (err) {
    if (err instanceof ClubError) throw err;
    const line = (err as { lines?: number }).lines ?? row + 1;
    throw new ClubError('read.csv-malformed', { file, line }, { cause: err });
  } finally {
    parser.destroy();
  }
}

/** Opens a CSV file as a one-sheet RawWorkbook (sheet name null); rows stream from the file. */
export async function openCsv(path: string, display: string, size: number, head: Uint8Array): Promise<RawWorkbook> {
  if (size > MAX_CSV_BYTES) throw new ClubError('read.csv-too-large', { file: display, size, max: MAX_CSV_BYTES });
  const read = () => createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>;
  const encoding = await detectCsvEncoding(head, read, display);
  const notes: ReadNote[] = [];
  return {
    file: display,
    kind: 'csv',
    encoding: encoding.name,
    sheets: [
      {
        name: null,
        notes,
        rows: () => {
          notes.length = 0;
          return csvRows(decodeChunks(read(), encoding), display, notes);
        },
      },
    ],
  };
}
