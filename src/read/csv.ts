/**
 * The CSV reader: picks the encoding (BOM, then strict UTF-8, then GB18030 - what Excel zh-CN
 * writes), sniffs the delimiter, and streams records as text - never coerced, so `00123` and
 * `13800138000` stay exactly as written.
 */
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { TextDecoder } from 'node:util';
import { ClubError } from '../errors.js';
import { MAX_CELL_CHARS, MAX_CSV_BYTES, MAX_ROWS } from './limits.js';
import type { CellValue, RawRow, RawWorkbook, ReadNote } from './types.js';

/** Decoded CSV text and the encoding that decoded it. */
export interface DecodedText {
  text: string;
  encoding: string;
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Whether decoded text holds what no spreadsheet text holds: NULs, or many other control characters. */
function looksBinary(text: string): boolean {
  if (text.indexOf('\u0000') !== -1) return true;
  let controls = 0;
  const n = Math.min(text.length, 1 << 20);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) controls++;
  }
  return controls > n / 200 + 1;
}

/**
 * Decodes CSV bytes: a BOM wins (UTF-8, UTF-16LE, UTF-16BE); otherwise strict UTF-8; otherwise
 * GB18030 (a superset of GBK, so both Excel zh-CN flavours). Binary data that no encoding fits
 * is refused with `read.csv-binary`.
 */
export function decodeCsvBytes(bytes: Uint8Array, file: string): DecodedText {
  let decoded: DecodedText | null = null;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryDecode('utf-8', bytes.subarray(3));
    if (text !== null) decoded = { text, encoding: 'utf-8 (BOM)' };
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = tryDecode('utf-16le', bytes.subarray(2));
    if (text !== null) decoded = { text, encoding: 'utf-16le (BOM)' };
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = tryDecode('utf-16be', bytes.subarray(2));
    if (text !== null) decoded = { text, encoding: 'utf-16be (BOM)' };
  } else {
    const utf8 = tryDecode('utf-8', bytes);
    if (utf8 !== null) {
      decoded = { text: utf8, encoding: 'utf-8' };
    } else {
      const gb = tryDecode('gb18030', bytes);
      if (gb !== null) decoded = { text: gb, encoding: 'gb18030' };
    }
  }
  if (decoded === null || looksBinary(decoded.text)) throw new ClubError('read.csv-binary', { file });
  return decoded;
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

function* slices(text: string, size = 1 << 16): Generator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

/** Streams the records of decoded CSV text as RawRows (record number = row number). */
export async function* csvRows(text: string, file: string, notes: ReadNote[]): AsyncGenerator<RawRow> {
  const parser = parse({
    delimiter: sniffDelimiter(text),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    bom: false,
  });
  Readable.from(slices(text)).pipe(parser);
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

/** Opens a CSV file as a one-sheet RawWorkbook (sheet name null). */
export async function openCsv(path: string, display: string, size: number): Promise<RawWorkbook> {
  // The whole file is decoded at once (its encoding can only be told from all of it).
  if (size > MAX_CSV_BYTES) throw new ClubError('read.csv-too-large', { file: display, size, max: MAX_CSV_BYTES });
  const { text, encoding } = decodeCsvBytes(await readFile(path), display);
  const notes: ReadNote[] = [];
  return {
    file: display,
    kind: 'csv',
    encoding,
    sheets: [
      {
        name: null,
        notes,
        rows: () => {
          notes.length = 0;
          return csvRows(text, display, notes);
        },
      },
    ],
  };
}
