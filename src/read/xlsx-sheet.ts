/**
 * The worksheet reader: turns a sheet part's XML, fed chunk by chunk, into RawRows. Built for
 * a million rows: cell attributes are read by char codes (no regex, no per-cell objects beyond
 * the row's cells array), empty rows are dropped, and only text inside <v>/<t> is copied.
 */
import { ClubError } from '../errors.js';
import { XmlScanner, decodeOoxmlEscapes } from './xml-scan.js';
import { FormatKind } from './number-format.js';
import { isoCellDate, serialToCellDate } from './excel-serial.js';
import { StringItem } from './xlsx-parts.js';
import { MAX_CELL_CHARS, MAX_COLUMNS, MAX_MERGES, MAX_ROWS } from './limits.js';
import type { CellValue, RawRow, ReadNote } from './types.js';

/** Cell types (`t=`), as small ints so finishing a cell is a switch on a number. */
const enum CellType {
  Number,
  Shared,
  FormulaString,
  Inline,
  Bool,
  Error,
  IsoDate,
}

function cellTypeOf(s: string, from: number, to: number): CellType {
  const len = to - from;
  const c0 = s.charCodeAt(from);
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

/** What a sheet reader needs from its workbook. */
export interface SheetContext {
  file: string;
  part: string;
  sheetName: string;
  sharedStrings: readonly string[];
  styleKinds: Uint8Array;
  date1904: boolean;
  notes: ReadNote[];
}

/** Scans one worksheet part; completed non-empty rows accumulate in `out` until taken. */
export class SheetScanner extends XmlScanner {
  /** Completed rows not yet handed out. */
  out: RawRow[] = [];
  private rowNum = 0;
  private lastRow = 0;
  private cells: CellValue[] | null = null;
  private col = -1;
  private inCell = false;
  private cellType = CellType.Number;
  private cellStyle = 0;
  private vText: string | null = null;
  private inV = false;
  private inIs = false;
  private readonly item = new StringItem();
  private hasInline = false;
  private merges = 0;

  constructor(private readonly ctx: SheetContext) {
    super(ctx.file, ctx.part);
  }

  protected open(s: string, name: string, a0: number, a1: number, selfClosing: boolean): void {
    switch (name) {
      case 'c':
        this.openCell(s, a0, a1);
        if (selfClosing) this.inCell = false;
        return;
      case 'v':
        if (this.inCell && !selfClosing) {
          this.inV = true;
          this.wantText = true;
          this.vText = '';
        }
        return;
      case 'is':
        if (this.inCell && !selfClosing) {
          this.inIs = true;
          this.hasInline = true;
          this.item.reset();
        }
        return;
      case 't':
        if (this.inIs && !selfClosing) this.wantText = this.item.openT();
        return;
      case 'rPh':
        if (this.inIs && !selfClosing) this.item.openRph();
        return;
      case 'row':
        this.openRow(s, a0, a1);
        if (selfClosing) this.closeRow();
        return;
      case 'mergeCell':
        if (++this.merges > MAX_MERGES) {
          throw new ClubError('read.too-many-merges', { file: this.ctx.file, sheet: this.ctx.sheetName, max: MAX_MERGES });
        }
        return;
      default:
        return;
    }
  }

  protected close(name: string): void {
    switch (name) {
      case 'v':
        this.inV = false;
        this.wantText = false;
        return;
      case 't':
        this.wantText = false;
        return;
      case 'rPh':
        if (this.inIs) this.item.closeRph();
        return;
      case 'is':
        this.inIs = false;
        return;
      case 'c':
        if (this.inCell) this.closeCell();
        return;
      case 'row':
        this.closeRow();
        return;
      default:
        return;
    }
  }

  protected text(value: string): void {
    if (this.inV) this.vText += value;
    else if (this.inIs) this.item.text += value;
  }

  private openRow(s: string, a0: number, a1: number): void {
    const r = this.attrInt(s, a0, a1, 114 /* r */);
    this.rowNum = r > 0 ? r : this.lastRow + 1;
    if (this.rowNum > MAX_ROWS) {
      throw new ClubError('read.too-many-rows', { file: this.ctx.file, sheet: this.ctx.sheetName, max: MAX_ROWS });
    }
    this.cells = null;
    this.col = -1;
  }

  private closeRow(): void {
    if (this.cells !== null) this.out.push({ row: this.rowNum, cells: this.cells });
    this.cells = null;
    this.lastRow = this.rowNum;
  }

  /** Reads r= (column), t= and s= in one pass over the attributes, by char codes. */
  private openCell(s: string, a0: number, a1: number): void {
    let col = -1;
    let type = CellType.Number;
    let style = 0;
    let a = a0;
    while (a < a1) {
      const c = s.charCodeAt(a);
      if (c === 32 || c === 10 || c === 13 || c === 9) {
        a++;
        continue;
      }
      const eq = s.indexOf('=', a);
      if (eq === -1 || eq >= a1) break;
      let v = eq + 1;
      while (v < a1 && s.charCodeAt(v) !== 34 && s.charCodeAt(v) !== 39) v++;
      if (v >= a1) break;
      const ve = s.indexOf(s.charCodeAt(v) === 34 ? '"' : "'", v + 1);
      let nameEnd = eq;
      while (s.charCodeAt(nameEnd - 1) === 32) nameEnd--;
      if (nameEnd - a === 1) {
        if (c === 114 /* r */) {
          col = 0;
          for (let i = v + 1; i < ve; i++) {
            const ch = s.charCodeAt(i) | 0x20; // lower-case letters
            if (ch < 97 || ch > 122) break;
            col = col * 26 + (ch - 96);
          }
          col -= 1;
        } else if (c === 116 /* t */) {
          type = cellTypeOf(s, v + 1, ve);
        } else if (c === 115 /* s */) {
          style = 0;
          for (let i = v + 1; i < ve; i++) style = style * 10 + (s.charCodeAt(i) - 48);
        }
      }
      a = ve + 1;
    }
    this.col = col >= 0 ? col : this.col + 1;
    if (this.col >= MAX_COLUMNS) throw new ClubError('read.damaged', { file: this.ctx.file, part: this.ctx.part });
    this.cellType = type;
    this.cellStyle = style;
    this.vText = null;
    this.hasInline = false;
    this.inCell = true;
  }

  private closeCell(): void {
    this.inCell = false;
    const value = this.cellValue();
    if (value === null) return;
    if (this.cells === null) this.cells = [];
    const cells = this.cells;
    while (cells.length < this.col) cells.push(null);
    if (cells.length === this.col) cells.push(value);
    else cells[this.col] = value;
  }

  private cellValue(): CellValue {
    const v = this.vText;
    switch (this.cellType) {
      case CellType.Number: {
        if (v === null || v.length === 0) return null;
        const n = Number(v);
        if (Number.isNaN(n)) return this.textValue(v);
        const kind = this.ctx.styleKinds[this.cellStyle] ?? FormatKind.Number;
        if (kind !== FormatKind.Number) return serialToCellDate(n, kind, this.ctx.date1904) ?? n;
        return n;
      }
      case CellType.Shared: {
        if (v === null) return null;
        const str = this.ctx.sharedStrings[Number(v)];
        return str === undefined ? null : this.textValue(str);
      }
      case CellType.Inline:
        if (this.hasInline) return this.textValue(decodeOoxmlEscapes(this.item.text));
        return v === null ? null : this.textValue(decodeOoxmlEscapes(v));
      case CellType.FormulaString:
        return v === null ? null : this.textValue(decodeOoxmlEscapes(v));
      case CellType.Bool:
        if (v === null || v.length === 0) return null;
        return v === '1' || v.trim().toLowerCase() === 'true';
      case CellType.Error:
        return v === null || v.length === 0 ? null : v;
      case CellType.IsoDate:
        if (v === null || v.length === 0) return null;
        return isoCellDate(v) ?? this.textValue(v);
      default:
        return null;
    }
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

  /** A non-negative integer attribute with a one-letter name (e.g. a row's r=), or -1. */
  private attrInt(s: string, a0: number, a1: number, letter: number): number {
    let a = a0;
    while (a < a1) {
      const c = s.charCodeAt(a);
      if (c === 32 || c === 10 || c === 13 || c === 9) {
        a++;
        continue;
      }
      const eq = s.indexOf('=', a);
      if (eq === -1 || eq >= a1) return -1;
      let v = eq + 1;
      while (v < a1 && s.charCodeAt(v) !== 34 && s.charCodeAt(v) !== 39) v++;
      if (v >= a1) break;
      const ve = s.indexOf(s.charCodeAt(v) === 34 ? '"' : "'", v + 1);
      if (eq - a === 1 && c === letter) {
        let n = 0;
        for (let i = v + 1; i < ve; i++) {
          const d = s.charCodeAt(i) - 48;
          if (d < 0 || d > 9) return -1;
          n = n * 10 + d;
        }
        return n;
      }
      a = ve + 1;
    }
    return -1;
  }
}
