/**
 * The CSV reader: decides the encoding, sniffs the delimiter, and hands rows on in batches as
 * text - never coerced, so `00123` and `13800138000` stay exactly as written.
 *
 * - **Encoding** (`chooseCsvEncoding`): a byte-order mark wins (UTF-8, UTF-16LE/BE); otherwise it
 *   is decided on the first megabyte that holds a non-ASCII byte: strict UTF-8, else GB18030 (a
 *   superset of GBK, what Excel zh-CN writes) when the text reads as Chinese. The rest of the
 *   file is then decoded strictly with that choice; a file that changes encoding further down
 *   is refused naming the line, never read as U+FFFD. What cannot be Chinese GBK (Western
 *   European bytes such as `Äcker`, which GB18030 would read as `腸ker`), a UTF-8 BOM before GBK
 *   bytes, or UTF-16 of an odd length is named for what it is. `--encoding` (or the config's
 *   `csvEncoding`) says what a file is, and is then the only encoding tried.
 * - **Rows** (`CsvSplitter`): a hand-written splitter over each decoded megabyte: CRLF, LF and a
 *   bare CR all end a row (a CRLF file with one bare LF no longer merges two rows), quoted fields
 *   may hold delimiters, quotes (`""`) and line breaks, a quote inside an unquoted field is kept
 *   as text. Empty lines cost one comparison each (a million of them read in well under a second).
 *   Rows are numbered by record, as a spreadsheet shows a CSV: blank lines count, quoted line
 *   breaks do not. A quote left open or text after a closing quote is malformed (its line named).
 */
import { open, readFile } from 'node:fs/promises';
import { TextDecoder } from 'node:util';
import { ClubError } from '../errors.js';
import { MAX_CELL_CHARS, MAX_CSV_BYTES, MAX_ROWS } from './limits.js';
import type { CellValue, RawRow, RawSheet, RawWorkbook, ReadNote } from './types.js';

/** An encoding a CSV file is read in: decoder label, BOM bytes to skip, name for RawWorkbook.encoding. */
export interface CsvEncoding {
  label: string;
  skip: number;
  name: string;
}

/** The sample the encoding is decided on. */
const CHUNK_BYTES = 1 << 20;
/** Bytes read and decoded at a time (a decoder call costs microseconds: not much smaller). */
const READ_BYTES = 1 << 16;
/**
 * Rows handed on at a time: a batch is dropped before V8's young generation fills, so few rows
 * are alive to be copied when it is swept (1 MB batches of ~13,000 rows: a third of a 1M-row
 * check's time went to the garbage collector; 64 KB batches of ~850 rows still left 150-240 MB
 * of new-space survivors in a 1M-row check, batches of 200 rows about 65 MB).
 */
const BATCH_ROWS = 200;

let declaredEncoding: string | null = null;

/**
 * Sets what every CSV file of this run is (`--encoding`, or the config's `csvEncoding`): a
 * TextDecoder label such as `utf-8`, `gbk`, `gb18030`, `utf-16le`, `windows-1252`; null to detect.
 * Returns false for a label no decoder knows.
 */
export function setCsvEncoding(label: string | null): boolean {
  if (label === null) {
    declaredEncoding = null;
    return true;
  }
  try {
    declaredEncoding = new TextDecoder(label).encoding;
    return true;
  } catch {
    return false;
  }
}

/** The encoding declared for this run (its canonical label), or null. */
export function csvEncodingDeclared(): string | null {
  return declaredEncoding;
}

function bomOf(head: Uint8Array): CsvEncoding | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { label: 'utf-8', skip: 3, name: 'utf-8 (BOM)' };
  if (head[0] === 0xff && head[1] === 0xfe) return { label: 'utf-16le', skip: 2, name: 'utf-16le (BOM)' };
  if (head[0] === 0xfe && head[1] === 0xff) return { label: 'utf-16be', skip: 2, name: 'utf-16be (BOM)' };
  return null;
}

/** Strict decode of a sample (stream mode: a character cut at the sample's end is no error); null when it fails. */
function tryDecode(label: string, bytes: Uint8Array, final: boolean): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes, { stream: !final });
  } catch {
    return null;
  }
}

/** Text, not binary data: no NUL, control characters at most 1 in 200. */
function plausibleText(text: string): boolean {
  if (text.indexOf('\u0000') !== -1) return false;
  let controls = 0;
  const n = Math.min(text.length, 1 << 20);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) controls++;
  }
  return controls <= n / 200 + 1;
}

/**
 * Share of GB18030's double-byte characters in the sample that lie in GB2312's area (lead and
 * trail byte both 0xA1-0xFE), where all everyday simplified Chinese is. Western European bytes
 * read as GBK pair an accented letter with the ASCII letter after it (`Ä` `c` -> `腸`): outside
 * that area. 1 when the sample has no double-byte character.
 */
function gb2312Share(bytes: Uint8Array): number {
  let pairs = 0;
  let common = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const t = bytes[i + 1] ?? 0;
    if (t >= 0x30 && t <= 0x39) {
      pairs++; // a four-byte GB18030 character: rare, not GB2312
      i += 4;
      continue;
    }
    pairs++;
    if (b >= 0xa1 && b <= 0xf7 && t >= 0xa1) common++;
    i += 2;
  }
  return pairs === 0 ? 1 : common / pairs;
}

/** Up to 40 characters around the first non-ASCII character of `text` (to show the user). */
function sampleWord(text: string): string {
  const i = text.search(/[^\x00-\x7f]/);
  if (i < 0) return '';
  let s = i;
  let e = i;
  while (s > 0 && i - s < 20 && !/[\s,;\t"]/.test(text[s - 1]!)) s--;
  while (e < text.length && e - i < 20 && !/[\s,;\t"]/.test(text[e]!)) e++;
  return text.slice(s, e);
}

/**
 * The encoding of a CSV file from `sample`: its first megabyte, or when that is all ASCII, the
 * megabyte from the start of the line holding the first non-ASCII byte (`atStart` false).
 * `final`: the sample ends the file; `size`: the file's; `declared`: what the user said it is.
 */
export function chooseCsvEncoding(
  file: string,
  sample: Uint8Array,
  { atStart = true, final = true, size = sample.length, declared = declaredEncoding }: { atStart?: boolean; final?: boolean; size?: number; declared?: string | null } = {},
): CsvEncoding {
  const bom = atStart ? bomOf(sample) : null;
  if (declared !== null) {
    // A BOM of the declared encoding is skipped, and so is a UTF-8 one before other bytes.
    const skip = bom && (bom.label === declared || bom.label === 'utf-8') ? bom.skip : 0;
    const text = tryDecode(declared, sample.subarray(skip), final);
    if (text === null) throw new ClubError('read.csv-not-declared', { file, encoding: declared, line: 1 });
    if (!plausibleText(text)) throw new ClubError('read.csv-binary', { file });
    return { label: declared, skip, name: `${declared} (--encoding)` };
  }
  if (bom) {
    if (bom.label !== 'utf-8' && (size - bom.skip) % 2 === 1) throw new ClubError('read.csv-utf16-odd', { file, encoding: bom.label.toUpperCase() });
    const text = tryDecode(bom.label, sample.subarray(bom.skip), final);
    if (text === null) {
      if (bom.label === 'utf-8' && tryDecode('gb18030', sample.subarray(bom.skip), final) !== null) throw new ClubError('read.csv-bom-gbk', { file });
      throw new ClubError('read.csv-bad-bytes', { file, encoding: bom.label.toUpperCase() });
    }
    if (!plausibleText(text)) throw new ClubError('read.csv-binary', { file });
    return bom;
  }
  const utf8 = tryDecode('utf-8', sample, final);
  if (utf8 !== null) {
    if (!plausibleText(utf8)) throw new ClubError('read.csv-binary', { file });
    return { label: 'utf-8', skip: 0, name: 'utf-8' };
  }
  // Many UTF-8 characters before the first byte that is not UTF-8: two encodings in one file.
  const lenient = new TextDecoder('utf-8').decode(sample);
  const bad = lenient.indexOf('\ufffd');
  const before = lenient.slice(0, bad);
  if ((before.match(/[^\x00-\x7f]/g)?.length ?? 0) >= 8) {
    throw new ClubError('read.csv-encoding-changes', { file, encoding: 'utf-8', line: (before.match(/\n/g)?.length ?? 0) + 1 });
  }
  const gb = tryDecode('gb18030', sample, final);
  if (gb !== null && plausibleText(gb) && gb2312Share(sample) >= 0.5) return { label: 'gb18030', skip: 0, name: 'gb18030' };
  const western = new TextDecoder('windows-1252').decode(sample);
  if (plausibleText(western)) {
    // Named in both cases: GBK refuses the bytes, or reads them as Chinese that is not there.
    if (gb === null) throw new ClubError('read.csv-western', { file, sample: sampleWord(western) });
    throw new ClubError('read.csv-western-garbled', { file, sample: sampleWord(western), garbled: sampleWord(gb) }, { hint: 'read.csv-western.hint' });
  }
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

const LF = 10;
const CR = 13;
const QUOTE = 34;

/** Splits decoded text into rows, piece by piece (a record cut between pieces is carried over). */
export class CsvSplitter {
  private delim = -1;
  private carry = '';
  /** Length of the carried text when it last failed to complete a record: wait for twice as much. */
  private carryNeed = 0;
  private pending: string[] = [];
  private pendingLength = 0;
  private record = 0;
  private line = 1;
  /** Records and empty lines ended by a bare CR: `line` counts them, a count of LFs does not. */
  private bareCr = 0;
  /** The text `push` stopped in (at `at`) when it had handed on as many rows as asked. */
  private text = '';
  private at = 0;
  private stopped = false;

  constructor(
    private readonly file: string,
    private readonly notes: ReadNote[],
  ) {}

  /**
   * Adds the next piece of text; the rows it completes are pushed to `out`, at most `most` of
   * them: true when it stopped there, and `more` gives the next ones.
   */
  push(text: string, out: RawRow[], most = Infinity): boolean {
    if (this.carry.length > 0 || this.pending.length > 0) {
      this.pending.push(text);
      this.pendingLength += text.length;
      // A record longer than a piece: join and rescan only once the text has doubled (linear).
      if (this.pendingLength < this.carryNeed && text.length > 0) return false;
      text = this.carry + this.pending.join('');
      this.carry = '';
      this.pending = [];
      this.pendingLength = 0;
    }
    if (this.delim < 0) {
      if (!/[\r\n]/.test(text) && text.length < 65_536) {
        this.carry = text;
        this.carryNeed = 0;
        this.pending = [];
        return false;
      }
      this.delim = sniffDelimiter(text).charCodeAt(0);
    }
    this.text = text;
    this.at = 0;
    return this.more(out, most);
  }

  /** The next rows, at most `most`, of the text `push` stopped in: true when it stopped again. */
  more(out: RawRow[], most: number): boolean {
    const text = this.text;
    const done = this.scan(text, this.at, false, out, most);
    if (this.stopped) {
      this.at = done;
      return true;
    }
    this.text = '';
    this.at = 0;
    this.carry = done < text.length ? text.slice(done) : '';
    this.carryNeed = this.carry.length * 2;
    return false;
  }

  /** Whether the delimiter is known (the first line has been seen). */
  sniffed(): boolean {
    return this.delim >= 0;
  }

  /** The end of the text: the last record (without a line break) is complete. */
  end(out: RawRow[]): void {
    const text = this.carry + this.pending.join('');
    this.carry = '';
    this.pending = [];
    if (text.length === 0) return;
    if (this.delim < 0) this.delim = sniffDelimiter(text).charCodeAt(0);
    this.scan(text, 0, true, out, Infinity);
  }

  /**
   * Scans whole records of `s` from `from`; returns where the first incomplete one starts
   * (s.length when none), or, `stopped` set, where the next starts once `out` holds `most` rows.
   */
  private scan(s: string, from: number, final: boolean, out: RawRow[], most: number): number {
    const n = s.length;
    const delim = this.delim;
    let i = from;
    this.stopped = false;
    while (i < n) {
      if (out.length >= most) {
        this.stopped = true;
        return i;
      }
      const start = i;
      const startLine = this.line;
      const startBareCr = this.bareCr;
      let c = s.charCodeAt(i);
      // An empty line: a record with nothing in it, no row.
      if (c === LF || c === CR) {
        if (c === CR && i + 1 === n && !final) return start;
        if (c === CR && !(i + 1 < n && s.charCodeAt(i + 1) === LF)) {
          i++;
          this.bareCr++;
        } else i += c === CR ? 2 : 1;
        this.count();
        this.line++;
        continue;
      }
      let cells: CellValue[] | null = null;
      let col = 0;
      let complete = false;
      for (;;) {
        let value: string;
        if (s.charCodeAt(i) === QUOTE && i < n) {
          // A quoted field: up to the closing quote, `""` standing for one quote.
          let from = i + 1;
          value = '';
          for (;;) {
            const q = s.indexOf('"', from);
            if (q < 0 || (q + 1 === n && !final)) {
              if (!final) {
                this.line = startLine;
                return start;
              }
              throw new ClubError('read.csv-malformed', { file: this.file, line: startLine });
            }
            if (s.charCodeAt(q + 1) === QUOTE) {
              value += s.slice(from, q + 1);
              from = q + 2;
              continue;
            }
            value += s.slice(from, q);
            i = q + 1;
            break;
          }
          for (let k = value.indexOf('\n'); k >= 0; k = value.indexOf('\n', k + 1)) this.line++;
          if (i < n) {
            c = s.charCodeAt(i);
            if (c !== delim && c !== LF && c !== CR) throw new ClubError('read.csv-malformed', { file: this.file, line: this.line });
          }
        } else {
          let j = i;
          while (j < n) {
            c = s.charCodeAt(j);
            if (c === delim || c === LF || c === CR) break;
            j++;
          }
          value = j > i ? s.slice(i, j) : '';
          i = j;
        }
        if (value.length > 0) {
          if (value.length > MAX_CELL_CHARS) {
            this.notes.push({ row: this.record + 1, col, code: 'cell-too-long' });
            value = value.slice(0, MAX_CELL_CHARS);
          } else if (value.length > 12) {
            value = flat(value);
          }
          cells ??= [];
          while (cells.length < col) cells.push(null);
          cells.push(value);
        }
        if (i >= n) {
          complete = final;
          break;
        }
        c = s.charCodeAt(i);
        if (c === delim) {
          i++;
          col++;
          if (i >= n && !final) break;
          continue;
        }
        // A line break ends the record: CRLF, LF or a bare CR.
        if (c === CR) {
          if (i + 1 === n && !final) break;
          if (i + 1 < n && s.charCodeAt(i + 1) === LF) i += 2;
          else {
            i++;
            this.bareCr++;
          }
        } else i++;
        complete = true;
        break;
      }
      if (!complete) {
        this.line = startLine;
        this.bareCr = startBareCr;
        return start;
      }
      this.count();
      this.line++;
      if (cells !== null) out.push({ row: this.record, cells });
    }
    return n;
  }

  /** Line breaks (LF) in the text pushed so far: where a piece that fails to decode begins. */
  linesBefore(): number {
    let lf = this.line - 1 - this.bareCr;
    for (let k = this.text.indexOf('\n', this.at); k >= 0; k = this.text.indexOf('\n', k + 1)) lf++;
    for (const t of [this.carry, ...this.pending]) for (let k = t.indexOf('\n'); k >= 0; k = t.indexOf('\n', k + 1)) lf++;
    return lf;
  }

  private count(): void {
    if (++this.record > MAX_ROWS) throw new ClubError('read.csv-too-many-rows', { file: this.file, max: MAX_ROWS });
  }
}

/**
 * A copy of `s` that holds no reference to the megabyte of text it was cut from (V8 keeps a
 * slice of 13 or more characters as a view of its parent: one note kept would keep its chunk).
 */
function flat(s: string): string {
  return Buffer.from(s, 'utf16le').toString('utf16le');
}

/** The rows of a whole text (tests, and what a small file gives). */
export function csvTextRows(text: string, file: string, notes: ReadNote[]): RawRow[] {
  const splitter = new CsvSplitter(file, notes);
  const out: RawRow[] = [];
  splitter.push(text, out);
  splitter.end(out);
  return out;
}

/** Files up to this size are read into memory once. */
const SMALL_CSV_BYTES = 2 * 1024 * 1024;

/** Where the first non-ASCII byte is, or -1. */
function firstNonAscii(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return i;
  return -1;
}

/** A source of the file's bytes, chunk by chunk from the start. */
type ByteSource = () => AsyncIterable<Uint8Array>;

/**
 * The file's bytes in READ_BYTES pieces. Read a megabyte at a time into two buffers in turn,
 * the next megabyte's read under way while this one is split (the reader never waits on the
 * disk between pieces, and no megabyte is allocated per read: a piece is decoded, and so
 * copied, before its buffer is read into again).
 */
function fileChunks(path: string): ByteSource {
  return async function* () {
    const handle = await open(path, 'r');
    const buffers = [Buffer.allocUnsafe(CHUNK_BYTES), Buffer.allocUnsafe(CHUNK_BYTES)];
    let turn = 0;
    const next = () => {
      const buf = buffers[turn]!;
      turn = 1 - turn;
      return handle.read(buf, 0, CHUNK_BYTES, null).then(({ bytesRead }) => buf.subarray(0, bytesRead));
    };
    let reading = next();
    try {
      for (;;) {
        const block = await reading;
        if (block.length === 0) return;
        reading = next();
        for (let at = 0; at < block.length; at += READ_BYTES) yield block.subarray(at, at + READ_BYTES);
      }
    } finally {
      await reading.catch(() => undefined);
      await handle.close();
    }
  };
}

/**
 * Encodings in which a byte 0x0A is a line feed and nothing else (never part of a character):
 * a piece of their bytes can be cut after a line feed and decoded on its own.
 */
const LINE_SAFE = new Set(['utf-8', 'gbk', 'gb18030']);

/**
 * Rows of the file in batches (one per piece of READ_BYTES), decoded strictly with `enc`.
 * In an encoding where a line feed is always a line feed, each piece is decoded in three parts
 * - up to its first line feed, up to its last, the rest - so the splitter meets the middle,
 * nearly all of it, as one string that starts and ends with whole lines: no carried line to
 * join in front (a join is a copy of the whole piece when the text is scanned).
 */
async function* rowBatches(source: ByteSource, enc: CsvEncoding, file: string, notes: ReadNote[]): AsyncGenerator<RawRow[]> {
  notes.length = 0;
  const decoder = new TextDecoder(enc.label, { fatal: true, ignoreBOM: true });
  const splitter = new CsvSplitter(file, notes);
  const lineSafe = LINE_SAFE.has(enc.label);
  let skip = enc.skip;
  const parts: string[] = [];
  for await (const raw of source()) {
    let chunk = raw;
    if (skip > 0) {
      const k = Math.min(skip, chunk.length);
      chunk = chunk.subarray(k);
      skip -= k;
    }
    // Where a piece that fails to decode begins (the line its first byte is on).
    const line = splitter.linesBefore() + 1;
    parts.length = 0;
    try {
      // Until the delimiter is sniffed, the splitter sees whole pieces (what it sniffs on).
      const first = lineSafe && splitter.sniffed() ? chunk.indexOf(LF) : -1;
      if (first >= 0) {
        const last = chunk.lastIndexOf(LF);
        parts.push(decoder.decode(chunk.subarray(0, first + 1), { stream: true }));
        if (last > first) parts.push(decoder.decode(chunk.subarray(first + 1, last + 1), { stream: true }));
        if (last + 1 < chunk.length) parts.push(decoder.decode(chunk.subarray(last + 1), { stream: true }));
      } else parts.push(decoder.decode(chunk, { stream: true }));
    } catch (err) {
      throw new ClubError(enc.name.endsWith('(--encoding)') ? 'read.csv-not-declared' : 'read.csv-encoding-changes', { file, encoding: enc.label, line }, { cause: err });
    }
    for (const text of parts) if (text.indexOf('\u0000') !== -1) throw new ClubError('read.csv-binary', { file });
    let out: RawRow[] = [];
    for (const text of parts) {
      for (let stopped = splitter.push(text, out, BATCH_ROWS); stopped; stopped = splitter.more(out, BATCH_ROWS)) {
        yield out;
        out = [];
      }
    }
    if (out.length > 0) yield out;
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch (err) {
    throw new ClubError('read.csv-encoding-changes', { file, encoding: enc.label, line: splitter.linesBefore() + 1 }, { cause: err });
  }
  const out: RawRow[] = [];
  splitter.push(rest, out);
  splitter.end(out);
  if (out.length > 0) yield out;
}

/**
 * The sample the encoding is decided on: the first megabyte, or when the file begins with ASCII
 * only, the megabyte from the start of the line holding the first non-ASCII byte (everything
 * before it is ASCII, so that is a character boundary in UTF-8 and GBK alike).
 */
async function sampleOf(source: ByteSource, size: number): Promise<{ sample: Uint8Array; atStart: boolean; final: boolean }> {
  // Copies of the pieces (a source may read into the same buffer again), joined once at the end.
  let acc: Buffer[] = [];
  let accLength = 0;
  const keep = (bytes: Uint8Array, fresh: boolean) => {
    if (fresh) {
      acc = [];
      accLength = 0;
    }
    acc.push(Buffer.from(bytes));
    accLength += bytes.length;
  };
  let accStart = 0;
  let found = false;
  let read = 0;
  for await (const chunk of source()) {
    read += chunk.length;
    if (!found) {
      const at = firstNonAscii(chunk);
      if (at < 0) {
        // All ASCII so far: keep only the current line's start (for the sample's context).
        const lf = chunk.lastIndexOf(LF);
        if (lf >= 0) {
          accStart = read - chunk.length + lf + 1;
          keep(chunk.subarray(lf + 1), true);
        } else if (accLength < CHUNK_BYTES) keep(chunk, false);
        else {
          accStart = read - chunk.length;
          keep(chunk, true);
        }
        continue;
      }
      found = true;
      const lf = chunk.lastIndexOf(LF, at);
      if (lf >= 0) {
        accStart = read - chunk.length + lf + 1;
        keep(chunk.subarray(lf + 1), true);
      } else keep(chunk, false);
    } else keep(chunk, false);
    if (accLength >= CHUNK_BYTES) return { sample: Buffer.concat(acc).subarray(0, CHUNK_BYTES), atStart: accStart === 0, final: false };
  }
  return { sample: Buffer.concat(acc), atStart: accStart === 0, final: read >= size };
}

/** The one-sheet RawWorkbook of a CSV file (sheet name null). */
function csvWorkbook(display: string, encoding: CsvEncoding, source: ByteSource): RawWorkbook {
  const notes: ReadNote[] = [];
  const sheet: RawSheet = {
    name: null,
    notes,
    rowBatches: () => rowBatches(source, encoding, display, notes),
    rows: async function* () {
      for await (const batch of rowBatches(source, encoding, display, notes)) yield* batch;
    },
  };
  return { file: display, kind: 'csv', encoding: encoding.name, sheets: [sheet] };
}

/** Opens a CSV file as a one-sheet RawWorkbook; `bytes`: the whole file when already read. */
export async function openCsv(path: string, display: string, size: number, _head: Uint8Array, bytes?: Buffer): Promise<RawWorkbook> {
  if (size > MAX_CSV_BYTES) throw new ClubError('read.csv-too-large', { file: display, size, max: MAX_CSV_BYTES });
  if (!bytes && size <= SMALL_CSV_BYTES) bytes = await readFile(path);
  if (bytes) {
    const whole = bytes;
    const encoding = chooseCsvEncoding(display, whole);
    return csvWorkbook(display, encoding, async function* () {
      for (let at = 0; at < whole.length; at += READ_BYTES) yield whole.subarray(at, at + READ_BYTES);
    });
  }
  return csvFromSource(fileChunks(path), size, display);
}

/** A CSV given as a source of its bytes in pieces (a big file's megabytes; tests' small pieces). */
export async function csvFromSource(source: () => AsyncIterable<Uint8Array>, size: number, display: string): Promise<RawWorkbook> {
  const { sample, atStart, final } = await sampleOf(source, size);
  return csvWorkbook(display, chooseCsvEncoding(display, sample, { atStart, final, size }), source);
}
