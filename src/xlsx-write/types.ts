/**
 * The workbook API clubcrm's report writers use: exactly the subset of exceljs's that they
 * need (same names, same shapes, same behaviour), so that a report is laid out the same way
 * whichever writes it. Implemented by `./workbook.ts` and serialised by `./write.ts`.
 *
 * The read side of `value`, `fill`, `border` and `font` is wider than the write side, so that
 * exceljs's own cells (which hold rich text, gradients, ...) also fit where a helper only
 * styles or measures a cell: `src/workspace/annotate.ts` edits advisors' workbooks with
 * exceljs and uses the same house helpers.
 */

import type { ChartSpec } from './chart.js';

/** What a cell holds here: text, a number, a truth value, a date (written as an Excel serial). */
export type CellValue = string | number | boolean | Date | null;

export interface Color {
  /** `AARRGGBB`, e.g. `FF1F4E78`. */
  argb?: string;
}

export interface Font {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  color?: Color;
}

export type FillPatterns = 'none' | 'solid';

export interface Fill {
  type: 'pattern';
  pattern: FillPatterns;
  fgColor?: Color;
}

export type BorderStyle = 'thin' | 'medium' | 'thick' | 'dotted' | 'dashed' | 'double' | 'hair';

export interface Border {
  style?: BorderStyle;
  color?: Color;
}

export interface Borders {
  left?: Border;
  right?: Border;
  top?: Border;
  bottom?: Border;
}

export interface Alignment {
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  wrapText?: boolean;
}

/** A dropdown list (the only validation the reports use). */
export interface DataValidation {
  type: 'list';
  allowBlank?: boolean;
  /** One formula: `"a,b,c"` (quoted list) or a range. */
  formulae: string[];
}

/** The style of a cell; merged cells share their master's object, as in exceljs. */
export interface Style {
  numFmt?: string;
  font?: Font;
  fill?: Fill;
  alignment?: Alignment;
  border?: Borders;
}

export interface Cell {
  get value(): unknown;
  set value(v: CellValue | undefined);
  get numFmt(): string | undefined;
  set numFmt(v: string | undefined);
  get font(): Font | undefined;
  set font(v: Font | undefined);
  get fill(): unknown;
  set fill(v: Fill | undefined);
  get alignment(): unknown;
  set alignment(v: Alignment | undefined);
  get border(): unknown;
  set border(v: Borders | undefined);
  readonly isMerged: boolean;
  /** The top-left cell of its merge (itself when not merged). */
  readonly master: Cell;
}

/** Cells of a report sheet: what they hold reads back as written; a cell may carry a dropdown. */
export interface ReportCell extends Cell {
  get value(): CellValue;
  set value(v: CellValue | undefined);
  get fill(): Fill | undefined;
  set fill(v: Fill | undefined);
  get alignment(): Alignment | undefined;
  set alignment(v: Alignment | undefined);
  get border(): Borders | undefined;
  set border(v: Borders | undefined);
  readonly master: ReportCell;
  dataValidation: DataValidation | undefined;
}

export interface Row<C extends Cell = ReportCell> {
  readonly number: number;
  /** Points; undefined = default height. */
  height: number | undefined;
  getCell(col: number): C;
  /** Cells holding something (a value or a merge), left to right; with `includeEmpty` every cell up to the last. */
  eachCell(callback: (cell: C, col: number) => void): void;
  eachCell(options: { includeEmpty: boolean }, callback: (cell: C, col: number) => void): void;
}

export interface Column<C extends Cell = ReportCell> {
  /** Characters; undefined = default width. */
  width?: number;
  /** This column's cell of every row that holds something (created when missing, as exceljs does). */
  eachCell(options: { includeEmpty: boolean }, callback: (cell: C, row: number) => void): void;
}

export interface FrozenView {
  state: 'frozen';
  xSplit?: number;
  ySplit?: number;
}

export interface PageSetup {
  paperSize?: number;
  orientation?: 'portrait' | 'landscape';
  fitToPage?: boolean;
  fitToWidth?: number;
  fitToHeight?: number;
  /** Rows repeated on every printed page, e.g. `1:3`. */
  printTitlesRow?: string;
  /** What prints of the sheet, e.g. `A1:I1` (exceljs's name for it). */
  printArea?: string;
  margins?: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
}

export interface SheetOptions {
  views?: FrozenView[];
  pageSetup?: PageSetup;
  properties?: { defaultRowHeight?: number };
}

export interface AutoFilter {
  from: { row: number; column: number };
  to: { row: number; column: number };
}

/** An in-cell data bar from a fixed minimum to the range's maximum. */
export interface DataBarRule {
  type: 'dataBar';
  priority: number;
  cfvo: ({ type: 'num'; value: number } | { type: 'min' } | { type: 'max' })[];
  color: Color;
}

export interface ConditionalFormatting {
  /** A range, e.g. `C2:C25`. */
  ref: string;
  rules: DataBarRule[];
}

export interface Worksheet<C extends Cell = ReportCell> {
  readonly name: string;
  views: FrozenView[];
  pageSetup: PageSetup;
  autoFilter: AutoFilter | undefined;
  getRow(row: number): Row<C>;
  getCell(row: number, col: number): C;
  getColumn(col: number): Column<C>;
  /** Rows holding something, top to bottom (every row up to the last with `includeEmpty`). */
  eachRow(callback: (row: Row<C>, number: number) => void): void;
  eachRow(options: { includeEmpty: boolean }, callback: (row: Row<C>, number: number) => void): void;
  /** Merges the rectangle; its other cells then show and share the top-left cell's value and style. */
  mergeCells(top: number, left: number, bottom: number, right: number): void;
  addConditionalFormatting(cf: ConditionalFormatting): void;
  /** A chart bound to cells of the workbook (`./chart.ts` says how to call it). */
  addChart(spec: ChartSpec): void;
}

export interface Workbook {
  creator: string;
  title: string;
  /** The document's created/modified time (core properties). */
  created?: Date;
  readonly worksheets: Worksheet[];
  addWorksheet(name: string, options?: SheetOptions): Worksheet;
  getWorksheet(name: string): Worksheet | undefined;
}
