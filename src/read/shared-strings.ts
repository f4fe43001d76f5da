/**
 * The shared-strings table of a workbook, held as its UTF-8 bytes in one arena with an offset
 * per item, not as a JS string per item. A call log typed by hand in Excel makes every phone a
 * shared string: a million strings of ~30 bytes each on the V8 heap (copied twice by the
 * collector on their way to the old generation), where the arena holds their 11 bytes plus 8.
 * An item's text is made when a cell uses it: the first use gets a fresh string (a phone, used
 * once, is a number in the call store a moment later), a second use keeps it, so a name or a
 * choice word used a million times is one string. Only text that reads as itself is held as
 * bytes - no `&` (entities), CR (line-end normalisation) or `_` (OOXML `_xHHHH_` escapes), the
 * rule of the inline-string interning - so the text made is exactly what decoding the XML gives;
 * other items (rich text with such runs, escapes) are decoded once and kept as text.
 */
import { MAX_CELL_CHARS } from './limits.js';
import { utf8Text } from './utf8-text.js';

/** Whether bytes read as themselves (see the module comment). */
function isPlain(b: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = b[i]!;
    if (c === 38 /* & */ || c === 13 || c === 95 /* _ */) return false;
  }
  return true;
}

/** Arena blocks of 1 MB: an item never spans two, so the arena grows without copying. */
const BLOCK_BITS = 20;
const BLOCK_BYTES = 1 << BLOCK_BITS;
/** Per-item columns in chunks of 64K items, for the same reason. */
const CHUNK_BITS = 16;
const CHUNK_ITEMS = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK_ITEMS - 1;
/**
 * The first block and the first chunks start this small and double (copied: their addresses
 * and indexes stay) up to the full size: a center's sheet has a table of a few KB, and 1.5 MB
 * allocated per workbook (34 of them in the demo center's week: 51 MB of buffers that V8
 * counts towards its next full collection) cost more than the reading of the table itself.
 */
const FIRST_BLOCK_BYTES = 16 * 1024;
const FIRST_CHUNK_ITEMS = 1024;

/** A workbook's shared strings: items added in order while the part is scanned, then read by index. */
export class SharedStrings {
  private readonly blocks: Buffer[] = [];
  /** Where the next byte goes, as an address over the blocks (block = address >>> BLOCK_BITS). */
  private used = 0;
  /** Where the item being built starts (its pending bytes run from here to `used`). */
  private start = 0;
  /**
   * Per item, in chunks: where its bytes end. They start where the previous item's end, or at
   * the start of its own block when it did not fit in the rest of the previous one.
   */
  private readonly ends: Uint32Array[] = [];
  /**
   * Per item, in chunks: 0 never used, -1 used once, k > 0 its text is `texts[k - 1]` (an item
   * held as text, an empty one - null - or one used twice).
   */
  private readonly slots: Int32Array[] = [];
  private readonly texts: (string | null)[] = [null];
  private count = 0;
  /** Indexes of items longer than Excel's cell limit (null: none). */
  private long: Set<number> | null = null;

  /** Items held. */
  get length(): number {
    return this.count;
  }

  /** The table of `items` (tests, and tables built from text). */
  static of(items: readonly (string | null)[]): SharedStrings {
    const table = new SharedStrings();
    for (const s of items) table.addText(s ?? '');
    return table;
  }

  /**
   * Adds `b[from, to)` to the item being built when they read as themselves; false (nothing
   * added) when they do not, or the item would not fit in a block, and the caller goes on with
   * text.
   */
  appendPlain(b: Uint8Array, from: number, to: number): boolean {
    const len = to - from;
    const pending = this.used - this.start;
    if (pending + len > BLOCK_BYTES || !isPlain(b, from, to)) return false;
    if (this.blocks.length === 0) this.blocks.push(Buffer.allocUnsafeSlow(FIRST_BLOCK_BYTES));
    const last = this.blocks.length - 1;
    if (last === 0 && this.used + len > this.blocks[0]!.length && this.blocks[0]!.length < BLOCK_BYTES) {
      // The first block, still small: doubled (to the full size at most) where it is.
      let size = this.blocks[0]!.length * 2;
      while (size < this.used + len && size < BLOCK_BYTES) size *= 2;
      const grown = Buffer.allocUnsafeSlow(Math.min(size, BLOCK_BYTES));
      this.blocks[0]!.copy(grown, 0, 0, this.used);
      this.blocks[0] = grown;
    }
    if (this.used + len > (last + 1) * BLOCK_BYTES) {
      // Not in the rest of this block: the item moves to the start of a new one.
      const block = Buffer.allocUnsafeSlow(BLOCK_BYTES);
      if (pending > 0) this.blocks[last]!.copy(block, 0, this.start - last * BLOCK_BYTES, this.used - last * BLOCK_BYTES);
      this.start = this.blocks.length * BLOCK_BYTES;
      this.blocks.push(block);
      this.used = this.start + pending;
    }
    const current = this.blocks.length - 1;
    const block = this.blocks[current]!;
    const at = this.used - current * BLOCK_BYTES;
    // A phone or a name is a few bytes: copied byte by byte, not through a subarray (a new
    // Buffer object per item, a million of them).
    if (len <= 64) for (let i = 0; i < len; i++) block[at + i] = b[from + i]!;
    else block.set(b.subarray(from, to), at);
    this.used += len;
    return true;
  }

  private blockOf(address: number): Buffer {
    return this.blocks[address >>> BLOCK_BITS]!;
  }

  /** Bytes [from, to) of one block as text. */
  private text(from: number, to: number): string {
    const offset = from & ~(BLOCK_BYTES - 1);
    return utf8Text(this.blockOf(from), from - offset, to - offset);
  }

  /** The pending bytes of the item being built as text, taken out of the arena. */
  takePending(): string {
    const text = this.used > this.start ? this.text(this.start, this.used) : '';
    this.used = this.start;
    return text;
  }

  /** Ends the item being built with its pending bytes as its text (none: an empty item). */
  commitPending(): void {
    if (this.used === this.start) return this.push(1);
    // UTF-16 is never longer than UTF-8: only an item of more bytes than the limit can exceed it.
    if (this.used - this.start > MAX_CELL_CHARS && this.text(this.start, this.used).length > MAX_CELL_CHARS) {
      (this.long ??= new Set()).add(this.count);
    }
    this.push(0);
  }

  /** Adds an item held as text (decoded already); '' is an empty item. Drops any pending bytes. */
  addText(text: string): void {
    this.used = this.start;
    if (text.length === 0) return this.push(1);
    if (text.length > MAX_CELL_CHARS) (this.long ??= new Set()).add(this.count);
    this.texts.push(text);
    this.push(this.texts.length);
  }

  private push(slot: number): void {
    const i = this.count;
    const k = i & CHUNK_MASK;
    if (k === 0) {
      const n = i === 0 ? FIRST_CHUNK_ITEMS : CHUNK_ITEMS;
      this.ends.push(new Uint32Array(n));
      this.slots.push(new Int32Array(n));
    } else if (k === this.ends[0]!.length && i < CHUNK_ITEMS) {
      // The first chunks, still small: doubled where they are.
      const ends = new Uint32Array(k * 2);
      ends.set(this.ends[0]!);
      this.ends[0] = ends;
      const slots = new Int32Array(k * 2);
      slots.set(this.slots[0]!);
      this.slots[0] = slots;
    }
    this.ends[i >>> CHUNK_BITS]![k] = this.used;
    this.slots[i >>> CHUNK_BITS]![k] = slot;
    this.count = i + 1;
    this.start = this.used;
  }

  /** Item `i`'s text (0 <= i < length), null when empty. */
  get(i: number): string | null {
    const k = i & CHUNK_MASK;
    const slots = this.slots[i >>> CHUNK_BITS]!;
    const slot = slots[k]!;
    if (slot > 0) return this.texts[slot - 1]!;
    const end = this.ends[i >>> CHUNK_BITS]![k]!;
    const prev = i === 0 ? 0 : this.ends[(i - 1) >>> CHUNK_BITS]![(i - 1) & CHUNK_MASK]!;
    const text = this.text(Math.max(prev, (end - 1) & ~(BLOCK_BYTES - 1)), end);
    if (slot === 0) slots[k] = -1;
    else {
      this.texts.push(text);
      slots[k] = this.texts.length;
    }
    return text;
  }

  /**
   * What `parse` makes of item `i`'s bytes (0 <= i < length; see RawSheet.numberColumn), or NaN
   * when the item is held as text: no text made, and the item's use not counted.
   */
  numberOf(i: number, parse: (b: Uint8Array, from: number, to: number) => number): number {
    const k = i & CHUNK_MASK;
    if (this.slots[i >>> CHUNK_BITS]![k]! > 0) return Number.NaN;
    const end = this.ends[i >>> CHUNK_BITS]![k]!;
    const prev = i === 0 ? 0 : this.ends[(i - 1) >>> CHUNK_BITS]![(i - 1) & CHUNK_MASK]!;
    const from = Math.max(prev, (end - 1) & ~(BLOCK_BYTES - 1));
    const offset = from & ~(BLOCK_BYTES - 1);
    return parse(this.blockOf(from), from - offset, end - offset);
  }

  /** Whether item `i` is longer than Excel's cell limit (cut and noted when a cell uses it). */
  isLong(i: number): boolean {
    return this.long !== null && this.long.has(i);
  }

  /** Every item's text, in order (tests). */
  toArray(): (string | null)[] {
    return Array.from({ length: this.count }, (_, i) => this.get(i));
  }
}
