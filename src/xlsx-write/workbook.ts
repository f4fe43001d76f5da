/**
 * An in-memory workbook with exceljs's semantics for the part of its API the reports use
 * (`./types.ts`): rows and cells created on first use, a merge's other cells showing and sharing
 * the top-left cell's value and style object, `eachRow`/`eachCell` skipping what holds nothing,
 * `getColumn(c).eachCell` creating the cells it visits. Serialised by `./write.ts`.
 */
import type {
  Alignment,
  AutoFilter,
  Borders,
  CellValue,
  Column,
  ConditionalFormatting,
  DataValidation,
  Fill,
  Font,
  FrozenView,
  PageSetup,
  ReportCell,
  Row,
  SheetOptions,
  Style,
  Workbook,
  Worksheet,
} from './types.js';
import type { ChartSpec } from './chart.js';

/** A merged rectangle (1-based, inclusive). */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export class XCell implements ReportCell {
  private stored: CellValue = null;
  /** The master of the merge this cell belongs to, when it is not the master itself. */
  private mergedInto: XCell | null = null;
  private mergeSlaves = 0;
  style: Style = {};
  dataValidation: DataValidation | undefined = undefined;

  constructor(
    readonly row: number,
    readonly col: number,
  ) {}

  get value(): CellValue {
    return this.mergedInto ? this.mergedInto.value : this.stored;
  }

  set value(v: CellValue | undefined) {
    if (this.mergedInto) this.mergedInto.value = v;
    else this.stored = v ?? null;
  }

  /** What is written in this cell itself (null for a merge's other cells). */
  get ownValue(): CellValue {
    return this.mergedInto ? null : this.stored;
  }

  get numFmt(): string | undefined {
    return this.style.numFmt;
  }

  set numFmt(v: string | undefined) {
    this.style.numFmt = v;
  }

  get font(): Font | undefined {
    return this.style.font;
  }

  set font(v: Font | undefined) {
    this.style.font = v;
  }

  get fill(): Fill | undefined {
    return this.style.fill;
  }

  set fill(v: Fill | undefined) {
    this.style.fill = v;
  }

  get alignment(): Alignment | undefined {
    return this.style.alignment;
  }

  set alignment(v: Alignment | undefined) {
    this.style.alignment = v;
  }

  get border(): Borders | undefined {
    return this.style.border;
  }

  set border(v: Borders | undefined) {
    this.style.border = v;
  }

  get isMerged(): boolean {
    return this.mergedInto !== null || this.mergeSlaves > 0;
  }

  get master(): XCell {
    return this.mergedInto ?? this;
  }

  /** Holds a value or belongs to a merge (exceljs: its type is not Null). */
  get hasContent(): boolean {
    return this.mergedInto !== null || this.stored !== null;
  }

  /** Makes this cell part of `master`'s merge: its value goes, it shares the master's style. */
  mergeInto(master: XCell): void {
    this.stored = null;
    this.mergedInto = master;
    master.mergeSlaves++;
    this.style = master.style;
  }
}

export class XRow implements Row<XCell> {
  readonly cells: (XCell | undefined)[] = [];
  height: number | undefined = undefined;

  constructor(readonly number: number) {}

  getCell(col: number): XCell {
    if (!Number.isInteger(col) || col < 1 || col > 16384) throw new RangeError(`column ${col} is outside a sheet`);
    let cell = this.cells[col - 1];
    if (!cell) {
      cell = new XCell(this.number, col);
      this.cells[col - 1] = cell;
    }
    return cell;
  }

  eachCell(a: { includeEmpty: boolean } | ((cell: XCell, col: number) => void), b?: (cell: XCell, col: number) => void): void {
    const [includeEmpty, callback] = typeof a === 'function' ? [false, a] : [a.includeEmpty, b!];
    const n = this.cells.length;
    for (let i = 0; i < n; i++) {
      const cell = includeEmpty ? this.getCell(i + 1) : this.cells[i];
      if (cell && (includeEmpty || cell.hasContent)) callback(cell, i + 1);
    }
  }

  get hasValues(): boolean {
    return this.cells.some((c) => c !== undefined && c.hasContent);
  }
}

export class XColumn implements Column<XCell> {
  width?: number;

  constructor(
    private readonly sheet: XWorksheet,
    readonly number: number,
  ) {}

  eachCell(options: { includeEmpty: boolean }, callback: (cell: XCell, row: number) => void): void {
    this.sheet.eachRow(options, (row, n) => callback(row.getCell(this.number), n));
  }
}

const SHEET_NAME = /^[^\\/?*[\]:]{1,31}$/;

export class XWorksheet implements Worksheet<XCell> {
  readonly rows: (XRow | undefined)[] = [];
  readonly columns: (XColumn | undefined)[] = [];
  readonly merges: MergeRange[] = [];
  readonly conditionalFormattings: ConditionalFormatting[] = [];
  readonly charts: ChartSpec[] = [];
  views: FrozenView[];
  pageSetup: PageSetup;
  autoFilter: AutoFilter | undefined = undefined;
  defaultRowHeight: number | undefined;

  constructor(
    readonly name: string,
    options: SheetOptions = {},
  ) {
    this.views = options.views ?? [];
    this.pageSetup = options.pageSetup ?? {};
    this.defaultRowHeight = options.properties?.defaultRowHeight;
  }

  getRow(r: number): XRow {
    if (!Number.isInteger(r) || r < 1 || r > 1_048_576) throw new RangeError(`row ${r} is outside a sheet`);
    let row = this.rows[r - 1];
    if (!row) {
      row = new XRow(r);
      this.rows[r - 1] = row;
    }
    return row;
  }

  getCell(r: number, c: number): XCell {
    return this.getRow(r).getCell(c);
  }

  getColumn(c: number): XColumn {
    let column = this.columns[c - 1];
    if (!column) {
      column = new XColumn(this, c);
      this.columns[c - 1] = column;
    }
    return column;
  }

  eachRow(a: { includeEmpty: boolean } | ((row: XRow, n: number) => void), b?: (row: XRow, n: number) => void): void {
    const [includeEmpty, callback] = typeof a === 'function' ? [false, a] : [a.includeEmpty, b!];
    const n = this.rows.length;
    for (let i = 0; i < n; i++) {
      const row = includeEmpty ? this.getRow(i + 1) : this.rows[i];
      if (row && (includeEmpty || row.hasValues)) callback(row, i + 1);
    }
  }

  mergeCells(top: number, left: number, bottom: number, right: number): void {
    const m = { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
    for (const o of this.merges) {
      if (m.left <= o.right && o.left <= m.right && m.top <= o.bottom && o.top <= m.bottom) throw new Error('Cannot merge already merged cells');
    }
    const master = this.getCell(m.top, m.left);
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) this.getCell(r, c).mergeInto(master);
    }
    this.merges.push(m);
  }

  addConditionalFormatting(cf: ConditionalFormatting): void {
    this.conditionalFormattings.push(cf);
  }

  addChart(spec: ChartSpec): void {
    this.charts.push(spec);
  }
}

export class XWorkbook implements Workbook {
  creator = '';
  title = '';
  /** The document's created/modified time (core properties); unset: a fixed epoch. */
  created: Date | undefined = undefined;
  readonly worksheets: XWorksheet[] = [];

  addWorksheet(name: string, options?: SheetOptions): XWorksheet {
    if (!SHEET_NAME.test(name) || name.startsWith("'") || name.endsWith("'")) throw new Error(`invalid sheet name: ${name}`);
    const lower = name.toLowerCase();
    if (this.worksheets.some((w) => w.name.toLowerCase() === lower)) throw new Error(`a sheet is already named ${name}`);
    const ws = new XWorksheet(name, options);
    this.worksheets.push(ws);
    return ws;
  }

  getWorksheet(name: string): XWorksheet | undefined {
    return this.worksheets.find((w) => w.name === name);
  }
}
