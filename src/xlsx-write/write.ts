/**
 * Serialises an XWorkbook to an .xlsx (SpreadsheetML in a zip): styles de-duplicated by their
 * XML (one `<xf>` per distinct number format + font + fill + border + alignment, looked up once
 * per style object), strings shared, dates as Excel serials (1900 system), merges, widths,
 * heights, frozen panes, filters, dropdowns, data bars, print setup and print titles. What it
 * writes reads back through exceljs as the same values and styles exceljs itself would write.
 */
import type { Alignment, Borders, Border, CellValue, Color, DataValidation, Fill, Font, Style } from './types.js';
import { columnLetter, needsPreserve, xmlAttr, xmlText } from './xml.js';
import { THEME_XML } from './theme.js';
import type { XCell, XWorkbook, XWorksheet } from './workbook.js';
import { zipParts } from './zip.js';
import { chartParts } from './chart-parts.js';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const NS_XM = 'http://schemas.microsoft.com/office/excel/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';

/** `¥#,##0` -> `"¥"#,##0` (a symbol already quoted, escaped or in [$¥-804] is left alone). */
export function quoteCurrency(code: string): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i]!;
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === '\\') {
      out += ch + (code[i + 1] ?? '');
      i++;
      continue;
    }
    if (!quoted && ch === '[') {
      const end = code.indexOf(']', i);
      if (end > i) {
        out += code.slice(i, end + 1);
        i = end;
        continue;
      }
    }
    out += !quoted && /[¥￥€£]/.test(ch) ? `"${ch}"` : ch;
  }
  return out;
}

/** Excel's built-in number formats (ids below 164 need no `<numFmt>`). */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '# ?/?': 12,
  '# ??/??': 13,
  'mm-dd-yy': 14,
  'd-mmm-yy': 15,
  'd-mmm': 16,
  'mmm-yy': 17,
  'h:mm AM/PM': 18,
  'h:mm:ss AM/PM': 19,
  'h:mm': 20,
  'h:mm:ss': 21,
  'm/d/yy h:mm': 22,
  'mm:ss': 45,
  '[h]:mm:ss': 46,
  'mmss.0': 47,
  '##0.0E+0': 48,
  '@': 49,
};

/** The workbook's default font (fontId 0): Calibri 11 of the theme, as Excel and exceljs write it. */
const DEFAULT_FONT = '<font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font>';

function colorXml(tag: string, c: Color | undefined): string {
  return c?.argb ? `<${tag} rgb="${xmlAttr(c.argb)}"/>` : '';
}

function fontXml(f: Font): string {
  return (
    `<font>${f.bold ? '<b/>' : ''}${f.italic ? '<i/>' : ''}${colorXml('color', f.color)}` +
    `${f.size !== undefined ? `<sz val="${f.size}"/>` : ''}${f.name !== undefined ? `<name val="${xmlAttr(f.name)}"/>` : ''}</font>`
  );
}

function fillXml(f: Fill): string {
  const fg = colorXml('fgColor', f.fgColor);
  return fg ? `<fill><patternFill patternType="${f.pattern}">${fg}</patternFill></fill>` : `<fill><patternFill patternType="${f.pattern}"/></fill>`;
}

function edgeXml(tag: string, b: Border | undefined): string {
  if (!b?.style) return `<${tag}/>`;
  const color = colorXml('color', b.color);
  return color ? `<${tag} style="${b.style}">${color}</${tag}>` : `<${tag} style="${b.style}"/>`;
}

function borderXml(b: Borders): string {
  return `<border>${edgeXml('left', b.left)}${edgeXml('right', b.right)}${edgeXml('top', b.top)}${edgeXml('bottom', b.bottom)}<diagonal/></border>`;
}

function alignmentXml(a: Alignment): string {
  let attrs = '';
  if (a.horizontal) attrs += ` horizontal="${a.horizontal}"`;
  if (a.vertical) attrs += ` vertical="${a.vertical === 'middle' ? 'center' : a.vertical}"`;
  if (a.wrapText) attrs += ' wrapText="1"';
  return attrs ? `<alignment${attrs}/>` : '';
}

/** One list of distinct XML fragments, each with its index. */
class Pool {
  readonly items: string[];
  private readonly ids = new Map<string, number>();

  constructor(initial: string[]) {
    this.items = [...initial];
    initial.forEach((x, i) => this.ids.set(x, i));
  }

  id(xml: string): number {
    let id = this.ids.get(xml);
    if (id === undefined) {
      id = this.items.length;
      this.items.push(xml);
      this.ids.set(xml, id);
    }
    return id;
  }
}

/** The styles part: every distinct cell format once. */
export class StyleTable {
  private readonly numFmts: string[] = [];
  private readonly numFmtIds = new Map<string, number>();
  private readonly fonts = new Pool([DEFAULT_FONT]);
  private readonly fills = new Pool([fillXml({ type: 'pattern', pattern: 'none' }), '<fill><patternFill patternType="gray125"/></fill>']);
  private readonly borders = new Pool([borderXml({})]);
  private readonly xfs = new Pool(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  /** Merged cells share one style object: looked up once (as exceljs does). */
  private readonly byObject = new WeakMap<Style, number>();

  private numFmtId(raw: string): number {
    // A currency symbol outside quotes is read by Excel but not by every reader (SheetJS):
    // "¥"#,##0 is what Excel itself writes.
    const code = quoteCurrency(raw);
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    let id = this.numFmtIds.get(code);
    if (id === undefined) {
      id = 164 + this.numFmts.length;
      this.numFmts.push(`<numFmt numFmtId="${id}" formatCode="${xmlAttr(code)}"/>`);
      this.numFmtIds.set(code, id);
    }
    return id;
  }

  /** The `s` index of a cell's style; a date without a format gets Excel's short date. */
  id(style: Style, value: CellValue): number {
    const known = this.byObject.get(style);
    if (known !== undefined) return known;
    const numFmt = style.numFmt || (value instanceof Date ? 'mm-dd-yy' : '');
    const numFmtId = numFmt ? this.numFmtId(numFmt) : 0;
    const fontId = style.font ? this.fonts.id(fontXml(style.font)) : 0;
    const fillId = style.fill ? this.fills.id(fillXml(style.fill)) : 0;
    const borderId = style.border ? this.borders.id(borderXml(style.border)) : 0;
    const alignment = style.alignment ? alignmentXml(style.alignment) : '';
    let xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    if (numFmtId) xf += ' applyNumberFormat="1"';
    if (fontId) xf += ' applyFont="1"';
    if (fillId) xf += ' applyFill="1"';
    if (borderId) xf += ' applyBorder="1"';
    xf += alignment ? ` applyAlignment="1">${alignment}</xf>` : '/>';
    const id = this.xfs.id(xf);
    this.byObject.set(style, id);
    return id;
  }

  xml(): string {
    const list = (tag: string, items: string[], extra = '') => `<${tag} count="${items.length}"${extra}>${items.join('')}</${tag}>`;
    return (
      `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">` +
      (this.numFmts.length ? list('numFmts', this.numFmts) : '') +
      list('fonts', this.fonts.items) +
      list('fills', this.fills.items) +
      list('borders', this.borders.items) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list('cellXfs', this.xfs.items) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      '</styleSheet>'
    );
  }
}

/** The shared strings part. */
export class SharedStrings {
  private readonly ids = new Map<string, number>();
  private readonly items: string[] = [];
  private count = 0;

  id(s: string): number {
    this.count++;
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.items.length;
      this.ids.set(s, id);
      this.items.push(needsPreserve(s) ? `<si><t xml:space="preserve">${xmlText(s)}</t></si>` : `<si><t>${xmlText(s)}</t></si>`);
    }
    return id;
  }

  xml(): string {
    return `${XML_HEAD}<sst xmlns="${NS_MAIN}" count="${this.count}" uniqueCount="${this.items.length}">${this.items.join('')}</sst>`;
  }
}

/** Excel serial (1900 date system) of a Date whose UTC fields are the local date-time shown. */
export function excelSerial(d: Date): number {
  return 25569 + d.getTime() / 86_400_000;
}

function cellXml(ref: string, cell: XCell, styles: StyleTable, strings: SharedStrings): string {
  const v = cell.ownValue;
  const s = styles.id(cell.style, v);
  const sAttr = s ? ` s="${s}"` : '';
  if (typeof v === 'string') return `<c r="${ref}"${sAttr} t="s"><v>${strings.id(v)}</v></c>`;
  if (typeof v === 'number' && Number.isFinite(v)) return `<c r="${ref}"${sAttr}><v>${v}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${ref}"${sAttr} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (v instanceof Date && Number.isFinite(v.getTime())) return `<c r="${ref}"${sAttr}><v>${excelSerial(v)}</v></c>`;
  // Empty (or a number/date that is not one): only its style, if any.
  return s ? `<c r="${ref}"${sAttr}/>` : '';
}

function rangeRef(top: number, left: number, bottom: number, right: number): string {
  return `${columnLetter(left)}${top}:${columnLetter(right)}${bottom}`;
}

/** `A1:I1` -> `$A$1:$I$1`; null when it is not a range. */
function absoluteArea(range: string): string | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)$/.exec(range);
  return m ? `$${m[1]}$${m[2]}:$${m[3]}$${m[4]}` : null;
}

/** `$A$1:$K$20`. */
function absoluteRange(top: number, left: number, bottom: number, right: number): string {
  return `$${columnLetter(left)}$${top}:$${columnLetter(right)}$${bottom}`;
}

function viewsXml(ws: XWorksheet): string {
  const view = ws.views[0];
  if (!view) return '';
  const x = view.xSplit ?? 0;
  const y = view.ySplit ?? 0;
  if (x === 0 && y === 0) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const pane = x && y ? 'bottomRight' : y ? 'bottomLeft' : 'topRight';
  const split = `${x ? ` xSplit="${x}"` : ''}${y ? ` ySplit="${y}"` : ''}`;
  return (
    `<sheetViews><sheetView workbookViewId="0"><pane${split} topLeftCell="${columnLetter(x + 1)}${y + 1}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}"/></sheetView></sheetViews>`
  );
}

function colsXml(ws: XWorksheet): string {
  const out: string[] = [];
  const cols = ws.columns;
  for (let i = 0; i < cols.length; i++) {
    const width = cols[i]?.width;
    if (width === undefined) continue;
    let j = i;
    while (j + 1 < cols.length && cols[j + 1]?.width === width) j++;
    out.push(`<col min="${i + 1}" max="${j + 1}" width="${width}" customWidth="1"/>`);
    i = j;
  }
  return out.length ? `<cols>${out.join('')}</cols>` : '';
}

function validationsXml(ws: XWorksheet): string {
  // Cells with the same validation, as column runs: D2:D31, not one entry per cell.
  const groups = new Map<string, { v: DataValidation; byCol: Map<number, number[]> }>();
  for (const row of ws.rows) {
    if (!row) continue;
    for (const cell of row.cells) {
      const v = cell?.dataValidation;
      if (!cell || !v) continue;
      const key = JSON.stringify([v.type, v.allowBlank ?? false, v.formulae]);
      const g = groups.get(key) ?? { v, byCol: new Map<number, number[]>() };
      groups.set(key, g);
      const rows = g.byCol.get(cell.col) ?? [];
      rows.push(cell.row);
      g.byCol.set(cell.col, rows);
    }
  }
  if (groups.size === 0) return '';
  const items: string[] = [];
  for (const { v, byCol } of groups.values()) {
    const refs: string[] = [];
    for (const [col, rows] of [...byCol].sort((a, b) => a[0] - b[0])) {
      rows.sort((a, b) => a - b);
      for (let i = 0; i < rows.length; i++) {
        let j = i;
        while (j + 1 < rows.length && rows[j + 1] === rows[j]! + 1) j++;
        refs.push(i === j ? `${columnLetter(col)}${rows[i]}` : rangeRef(rows[i]!, col, rows[j]!, col));
        i = j;
      }
    }
    items.push(
      `<dataValidation type="${v.type}"${v.allowBlank ? ' allowBlank="1"' : ''} sqref="${refs.join(' ')}">` +
        `<formula1>${xmlText(v.formulae[0] ?? '')}</formula1></dataValidation>`,
    );
  }
  return `<dataValidations count="${items.length}">${items.join('')}</dataValidations>`;
}

/** A GUID for a data bar's x14 extension, derived from its place so output is byte-stable. */
function dataBarId(sheet: number, n: number): string {
  return `{00000000-0000-4000-8000-${(sheet * 65536 + n).toString(16).toUpperCase().padStart(12, '0')}}`;
}

function cfvoXml(c: { type: string; value?: number }): string {
  return c.type === 'num' ? `<cfvo type="num" val="${c.value}"/>` : `<cfvo type="${c.type}"/>`;
}

function x14CfvoXml(c: { type: string; value?: number }): string {
  return c.type === 'num' ? `<x14:cfvo type="num"><xm:f>${c.value}</xm:f></x14:cfvo>` : `<x14:cfvo type="${c.type}"/>`;
}

function conditionalXml(ws: XWorksheet, sheetIndex: number): { main: string; ext: string } {
  const main: string[] = [];
  const ext: string[] = [];
  let n = 0;
  for (const cf of ws.conditionalFormattings) {
    const rules: string[] = [];
    for (const rule of cf.rules) {
      const id = dataBarId(sheetIndex, n++);
      rules.push(
        `<cfRule type="dataBar" priority="${rule.priority}"><dataBar>${rule.cfvo.map(cfvoXml).join('')}${colorXml('color', rule.color)}</dataBar>` +
          `<extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="${NS_X14}"><x14:id>${id}</x14:id></ext></extLst></cfRule>`,
      );
      ext.push(
        `<x14:conditionalFormatting xmlns:xm="${NS_XM}"><x14:cfRule type="dataBar" id="${id}"><x14:dataBar minLength="0" maxLength="100">` +
          `${rule.cfvo.map(x14CfvoXml).join('')}</x14:dataBar></x14:cfRule><xm:sqref>${xmlText(cf.ref)}</xm:sqref></x14:conditionalFormatting>`,
      );
    }
    main.push(`<conditionalFormatting sqref="${xmlAttr(cf.ref)}">${rules.join('')}</conditionalFormatting>`);
  }
  return {
    main: main.join(''),
    ext: ext.length
      ? `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${NS_X14}"><x14:conditionalFormattings>${ext.join('')}</x14:conditionalFormattings></ext></extLst>`
      : '',
  };
}

function sheetXml(ws: XWorksheet, sheetIndex: number, styles: StyleTable, strings: SharedStrings, drawing = ''): string {
  const rows: string[] = [];
  let minRow = 0;
  let maxRow = 0;
  let minCol = 0;
  let maxCol = 0;
  const letters: string[] = [];
  for (const row of ws.rows) {
    if (!row) continue;
    const cells: string[] = [];
    let first = 0;
    let last = 0;
    for (const cell of row.cells) {
      if (!cell) continue;
      const letter = (letters[cell.col] ??= columnLetter(cell.col));
      const xml = cellXml(`${letter}${row.number}`, cell, styles, strings);
      if (!xml) continue;
      cells.push(xml);
      if (!first) first = cell.col;
      last = cell.col;
    }
    if (cells.length === 0 && row.height === undefined) continue;
    const ht = row.height !== undefined ? ` ht="${row.height}" customHeight="1"` : '';
    const spans = first ? ` spans="${first}:${last}"` : '';
    rows.push(`<row r="${row.number}"${ht}${spans}>${cells.join('')}</row>`);
    if (first) {
      if (!minRow) minRow = row.number;
      maxRow = row.number;
      minCol = minCol ? Math.min(minCol, first) : first;
      maxCol = Math.max(maxCol, last);
    }
  }
  const ps = ws.pageSetup;
  const cf = conditionalXml(ws, sheetIndex);
  const f = ws.autoFilter;
  const m = ps.margins;
  let setup = '';
  if (ps.paperSize !== undefined) setup += ` paperSize="${ps.paperSize}"`;
  if (ps.orientation) setup += ` orientation="${ps.orientation}"`;
  if (ps.fitToWidth !== undefined) setup += ` fitToWidth="${ps.fitToWidth}"`;
  if (ps.fitToHeight !== undefined) setup += ` fitToHeight="${ps.fitToHeight}"`;
  return (
    `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">` +
    (ps.fitToPage ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
    `<dimension ref="${minRow ? rangeRef(minRow, minCol, maxRow, maxCol) : 'A1'}"/>` +
    viewsXml(ws) +
    (ws.defaultRowHeight !== undefined ? `<sheetFormatPr defaultRowHeight="${ws.defaultRowHeight}" customHeight="1"/>` : '<sheetFormatPr defaultRowHeight="15"/>') +
    colsXml(ws) +
    `<sheetData>${rows.join('')}</sheetData>` +
    (f ? `<autoFilter ref="${rangeRef(f.from.row, f.from.column, f.to.row, f.to.column)}"/>` : '') +
    (ws.merges.length
      ? `<mergeCells count="${ws.merges.length}">${ws.merges.map((r) => `<mergeCell ref="${rangeRef(r.top, r.left, r.bottom, r.right)}"/>`).join('')}</mergeCells>`
      : '') +
    cf.main +
    validationsXml(ws) +
    (m ? `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` : '') +
    (setup ? `<pageSetup${setup}/>` : '') +
    drawing +
    cf.ext +
    '</worksheet>'
  );
}

/** `'Sheet name'` as a formula reference, quotes doubled. */
function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Excel's `$1:$3` from a `1:3` print-title range. */
function printTitles(rows: string): string | null {
  const m = /^(\d+):(\d+)$/.exec(rows);
  return m ? `$${m[1]}:$${m[2]}` : null;
}

function workbookXml(wb: XWorkbook): string {
  const sheets = wb.worksheets.map((ws, i) => `<sheet name="${xmlAttr(ws.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const names = wb.worksheets
    .map((ws, i) => {
      // Each autofilter's hidden _FilterDatabase name, as Excel writes it: LibreOffice keeps a
      // filter only when the name is there.
      const f = ws.autoFilter;
      const filter = f
        ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlText(`${quotedSheet(ws.name)}!${absoluteRange(f.from.row, f.from.column, f.to.row, f.to.column)}`)}</definedName>`
        : '';
      const rows = ws.pageSetup.printTitlesRow ? printTitles(ws.pageSetup.printTitlesRow) : null;
      const area = ws.pageSetup.printArea ? absoluteArea(ws.pageSetup.printArea) : null;
      const printArea = area ? `<definedName name="_xlnm.Print_Area" localSheetId="${i}">${xmlText(`${quotedSheet(ws.name)}!${area}`)}</definedName>` : '';
      return filter + printArea + (rows ? `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(`${quotedSheet(ws.name)}!${rows}`)}</definedName>` : '');
    })
    .join('');
  return (
    `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><workbookPr/>` +
    `<sheets>${sheets}</sheets>${names ? `<definedNames>${names}</definedNames>` : ''}<calcPr calcId="171027"/></workbook>`
  );
}

function relsXml(rels: [string, string][]): string {
  return (
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    rels.map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${xmlAttr(target)}"/>`).join('') +
    '</Relationships>'
  );
}

function coreXml(wb: XWorkbook): string {
  // The report's as-of time when it is set (same inputs, same bytes), else a fixed epoch.
  const epoch = wb.created && !Number.isNaN(wb.created.getTime()) ? wb.created.toISOString().replace(/\.\d{3}Z$/, 'Z') : '1970-01-01T00:00:00Z';
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${xmlText(wb.creator)}</dc:creator><dc:title>${xmlText(wb.title)}</dc:title>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${epoch}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${epoch}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

function appXml(): string {
  return `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>clubcrm</Application></Properties>`;
}

/** The parts of the package, in zip order. */
export function workbookParts(wb: XWorkbook): { name: string; data: Buffer }[] {
  if (wb.worksheets.length === 0) throw new Error('a workbook needs at least one sheet');
  const styles = new StyleTable();
  const strings = new SharedStrings();
  const charts = chartParts(wb);
  const sheets = wb.worksheets.map((ws, i) => sheetXml(ws, i + 1, styles, strings, charts.drawingTags.get(i)));
  const overrides: [string, string][] = [
    ['/xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'],
    ...sheets.map((_, i): [string, string] => [`/xl/worksheets/sheet${i + 1}.xml`, `${CT}.spreadsheetml.worksheet+xml`]),
    ['/xl/theme/theme1.xml', `${CT}.theme+xml`],
    ['/xl/styles.xml', `${CT}.spreadsheetml.styles+xml`],
    ['/xl/sharedStrings.xml', `${CT}.spreadsheetml.sharedStrings+xml`],
    ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
    ['/docProps/app.xml', `${CT}.extended-properties+xml`],
    ...charts.overrides,
  ];
  const contentTypes =
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('') +
    '</Types>';
  const text = (name: string, xml: string) => ({ name, data: Buffer.from(xml, 'utf8') });
  return [
    text('[Content_Types].xml', contentTypes),
    text('_rels/.rels', relsXml([
      [`${REL}/officeDocument`, 'xl/workbook.xml'],
      ['http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml'],
      [`${REL}/extended-properties`, 'docProps/app.xml'],
    ])),
    text('docProps/core.xml', coreXml(wb)),
    text('docProps/app.xml', appXml()),
    text('xl/workbook.xml', workbookXml(wb)),
    text('xl/_rels/workbook.xml.rels', relsXml([
      ...sheets.map((_, i): [string, string] => [`${REL}/worksheet`, `worksheets/sheet${i + 1}.xml`]),
      [`${REL}/styles`, 'styles.xml'],
      [`${REL}/theme`, 'theme/theme1.xml'],
      [`${REL}/sharedStrings`, 'sharedStrings.xml'],
    ])),
    ...sheets.map((xml, i) => text(`xl/worksheets/sheet${i + 1}.xml`, xml)),
    text('xl/theme/theme1.xml', THEME_XML),
    text('xl/styles.xml', styles.xml()),
    text('xl/sharedStrings.xml', strings.xml()),
    ...charts.parts.map((p) => text(p.name, p.xml)),
  ];
}

/** The workbook as .xlsx bytes. */
export function xlsxBytes(wb: XWorkbook): Buffer {
  return zipParts(workbookParts(wb));
}
