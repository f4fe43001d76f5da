/**
 * The worksheet reader: turns a sheet part's UTF-8 bytes, fed chunk by chunk, into RawRows.
 * Built for a million-row calls sheet, so it works on BYTES rather than decoded text (a sheet is
 * almost all ASCII markup): tag names are recognised by a hash of their local name (any prefix),
 * numbers and shared-string indexes are parsed straight from the bytes, and only real text
 * (inline strings, formula strings) is decoded - always whole tokens, so a multi-byte character
 * split across chunks is joined before decoding. No regex and no objects per cell beyond the
 * row's cells array; empty rows are dropped. Structure is still checked (balanced tags by name
 * hash, one root, nothing but blanks outside it, no DOCTYPE), so a damaged sheet is refused.
 */
import { ClubError } from '../errors.js';
import { decodeOoxmlEscapes, decodeXmlText } from './xml-scan.js';
import { FormatKind } from './number-format.js';
import { isoCellDate, serialToIso } from './excel-serial.js';
import { MAX_CELL_CHARS, MAX_COLUMNS, MAX_MERGES, MAX_ROWS } from './limits.js';
import { SharedStrings } from './shared-strings.js';
import { utf8Text } from './utf8-text.js';
import type { CellDate, CellValue, NumberColumn, RawRow, ReadNote } from './types.js';

/** Hash of an element's local name, as the scanner computes it byte by byte. */
function nameHash(name: string): number {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (Math.imul(h, 31) + name.charCodeAt(i)) | 0;
  return h;
}

const H_C = nameHash('c');
const H_V = nameHash('v');
const H_ROW = nameHash('row');
const H_IS = nameHash('is');
const H_T = nameHash('t');
const H_RPH = nameHash('rPh');
const H_MERGE = nameHash('mergeCell');
const H_SI = nameHash('si');
const H_DIMENSION = nameHash('dimension');

/** Cell types (`t=`), as small ints so finishing a cell is a switch on a number. */
const enum CellType {
  Number,
  Shared,
  FormulaString,
  Inline,
  Bool,
  Error,
  IsoDate,
  /** A text cell of the number column that gave a number (`given`). */
  Given,
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const COLON = 58;
const EQ = 61;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

function startsWithAscii(b: Uint8Array, at: number, s: string): boolean {
  if (at + s.length > b.length) return false;
  for (let i = 0; i < s.length; i++) if (b[at + i] !== s.charCodeAt(i)) return false;
  return true;
}

function indexOfAscii(b: Uint8Array, s: string, from: number): number {
  const first = s.charCodeAt(0);
  for (let i = from; i + s.length <= b.length; i++) {
    if (b[i] === first && startsWithAscii(b, i, s)) return i;
  }
  return -1;
}

/** Whether `b` holds the bytes of `tags` at `at` (the caller has checked they fit). */
function bytesAt(b: Uint8Array, at: number, tags: Uint8Array): boolean {
  for (let i = 0; i < tags.length; i++) if (b[at + i] !== tags[i]) return false;
  return true;
}

const V_CLOSE_C = Buffer.from('</v></c>', 'latin1');
const IS_T = Buffer.from('<is><t>', 'latin1');
const T_CLOSE_IS_C = Buffer.from('</t></is></c>', 'latin1');
const T_CLOSE_SI = Buffer.from('</t></si>', 'latin1');

/** What a sheet reader needs from its workbook. */
export interface SheetContext {
  file: string;
  part: string;
  sheetName: string;
  /** Shared strings (over-long ones are cut and noted when used). */
  sharedStrings: SharedStrings;
  styleKinds: Uint8Array;
  date1904: boolean;
  notes: ReadNote[];
}

const EMPTY = Buffer.alloc(0);

/** Deepest element nesting accepted (SpreadsheetML needs about 10; deeper is hostile or broken). */
const MAX_DEPTH = 256;

/**
 * Scans one worksheet part (completed non-empty rows accumulate in `out` until taken) or, given
 * `sharedStringsPart`, the shared-strings part (items accumulate in `strings`): `<si>` and a
 * cell's `<is>` are the same rich-text type, read the same way (runs joined, `<rPh>` skipped).
 */
export class SheetScanner {
  /** Completed rows not yet handed out. */
  out: RawRow[] = [];
  /** The last row of the sheet's `<dimension ref="A1:I1000">` (see RawSheet.rowsHint), 0 when none. */
  dimensionRows = 0;
  /** RawSheet.numberColumn: set (or changed) between pushes. */
  numberColumn: NumberColumn | null = null;
  /** Shared-string items, when scanning the shared-strings part. */
  readonly strings = new SharedStrings();
  private carry: Buffer = EMPTY;
  /** Name hashes of the open elements (a typed array: pushed and popped for every tag). */
  private readonly stack = new Int32Array(MAX_DEPTH);
  private depth = 0;
  private rootSeen = false;
  private rootClosed = false;
  private started = false;

  private rowNum = 0;
  private lastRow = 0;
  /**
   * The open row's cells, built in a scratch array reused from row to row and copied out at the
   * row's end at its exact length: an array grown by push from empty has room for 17 cells, so
   * a 9-column row carried ~60 bytes of empty slots into the young generation.
   */
  private readonly scratch: CellValue[] = [];
  /** How many cells of `scratch` the open row has (0: none yet, the row is dropped). */
  private cellCount = 0;
  private col = -1;
  private inCell = false;
  private cellType = CellType.Number;
  private cellStyle = 0;
  /** The number of a CellType.Given cell. */
  private given = 0;
  /** <v> text: a byte range of `vBuf` while it is one piece, else accumulated in vStr. */
  private inV = false;
  private vBuf: Buffer | null = null;
  private vStart = 0;
  private vEnd = 0;
  private vStr: string | null = null;
  /** Inline string state: inside <is>, collecting <t> text, phonetic depth. */
  private inIs = false;
  private inT = false;
  private phonetic = 0;
  private isText: string | null = null;
  private merges = 0;
  private readonly dateCache: Map<number, CellDate | null>[] = [];
  /**
   * Short inline strings interned by their bytes (InlineIntern), made at the first inline text:
   * most sheets have none, and the table is 1 MB to allocate and clear (~100 scanners a center's week).
   */
  private intern: InlineIntern | null = null;

  constructor(private readonly ctx: SheetContext) {}

  /** Scans the next chunk of the part's bytes. */
  push(chunk: Buffer): void {
    let b = chunk;
    let from = 0;
    if (this.carry.length > 0) {
      // Finish the token cut at the chunk boundary by joining the carry with the new chunk up to
      // its first '>', rather than copying the whole chunk; fall back to a full join when that
      // is not enough (a comment or CDATA spanning further).
      const gt = chunk.indexOf(GT);
      if (gt !== -1 && this.started) {
        const head = Buffer.concat([this.carry, chunk.subarray(0, gt + 1)]);
        const stop = this.scan(head, 0, false);
        if (stop === head.length) {
          from = gt + 1;
        } else {
          b = Buffer.concat([head.subarray(stop), chunk.subarray(gt + 1)]);
        }
      } else {
        b = Buffer.concat([this.carry, chunk]);
      }
      this.carry = EMPTY;
    }
    if (!this.started) {
      // A UTF-8 BOM may arrive split across the first chunks: wait until it can be told.
      const bom = [0xef, 0xbb, 0xbf];
      const k = Math.min(3, b.length);
      if (bom.slice(0, k).every((x, i) => b[i] === x)) {
        if (k < 3) {
          this.carry = b;
          return;
        }
        from = 3;
      }
      this.started = true;
    }
    const stop = this.scan(b, from, false);
    this.carry = stop < b.length ? b.subarray(stop) : EMPTY;
  }

  /** Ends the part: anything incomplete, or a missing/unclosed root, is damage. */
  end(): void {
    if (this.carry.length > 0) {
      const b = this.carry;
      this.carry = EMPTY;
      if (this.scan(b, 0, true) < b.length) this.fail();
    }
    if (!this.rootSeen || !this.rootClosed) this.fail();
  }

  private fail(): never {
    throw new ClubError('read.damaged', { file: this.ctx.file, part: this.ctx.part });
  }

  /** Scans whole tokens of `b` from `from`; returns where the first incomplete token starts. */
  private scan(b: Buffer, from: number, final: boolean): number {
    const n = b.length;
    const stack = this.stack;
    let depth = this.depth;
    let pos = from;
    while (pos < n) {
      let lt = pos;
      while (lt < n && b[lt] !== LT) lt++;
      if (lt > pos) {
        if (this.inV || this.inT) {
          if (lt >= n) return final ? this.fail() : pos;
          this.addText(b, pos, lt, false);
        } else if (depth === 0) {
          for (let i = pos; i < lt; i++) if (!isSpace(b[i]!)) this.fail();
        }
        if (lt >= n) return n;
      }
      if (lt + 1 >= n) return final ? this.fail() : lt;
      const c1 = b[lt + 1]!;
      if (c1 === SLASH) {
        let p = lt + 2;
        let h = 0;
        for (; p < n; p++) {
          const c = b[p]!;
          if (c === GT || isSpace(c)) break;
          h = c === COLON ? 0 : (Math.imul(h, 31) + c) | 0;
        }
        while (p < n && b[p] !== GT) p++;
        if (p >= n) return final ? this.fail() : lt;
        if (depth === 0 || stack[--depth] !== h) this.fail();
        this.depth = depth;
        if (depth === 0) this.rootClosed = true;
        this.endTag(h);
        pos = p + 1;
        continue;
      }
      if (c1 === 63 /* ? */) {
        const end = indexOfAscii(b, '?>', lt + 2);
        if (end === -1) return final ? this.fail() : lt;
        pos = end + 2;
        continue;
      }
      if (c1 === 33 /* ! */) {
        if (lt + 9 > n && !final) return lt;
        if (startsWithAscii(b, lt, '<!--')) {
          const end = indexOfAscii(b, '-->', lt + 4);
          if (end === -1) return final ? this.fail() : lt;
          pos = end + 3;
          continue;
        }
        if (startsWithAscii(b, lt, '<![CDATA[')) {
          const end = indexOfAscii(b, ']]>', lt + 9);
          if (end === -1) return final ? this.fail() : lt;
          if (depth === 0) this.fail();
          if (this.inV || this.inT) this.addText(b, lt + 9, end, true);
          pos = end + 3;
          continue;
        }
        if (startsWithAscii(b, lt, '<!DOCTYPE') || startsWithAscii(b, lt, '<!doctype')) {
          throw new ClubError('read.doctype', { file: this.ctx.file, part: this.ctx.part });
        }
        this.fail();
      }
      // Start tag: local-name hash, then attributes (quote-aware; r/t/s of cells and rows read here).
      let p = lt + 1;
      let h = 0;
      for (; p < n; p++) {
        const c = b[p]!;
        if (c === 32 || c === GT || c === SLASH || c === 10 || c === 9 || c === 13) break;
        h = c === COLON ? 0 : (Math.imul(h, 31) + c) | 0;
      }
      if (p >= n) return final ? this.fail() : lt;
      if (p === lt + 1) this.fail();
      const isCell = h === H_C;
      const isRow = h === H_ROW;
      let col = -1;
      let type = CellType.Number;
      let style = 0;
      let rowAttr = -1;
      let selfClosing = false;
      let tagEnd = -1;
      while (p < n) {
        const c = b[p]!;
        if (c === GT) {
          tagEnd = p;
          break;
        }
        if (isSpace(c)) {
          p++;
          continue;
        }
        if (c === SLASH) {
          if (p + 1 >= n) break;
          if (b[p + 1] !== GT) this.fail();
          tagEnd = p;
          selfClosing = true;
          break;
        }
        const nameStart = p;
        while (p < n && b[p] !== EQ && !isSpace(b[p]!) && b[p] !== GT) p++;
        const nameLen = p - nameStart;
        while (p < n && isSpace(b[p]!)) p++;
        if (p >= n) break;
        if (b[p] !== EQ) this.fail();
        p++;
        while (p < n && isSpace(b[p]!)) p++;
        if (p >= n) break;
        const quote = b[p]!;
        if (quote !== 34 && quote !== 39) this.fail();
        const vs = p + 1;
        let ve = vs;
        while (ve < n && b[ve] !== quote) ve++;
        if (ve >= n) break;
        if (nameLen === 1 && (isCell || isRow)) {
          const a = b[nameStart]!;
          if (a === 114 /* r */) {
            if (isCell) {
              col = 0;
              for (let i = vs; i < ve; i++) {
                const ch = b[i]! | 0x20;
                if (ch < 97 || ch > 122) break;
                col = col * 26 + (ch - 96);
              }
              col -= 1;
            } else {
              rowAttr = 0;
              for (let i = vs; i < ve; i++) {
                const d = b[i]! - 48;
                if (d < 0 || d > 9) {
                  rowAttr = -1;
                  break;
                }
                rowAttr = rowAttr * 10 + d;
              }
            }
          } else if (isCell && a === 116 /* t */) {
            type = cellTypeOf(b, vs, ve);
          } else if (isCell && a === 115 /* s */) {
            for (let i = vs; i < ve; i++) style = style * 10 + (b[i]! - 48);
          }
        }
        p = ve + 1;
      }
      if (tagEnd === -1) return final ? this.fail() : lt;
      if (this.rootClosed) this.fail();
      this.rootSeen = true;
      if (selfClosing) {
        if (depth === 0) this.rootClosed = true;
      } else {
        if (depth === MAX_DEPTH) this.fail();
        stack[depth++] = h;
        this.depth = depth;
      }
      if (isCell) {
        this.openCell(col, type, style, selfClosing);
        pos = selfClosing ? tagEnd + 2 : tagEnd + 1;
        if (!selfClosing && !this.inT) {
          const after = this.wholeCell(b, pos, n, depth);
          if (after !== -1) {
            this.depth = --depth;
            if (depth === 0) this.rootClosed = true;
            pos = after;
          }
        }
        continue;
      }
      if (isRow) this.openRow(rowAttr, selfClosing);
      else if (h === H_DIMENSION) this.dimensionRows = dimensionRows(b, lt, tagEnd);
      else if (!selfClosing) this.startTag(h);
      else if (h === H_MERGE) this.countMerge();
      else if (h === H_SI) this.strings.addText('');
      pos = selfClosing ? tagEnd + 2 : tagEnd + 1;
      if (h === H_SI && !selfClosing) {
        const after = this.wholeItem(b, pos, n, depth);
        if (after !== -1) {
          this.depth = --depth;
          if (depth === 0) this.rootClosed = true;
          pos = after;
        }
      }
    }
    return n;
  }

  /**
   * Nearly every cell is `<c ...><v>TEXT</v></c>` or `<c ...><is><t>TEXT</t></is></c>`: read
   * whole from `pos` (just after the open `<c>`, `depth` counting it), doing what the generic
   * path does for those tags - the inner elements pushed and popped, the text one addText, the
   * cell closed - without scanning and hashing each tag. Returns where the cell ends, or -1
   * (nothing done) for anything else: a prefix, attributes, a formula, CDATA, a comment, a
   * tag cut at the chunk's end, depth near the limit; the generic path reads those.
   */
  private wholeCell(b: Buffer, pos: number, n: number, depth: number): number {
    if (pos + 7 > n || b[pos] !== LT) return -1;
    if (b[pos + 1] === 118 /* v */ && b[pos + 2] === GT && depth < MAX_DEPTH) {
      const from = pos + 3;
      let t = from;
      while (t < n && b[t] !== LT) t++;
      if (!(t + 8 <= n && bytesAt(b, t, V_CLOSE_C))) return -1;
      if (t > from) {
        this.vBuf = b;
        this.vStart = from;
        this.vEnd = t;
      }
      this.closeCell();
      return t + V_CLOSE_C.length;
    }
    if (b[pos + 1] === 105 /* i */ && bytesAt(b, pos, IS_T) && depth + 1 < MAX_DEPTH) {
      const from = pos + IS_T.length;
      let t = from;
      while (t < n && b[t] !== LT) t++;
      if (!(t + T_CLOSE_IS_C.length <= n && bytesAt(b, t, T_CLOSE_IS_C))) return -1;
      const numbers = this.numberColumn;
      if (numbers !== null && this.col === numbers.column) {
        // The number column's text as its number, straight from the bytes (a million phones
        // of an inline sheet neither decoded nor interned).
        const v = numbers.parse(b, from, t);
        if (v === v) {
          this.cellType = CellType.Given;
          this.given = v;
          this.closeCell();
          return t + T_CLOSE_IS_C.length;
        }
      }
      this.inIs = true;
      this.isText = '';
      this.phonetic = 0;
      this.inT = true;
      if (t > from) this.addText(b, from, t, false);
      this.inT = false;
      this.inIs = false;
      this.closeCell();
      return t + T_CLOSE_IS_C.length;
    }
    return -1;
  }

  /**
   * Nearly every shared-strings item is `<si><t>TEXT</t></si>`: read whole from `pos` (just
   * after the open `<si>`, `depth` counting it), doing what the generic path does for the `<t>`
   * and the two end tags, as wholeCell does for cells. -1 (nothing done) for anything else.
   */
  private wholeItem(b: Buffer, pos: number, n: number, depth: number): number {
    if (pos + 3 > n || b[pos] !== LT || b[pos + 1] !== 116 /* t */ || b[pos + 2] !== GT || depth >= MAX_DEPTH) return -1;
    const from = pos + 3;
    let t = from;
    while (t < n && b[t] !== LT) t++;
    if (!(t + T_CLOSE_SI.length <= n && bytesAt(b, t, T_CLOSE_SI))) return -1;
    this.startTag(H_T);
    if (t > from) this.addText(b, from, t, false);
    this.endTag(H_T);
    this.endTag(H_SI);
    return t + T_CLOSE_SI.length;
  }

  private startTag(h: number): void {
    if (h === H_V) {
      if (this.inCell) {
        this.inV = true;
        this.vBuf = null;
        this.vStr = null;
      }
    } else if (h === H_IS) {
      if (this.inCell) {
        this.inIs = true;
        this.isText = '';
        this.phonetic = 0;
      }
    } else if (h === H_T) {
      if (this.inIs && this.phonetic === 0) this.inT = true;
    } else if (h === H_RPH) {
      if (this.inIs) this.phonetic++;
    } else if (h === H_MERGE) {
      this.countMerge();
    } else if (h === H_SI) {
      this.inIs = true;
      this.isText = '';
      this.phonetic = 0;
    }
  }

  private endTag(h: number): void {
    if (h === H_V) {
      this.inV = false;
    } else if (h === H_C) {
      if (this.inCell) this.closeCell();
    } else if (h === H_ROW) {
      this.closeRow();
    } else if (h === H_T) {
      this.inT = false;
    } else if (h === H_RPH) {
      if (this.inIs) this.phonetic--;
    } else if (h === H_IS) {
      this.inIs = false;
    } else if (h === H_SI) {
      this.inIs = false;
      // Still bytes that read as themselves (see SharedStrings): kept as they are.
      if (this.isText === '') this.strings.commitPending();
      else this.strings.addText(decodeOoxmlEscapes(this.isText ?? ''));
    }
  }

  private countMerge(): void {
    if (++this.merges > MAX_MERGES) {
      throw new ClubError('read.too-many-merges', { file: this.ctx.file, sheet: this.ctx.sheetName, max: MAX_MERGES });
    }
  }

  /** Text inside <v> or an inline <t>: kept as a byte range while it is one plain piece. */
  private addText(b: Buffer, from: number, to: number, cdata: boolean): void {
    if (this.inT) {
      // An inline cell's short plain text (an advisor, a choice word) is looked up by its bytes:
      // as cheap as a shared string's index, where decoding it took a third of an inline sheet.
      if (this.isText === '' && !cdata && this.inCell) {
        const known = (this.intern ??= new InlineIntern()).get(b, from, to);
        if (known !== null) {
          this.isText = known;
          return;
        }
      }
      // A shared-strings item: its text kept as bytes while it reads as itself.
      if (!this.inCell && this.isText === '') {
        if (!cdata && this.strings.appendPlain(b, from, to)) return;
        this.isText = this.strings.takePending();
      }
      const raw = utf8Text(b, from, to);
      this.isText += cdata ? raw : decodeXmlText(raw, this.ctx.file, this.ctx.part);
      return;
    }
    if (this.vBuf === null && this.vStr === null && !cdata) {
      this.vBuf = b;
      this.vStart = from;
      this.vEnd = to;
      return;
    }
    const raw = utf8Text(b, from, to);
    this.vStr = (this.vStr ?? this.vRangeText() ?? '') + (cdata ? raw : decodeXmlText(raw, this.ctx.file, this.ctx.part));
    this.vBuf = null;
  }

  /** The <v> byte range decoded as text (entities resolved), or null when there is none. */
  private vRangeText(): string | null {
    const b = this.vBuf;
    if (b === null) return null;
    const raw = utf8Text(b, this.vStart, this.vEnd);
    return decodeXmlText(raw, this.ctx.file, this.ctx.part);
  }

  private openRow(r: number, selfClosing: boolean): void {
    this.rowNum = r > 0 ? r : this.lastRow + 1;
    if (this.rowNum > MAX_ROWS) {
      throw new ClubError('read.too-many-rows', { file: this.ctx.file, sheet: this.ctx.sheetName, max: MAX_ROWS });
    }
    this.cellCount = 0;
    this.col = -1;
    if (selfClosing) this.closeRow();
  }

  private closeRow(): void {
    if (this.cellCount > 0) this.out.push({ row: this.rowNum, cells: this.scratch.slice(0, this.cellCount) });
    this.cellCount = 0;
    this.lastRow = this.rowNum;
  }

  private openCell(col: number, type: CellType, style: number, selfClosing: boolean): void {
    this.col = col >= 0 ? col : this.col + 1;
    if (this.col >= MAX_COLUMNS) this.fail();
    this.cellType = type;
    this.cellStyle = style;
    this.vBuf = null;
    this.vStr = null;
    this.isText = null;
    this.inCell = !selfClosing;
  }

  private closeCell(): void {
    this.inCell = false;
    const value = this.cellValue();
    if (value === null) return;
    const cells = this.scratch;
    const col = this.col;
    let count = this.cellCount;
    // Appended in place (the scratch array stays packed); a cell written left of the last one
    // (out-of-order `r`) replaces what is there, as before.
    while (count < col) cells[count++] = null;
    if (count === col) cells[count++] = value;
    else cells[col] = value;
    this.cellCount = count;
  }

  private cellValue(): CellValue {
    switch (this.cellType) {
      case CellType.Number: {
        const n = this.vNumber();
        if (n === null) {
          const text = this.vText();
          return text === null || text.length === 0 ? null : this.textValue(text);
        }
        const kind = this.ctx.styleKinds[this.cellStyle] ?? FormatKind.Number;
        if (kind === FormatKind.Number) return n;
        // A calls sheet repeats the same few dates: convert each distinct value once and share
        // the (frozen) CellDate. One map per kind, keyed by the exact value.
        const cache = (this.dateCache[kind] ??= new Map<number, CellDate | null>());
        let date = cache.get(n);
        if (date === undefined) {
          if (cache.size >= 8192) cache.clear();
          const iso = serialToIso(n, kind, this.ctx.date1904);
          date = iso === null ? null : Object.freeze({ iso });
          cache.set(n, date);
        }
        return date ?? n;
      }
      case CellType.Shared: {
        const i = this.vNumber();
        // An index out of range, negative or not a number: the cell's text is lost - a data
        // issue on that cell, not a silently blank one (issue 16).
        const sst = this.ctx.sharedStrings;
        if (i === null || !(i >= 0 && i < sst.length && Number.isInteger(i))) {
          if (i !== null || (this.vText() ?? '').trim().length > 0) this.ctx.notes.push({ row: this.rowNum, col: this.col, code: 'bad-shared-string' });
          return null;
        }
        const numbers = this.numberColumn;
        if (numbers !== null && this.col === numbers.column) {
          const v = sst.numberOf(i, numbers.parse);
          if (v === v) return v;
        }
        // Over-long items are listed, so the common case returns the text without measuring it.
        const str = sst.get(i);
        if (str === null) return null;
        if (sst.isLong(i)) return this.textValue(str);
        return str;
      }
      case CellType.Inline: {
        const text = this.isText ?? this.vText();
        return text === null ? null : this.textValue(decodeOoxmlEscapes(text));
      }
      case CellType.FormulaString: {
        const text = this.vText();
        return text === null ? null : this.textValue(decodeOoxmlEscapes(text));
      }
      case CellType.Bool: {
        const text = this.vText();
        if (text === null || text.length === 0) return null;
        return text === '1' || text.trim().toLowerCase() === 'true';
      }
      case CellType.Error: {
        const text = this.vText();
        return text === null || text.length === 0 ? null : text;
      }
      case CellType.IsoDate: {
        const text = this.vText();
        if (text === null || text.length === 0) return null;
        return isoCellDate(text) ?? this.textValue(text);
      }
      case CellType.Given:
        return this.given;
      default:
        return null;
    }
  }

  private vText(): string | null {
    return this.vStr ?? this.vRangeText();
  }

  /** The <v> value as a number: plain integers straight from the bytes, others via Number(). */
  private vNumber(): number | null {
    const b = this.vBuf;
    if (b !== null) {
      const from = this.vStart;
      const to = this.vEnd;
      const len = to - from;
      if (len > 0 && len <= 15) {
        let n = 0;
        let i = from;
        const neg = b[i] === 45; /* - */
        if (neg) i++;
        let plain = i < to;
        for (; i < to; i++) {
          const d = b[i]! - 48;
          if (d < 0 || d > 9) {
            plain = false;
            break;
          }
          n = n * 10 + d;
        }
        if (plain) return neg ? -n : n;
        let s = '';
        for (let k = from; k < to; k++) s += String.fromCharCode(b[k]!);
        const v = s.trim().length === 0 ? NaN : Number(s);
        return Number.isNaN(v) ? null : v;
      }
    }
    const text = this.vText();
    if (text === null || text.trim().length === 0) return null;
    const v = Number(text);
    return Number.isNaN(v) ? null : v;
  }

  /** Empty text is an empty cell; text beyond Excel's limit is cut and noted. */
  private textValue(str: string): string | null {
    if (str.length === 0) return null;
    if (str.length > MAX_CELL_CHARS) {
      this.ctx.notes.push({ row: this.rowNum, col: this.col, code: 'cell-too-long' });
      return str.slice(0, MAX_CELL_CHARS);
    }
    return str;
  }
}

/**
 * Short text interned by its UTF-8 bytes: a hash table over a byte arena. Only text that reads
 * as itself qualifies - no `&` (entities), CR (line-end normalisation) or `_` (OOXML `_xHHHH_`
 * escapes) - so the interned string is exactly what decoding the bytes gives. Up to 32,768
 * entries of up to 48 bytes; once full, text not in it is decoded as usual.
 */
class InlineIntern {
  private static readonly SLOTS = 1 << 16;
  private static readonly MAX_ENTRIES = 1 << 15;
  private readonly slots = new Int32Array(InlineIntern.SLOTS).fill(-1);
  private readonly arena = new Uint8Array(InlineIntern.MAX_ENTRIES * 24);
  private used = 0;
  private readonly offsets: number[] = [];
  private readonly hashes: number[] = [];
  private readonly strings: string[] = [];

  /** The string the bytes spell, or null when they do not qualify. */
  get(b: Buffer, from: number, to: number): string | null {
    const len = to - from;
    if (len === 0 || len > 48) return null;
    let h = 0x811c9dc5 | 0;
    for (let i = from; i < to; i++) {
      const c = b[i]!;
      if (c === 38 /* & */ || c === 13 || c === 95 /* _ */) return null;
      h = Math.imul(h ^ c, 16777619);
    }
    const mask = InlineIntern.SLOTS - 1;
    let slot = h & mask;
    for (let e = this.slots[slot]!; e !== -1; e = this.slots[slot]!) {
      if (this.hashes[e] === h && this.same(e, b, from, len)) return this.strings[e]!;
      slot = (slot + 1) & mask;
    }
    const text = utf8Text(b, from, to);
    const e = this.strings.length;
    if (e < InlineIntern.MAX_ENTRIES && this.used + len <= this.arena.length) {
      this.arena.set(b.subarray(from, to), this.used);
      this.offsets.push(this.used);
      this.used += len;
      this.hashes.push(h);
      this.strings.push(text);
      this.slots[slot] = e;
    }
    return text;
  }

  private same(e: number, b: Buffer, from: number, len: number): boolean {
    const at = this.offsets[e]!;
    const end = e + 1 < this.offsets.length ? this.offsets[e + 1]! : this.used;
    if (end - at !== len) return false;
    const arena = this.arena;
    for (let i = 0; i < len; i++) if (arena[at + i] !== b[from + i]) return false;
    return true;
  }
}

/**
 * The last row of a `<dimension ref="A1:I1000"/>` tag's range (`b[from, to)`), 0 when the tag
 * has no such attribute or the range is not one (a hint only: nothing is refused for it).
 */
function dimensionRows(b: Uint8Array, from: number, to: number): number {
  const at = indexOfAscii(b.subarray(0, to), 'ref=', from);
  if (at === -1 || !isSpace(b[at - 1]!)) return 0;
  const quote = b[at + 4];
  if (quote !== 34 && quote !== 39) return 0;
  let end = at + 5;
  while (end < to && b[end] !== quote) end++;
  // The last row is the digits at the range's end (`A1:I1000`, or `A1` for a one-cell sheet).
  let digitsFrom = end;
  while (digitsFrom > at + 5 && b[digitsFrom - 1]! >= 48 && b[digitsFrom - 1]! <= 57) digitsFrom--;
  if (digitsFrom === end || end - digitsFrom > 7) return 0;
  let rows = 0;
  for (let i = digitsFrom; i < end; i++) rows = rows * 10 + (b[i]! - 48);
  return Math.min(rows, MAX_ROWS);
}

function cellTypeOf(b: Uint8Array, from: number, to: number): CellType {
  const len = to - from;
  const c0 = b[from];
  if (len === 1) {
    if (c0 === 115 /* s */) return CellType.Shared;
    if (c0 === 98 /* b */) return CellType.Bool;
    if (c0 === 101 /* e */) return CellType.Error;
    if (c0 === 100 /* d */) return CellType.IsoDate;
    return CellType.Number;
  }
  if (len === 3 && c0 === 115 /* str */) return CellType.FormulaString;
  if (len === 9 && c0 === 105 /* inlineStr */) return CellType.Inline;
  return CellType.Number;
}
