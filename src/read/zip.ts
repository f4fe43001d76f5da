/**
 * A small zip reader for xlsx packages: central-directory parser over node:fs and node:zlib,
 * with POI-style bomb guards checked on the declared sizes before inflating and enforced on the
 * bytes actually inflated. Entry names are normalised (backslashes to slashes, no leading slash)
 * and looked up case-insensitively, as OPC part names are.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { constants as zlibConstants, createInflateRaw, inflateRawSync } from 'node:zlib';
import { crc32 } from './crc32.js';
import { centralRecord, endRecordAt, startsRecord } from '../zip/central-directory.js';
import { ClubError } from '../errors.js';
import {
  MAX_PART_BYTES,
  MAX_TOTAL_BYTES,
  MAX_ZIP_ENTRIES,
  MIN_INFLATE_RATIO,
  RATIO_GRACE_BYTES,
  SMALL_FILE_BYTES,
} from './limits.js';

/** One entry of the central directory. */
export interface ZipEntry {
  /** Normalised name (forward slashes, no leading slash). */
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  /** The CRC-32 the central directory declares for the uncompressed bytes. */
  crc: number;
}

/** Files up to this size are read into memory at once (see ZipArchive.open). */
/** Parts of such files that may inflate to up to this are inflated at once (see ZipArchive.stream). */
const SMALL_PART_BYTES = 8 * 1024 * 1024;

/** How far the inflater may run ahead of the scanner. */
const READ_AHEAD_BYTES = 4 * 1024 * 1024;

const EOCD64_LOCATOR_SIG = 0x07064b50;
const EOCD64_SIG = 0x06064b50;
const LOC_SIG = 0x04034b50;

/** An opened zip file; `close()` it when done (sheets stream from it lazily). */
export class ZipArchive {
  /** Entries by exact name, and by lower-case name (null: two entries differ only in case). */
  private readonly byName = new Map<string, ZipEntry>();
  private readonly byLowerName = new Map<string, ZipEntry | null>();

  private constructor(
    private readonly path: string,
    private readonly display: string,
    readonly entries: ZipEntry[],
    /** The whole file, for a small one: its parts are then served without opening it again. */
    private readonly whole: Buffer | null = null,
  ) {
    for (const e of entries) {
      // Two entries of one name: readers would disagree about which is the sheet.
      if (this.byName.has(e.name)) throw new ClubError('read.duplicate-entry', { file: display, part: e.name });
      this.byName.set(e.name, e);
      const lower = e.name.toLowerCase();
      this.byLowerName.set(lower, this.byLowerName.has(lower) ? null : e);
    }
  }

  /**
   * Reads the central directory; refuses files that are not zips or exceed the entry/total caps.
   * No file handle is kept open: each read opens the file again, so a workbook whose sheets are
   * never streamed leaks nothing.
   */
  static async open(path: string, display: string, size: number, bytes?: Buffer): Promise<ZipArchive> {
    // The file already read whole (a small one): no handle at all.
    if (bytes) return new ZipArchive(path, display, await readCentralDirectory(bufferReader(bytes), bytes.length, display), bytes);
    const handle = await open(path, 'r');
    try {
      const entries = await readCentralDirectory(handleReader(handle), size, display);
      // A center's sheets are small files of a few parts each: one read of the whole file
      // spares an open/read/close per part (a week's 60 files wait on hundreds of them).
      let whole: Buffer | null = null;
      if (size <= SMALL_FILE_BYTES) {
        whole = Buffer.alloc(size);
        const { bytesRead } = await handle.read(whole, 0, size, 0);
        if (bytesRead < size) whole = whole.subarray(0, bytesRead);
      }
      return new ZipArchive(path, display, entries, whole);
    } finally {
      await handle.close();
    }
  }

  /**
   * The entry named `name` (`\` or `/`): the one of exactly that name, else the one whose name
   * differs only in case (OPC part names are case-insensitive), or undefined. When several
   * entries differ from `name` only in case and none is exact, the file is refused as ambiguous.
   */
  entry(name: string): ZipEntry | undefined {
    const n = normaliseName(name);
    const exact = this.byName.get(n);
    if (exact) return exact;
    const folded = this.byLowerName.get(n.toLowerCase());
    if (folded === null) throw new ClubError('read.ambiguous-entry', { file: this.display, part: n });
    return folded;
  }

  /** Refuses `out` (the whole inflated entry) when its CRC-32 or UTF-8 is not what it should be. */
  private checkContent(e: ZipEntry, out: Buffer): Buffer {
    if (out.length !== e.uncompressedSize || crc32(out) !== e.crc) {
      throw new ClubError('read.damaged-part', { file: this.display, part: e.name });
    }
    return out;
  }

  /** The refusal for an entry that inflated past the size cap or the ratio bound. */
  private bomb(e: ZipEntry): ClubError {
    return new ClubError('read.zip-bomb', { file: this.display, part: e.name });
  }

  /** Refuses the entry before inflating when its declared size or ratio is out of bounds. */
  checkDeclared(e: ZipEntry, maxBytes: number): void {
    if (e.method !== 0 && e.method !== 8) {
      throw new ClubError('read.unsupported-zip', { file: this.display, part: `${e.name}: method ${e.method}` });
    }
    if (e.flags & 1) throw new ClubError('read.encrypted', { file: this.display });
    if (e.uncompressedSize > maxBytes) {
      throw new ClubError('read.part-too-large', {
        file: this.display,
        part: e.name,
        size: e.uncompressedSize,
        max: maxBytes,
      });
    }
    if (
      e.method === 8 &&
      e.uncompressedSize > RATIO_GRACE_BYTES &&
      e.compressedSize / e.uncompressedSize < MIN_INFLATE_RATIO
    ) {
      // XML entity declarations ("billion laughs") compress as well as a bomb: named as what they are.
      if (this.startsWithEntities(e)) throw new ClubError('read.doctype', { file: this.display, part: e.name });
      throw new ClubError('read.zip-bomb', { file: this.display, part: e.name });
    }
  }

  /** Whether the first bytes of `e` (at most 1 KB of them inflated) declare a DOCTYPE or entities. */
  private startsWithEntities(e: ZipEntry): boolean {
    try {
      let raw: Buffer;
      const n = Math.min(e.compressedSize, 1024);
      if (this.whole) raw = this.rawFromWhole(this.whole, e).subarray(0, n);
      else {
        const fd = openSync(this.path, 'r');
        try {
          const head = Buffer.alloc(30);
          readSync(fd, head, 0, 30, e.localHeaderOffset);
          raw = Buffer.alloc(n);
          readSync(fd, raw, 0, n, e.localHeaderOffset + 30 + head.readUInt16LE(26) + head.readUInt16LE(28));
        } finally {
          closeSync(fd);
        }
      }
      const text = (e.method === 0 ? raw : inflateRawSync(raw, { finishFlush: zlibConstants.Z_SYNC_FLUSH, maxOutputLength: 2 * 1024 * 1024 })).toString('latin1');
      return /<!(DOCTYPE|ENTITY)/i.test(text);
    } catch {
      return false;
    }
  }

  /**
   * The most bytes `e` may really inflate to: the cap and the ratio bound. Past them it is a zip
   * bomb; past its declared size but within them it is a damaged part (the length and CRC-32
   * checks at its end say so), not a bomb.
   */
  private outputBound(e: ZipEntry, maxBytes: number): number {
    const byRatio = Math.max(RATIO_GRACE_BYTES, Math.ceil(e.compressedSize / MIN_INFLATE_RATIO));
    return Math.min(maxBytes, byRatio);
  }

  /** The entry's raw (compressed) bytes from the file held in memory (same checks as reading it from disk). */
  private rawFromWhole(whole: Buffer, e: ZipEntry): Buffer {
    const head = whole.subarray(e.localHeaderOffset, e.localHeaderOffset + 30);
    if (head.length < 30 || head.readUInt32LE(0) !== LOC_SIG) {
      throw new ClubError('read.damaged', { file: this.display, part: e.name });
    }
    const start = e.localHeaderOffset + 30 + head.readUInt16LE(26) + head.readUInt16LE(28);
    const raw = whole.subarray(start, start + e.compressedSize);
    if (raw.length < e.compressedSize) throw new ClubError('read.damaged', { file: this.display, part: e.name });
    return raw;
  }

  /** Inflates a whole entry within its bound (maxOutputLength enforces it on the bytes really produced). */
  private inflateWhole(raw: Buffer, e: ZipEntry, bound: number): Buffer {
    let out: Buffer;
    try {
      // Output in one buffer of the declared size (and a byte, so that zlib sees room left and
      // stops): zlib's default 16 KB chunks are concatenated at the end, a copy of the whole
      // part and a native call per chunk (~25 ms of the demo center's 4.1 MB of XML). Bounded
      // like the part itself, and never more than a small part: a size declared falsely only
      // costs more chunks, as before.
      const chunkSize = Math.max(64, Math.min(e.uncompressedSize, bound, SMALL_PART_BYTES) + 1);
      out = inflateRawSync(raw, { maxOutputLength: bound + 1, chunkSize });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw this.bomb(e);
      throw new ClubError('read.damaged', { file: this.display, part: e.name }, { cause: err });
    }
    if (out.length > bound) throw this.bomb(e);
    return this.checkContent(e, out);
  }

  /** Where the entry's data starts (after its local header). */
  private async dataStart(handle: FileHandle, e: ZipEntry): Promise<number> {
    const head = Buffer.alloc(30);
    const { bytesRead } = await handle.read(head, 0, 30, e.localHeaderOffset);
    if (bytesRead < 30 || head.readUInt32LE(0) !== LOC_SIG) {
      throw new ClubError('read.damaged', { file: this.display, part: e.name });
    }
    return e.localHeaderOffset + 30 + head.readUInt16LE(26) + head.readUInt16LE(28);
  }

  /** The whole uncompressed entry, for small parts (rels, workbook, styles). */
  async read(e: ZipEntry, maxBytes: number = MAX_PART_BYTES): Promise<Buffer> {
    this.checkDeclared(e, maxBytes);
    if (this.whole) {
      const raw = this.rawFromWhole(this.whole, e);
      return e.method === 0 ? this.checkContent(e, raw) : this.inflateWhole(raw, e, this.outputBound(e, maxBytes));
    }
    const handle = await open(this.path, 'r');
    const raw = Buffer.alloc(e.compressedSize);
    let bytesRead: number;
    try {
      const start = await this.dataStart(handle, e);
      ({ bytesRead } = await handle.read(raw, 0, e.compressedSize, start));
    } finally {
      await handle.close();
    }
    if (bytesRead < e.compressedSize) throw new ClubError('read.damaged', { file: this.display, part: e.name });
    return e.method === 0 ? this.checkContent(e, raw) : this.inflateWhole(raw, e, this.outputBound(e, maxBytes));
  }

  /** The uncompressed entry as a stream of chunks, for sheet parts; the bound is enforced as bytes arrive. */
  async *stream(e: ZipEntry, maxBytes: number): AsyncGenerator<Buffer> {
    this.checkDeclared(e, maxBytes);
    // A small file's part inflated at once when it is small too (a big part is streamed, so
    // that what it inflates to never sits in memory whole).
    if (this.whole && Math.min(e.uncompressedSize, this.outputBound(e, maxBytes)) <= SMALL_PART_BYTES) {
      const raw = this.rawFromWhole(this.whole, e);
      if (e.compressedSize === 0) {
        this.checkContent(e, raw);
        return;
      }
      yield e.method === 0 ? this.checkContent(e, raw) : this.inflateWhole(raw, e, this.outputBound(e, maxBytes));
      return;
    }
    const handle = await open(this.path, 'r');
    let start: number;
    try {
      start = await this.dataStart(handle, e);
    } finally {
      await handle.close();
    }
    const input = createReadStream(this.path, {
      start,
      end: start + Math.max(0, e.compressedSize - 1),
      highWaterMark: 1 << 20,
    });
    if (e.compressedSize === 0) {
      input.destroy();
      this.checkContent(e, Buffer.alloc(0));
      return;
    }
    // The CRC-32 of what was produced, checked at the end (zlib.crc32 is native: a few ms per 100 MB).
    let crc = 0;
    let length = 0;
    if (e.method === 0) {
      try {
        for await (const chunk of input) {
          crc = crc32(chunk as Buffer, crc);
          length += (chunk as Buffer).length;
          yield chunk as Buffer;
        }
      } finally {
        input.destroy();
      }
      if (crc !== e.crc || length !== e.uncompressedSize) throw new ClubError('read.damaged-part', { file: this.display, part: e.name });
      return;
    }
    const bound = this.outputBound(e, maxBytes);
    // Chunks are taken from 'data' events into a small queue: the inflater keeps working (in the
    // thread pool) while the caller scans, and no chunk is copied (a stream's async iterator
    // would concatenate everything buffered on every read). 256 KB chunks: megabyte ones cut
    // zlib's per-chunk callbacks on the main thread (~0.26 -> ~0.07 s a 270 MB sheet) but put
    // ~10 MB on the peak RSS of a 1M-row check (168 -> 178-182 MB, three runs each).
    const inflater = createInflateRaw({ chunkSize: 256 * 1024 });
    const queue: Buffer[] = [];
    let queued = 0;
    let produced = 0;
    let ended = false;
    let failure: unknown = null;
    let wake: (() => void) | null = null;
    const signal = () => {
      const w = wake;
      wake = null;
      w?.();
    };
    inflater.on('data', (chunk: Buffer) => {
      produced += chunk.length;
      if (produced > bound) {
        failure = this.bomb(e);
        inflater.destroy();
      } else {
        queue.push(chunk);
        queued += chunk.length;
        if (queued > READ_AHEAD_BYTES) inflater.pause();
      }
      signal();
    });
    inflater.on('end', () => {
      ended = true;
      signal();
    });
    inflater.on('error', (err) => {
      failure ??= err;
      signal();
    });
    input.on('error', (err) => {
      failure ??= err;
      signal();
    });
    input.pipe(inflater);
    try {
      for (;;) {
        const chunk = queue.shift();
        if (chunk !== undefined) {
          queued -= chunk.length;
          crc = crc32(chunk, crc);
          if (queued < READ_AHEAD_BYTES / 2 && inflater.isPaused()) inflater.resume();
          yield chunk;
          continue;
        }
        if (failure !== null) {
          if (failure instanceof ClubError) throw failure;
          throw new ClubError('read.damaged', { file: this.display, part: e.name }, { cause: failure });
        }
        if (ended) {
          if (crc !== e.crc || produced !== e.uncompressedSize) throw new ClubError('read.damaged-part', { file: this.display, part: e.name });
          return;
        }
        await new Promise<void>((resolve) => (wake = resolve));
      }
    } finally {
      input.destroy();
      inflater.destroy();
    }
  }
}

/** `xl\worksheets\sheet1.xml` and `/xl/...` name the same part as `xl/worksheets/sheet1.xml`. */
export function normaliseName(name: string): string {
  let n = name.replace(/\\/g, '/');
  while (n.startsWith('/')) n = n.slice(1);
  return n;
}

/** Reads `length` bytes at `position` into `buffer` (fewer past the end, the rest left zero). */
type ReadAt = (buffer: Buffer, length: number, position: number) => Promise<void>;

function handleReader(handle: FileHandle): ReadAt {
  return async (buffer, length, position) => {
    await handle.read(buffer, 0, length, position);
  };
}

function bufferReader(bytes: Buffer): ReadAt {
  return async (buffer, length, position) => {
    if (position < bytes.length) bytes.copy(buffer, 0, position, Math.min(bytes.length, position + length));
  };
}

async function readCentralDirectory(read: ReadAt, size: number, display: string): Promise<ZipEntry[]> {
  try {
    return await parseCentralDirectory(read, size, display);
  } catch (err) {
    // A record cut short (a buffer read past its end: ERR_OUT_OF_RANGE) is a damaged zip, not an I/O fault.
    if ((err as NodeJS.ErrnoException).code === 'ERR_OUT_OF_RANGE' || err instanceof RangeError) {
      throw new ClubError('read.damaged', { file: display, part: '(zip directory)' }, { cause: err });
    }
    throw err;
  }
}

async function parseCentralDirectory(read: ReadAt, size: number, display: string): Promise<ZipEntry[]> {
  const notZip = () => new ClubError('read.not-spreadsheet', { file: display });
  if (size < 22) throw notZip();
  // The end record sits in the last 22 bytes + up to 64 KiB of comment.
  const tailLen = Math.min(size, 22 + 0xffff + 20);
  const tail = Buffer.alloc(tailLen);
  await read(tail, tailLen, size - tailLen);
  const eocd = endRecordAt(tail);
  if (eocd < 0) throw notZip();
  let count = tail.readUInt16LE(eocd + 10);
  let cdSize = tail.readUInt32LE(eocd + 12);
  let cdOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc >= 0 && tail.readUInt32LE(loc) === EOCD64_LOCATOR_SIG) {
      const eocd64Offset = Number(tail.readBigUInt64LE(loc + 8));
      const rec = Buffer.alloc(56);
      await read(rec, 56, eocd64Offset);
      if (rec.readUInt32LE(0) !== EOCD64_SIG) throw notZip();
      count = Number(rec.readBigUInt64LE(32));
      cdSize = Number(rec.readBigUInt64LE(40));
      cdOffset = Number(rec.readBigUInt64LE(48));
    }
  }
  if (count > MAX_ZIP_ENTRIES) {
    throw new ClubError('read.too-many-entries', { file: display, count, max: MAX_ZIP_ENTRIES });
  }
  if (cdOffset + cdSize > size || cdSize > 64 * 1024 * 1024) throw notZip();
  const cd = Buffer.alloc(cdSize);
  await read(cd, cdSize, cdOffset);
  const entries: ZipEntry[] = [];
  let total = 0;
  let p = 0;
  while (startsRecord(cd, p)) {
    if (entries.length >= MAX_ZIP_ENTRIES) {
      throw new ClubError('read.too-many-entries', { file: display, count: `> ${MAX_ZIP_ENTRIES}`, max: MAX_ZIP_ENTRIES });
    }
    const { name, method, flags, compressedSize, uncompressedSize, localHeaderOffset, crc, next } = centralRecord(cd, p);
    if (localHeaderOffset + compressedSize > size) throw notZip();
    total += uncompressedSize;
    if (total > MAX_TOTAL_BYTES) {
      throw new ClubError('read.part-too-large', { file: display, part: '(all parts)', size: total, max: MAX_TOTAL_BYTES });
    }
    entries.push({ name: normaliseName(name), method, flags, compressedSize, uncompressedSize, localHeaderOffset, crc });
    p = next;
  }
  if (entries.length === 0) throw notZip();
  return entries;
}
