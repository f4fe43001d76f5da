/**
 * DrawingML charts for clubcrm's xlsx writer: bar, line and doughnut charts bound to cells of
 * the workbook (each series and its categories are cell ranges), so Excel, WPS and LibreOffice
 * redraw them when a cell changes. The values at write time go into each series' cache, which is
 * what a viewer shows before it recalculates (WPS and phone previews never do).
 *
 * Use (any sheet of an XWorkbook):
 *
 *   ws.addChart({
 *     type: 'line',                       // 'bar' (columns; barDir 'bar' for horizontal) | 'line' | 'doughnut'
 *     title: '各周有效呼出',
 *     categories: cellRange('趋势', 2, 1, 6, 1),          // or the formula text: `'趋势'!$A$2:$A$6`
 *     series: [{ name: '张伟', ref: cellRange('趋势', 2, 2, 6, 2) }],
 *     anchor: { from: 'H2', to: 'P18' },  // the cells the chart covers (top-left, bottom-right)
 *   });
 *
 * A range must name a sheet of the workbook; writing fails on one that does not (a programming
 * error, never the user's). Parts written per chart sheet: `xl/drawings/drawingN.xml` (one
 * twoCellAnchor per chart) with its rels, `xl/charts/chartN.xml`, the sheet's rels and
 * `<drawing r:id>`, and both content types.
 */
import { columnLetter, xmlAttr, xmlText } from './xml.js';

export type ChartType = 'bar' | 'line' | 'doughnut';

export interface ChartSeries {
  /** The legend name (plain text). */
  name: string;
  /** A cell range: `'Sheet'!$B$4:$B$9` (see `cellRange`). */
  ref: string;
  /** `RRGGBB`; default from the house palette. */
  color?: string;
}

export interface ChartSpec {
  type: ChartType;
  title: string;
  /** The category labels: a cell range of the same length as each series. */
  categories: string;
  series: ChartSeries[];
  /** Covered cells, e.g. `{ from: 'A3', to: 'H20' }` (the chart ends at the top-left of `to`). */
  anchor: { from: string; to: string };
  /** Bar charts: vertical columns (default) or horizontal bars (`bar`, first category on top). */
  barDir?: 'col' | 'bar';
  /** Number format of value axis and labels, e.g. `0%`; default General. */
  numFmt?: string;
  /** Show each point's value (bar, line) or percentage (doughnut); default true. */
  labels?: boolean;
}

/** The house palette (Office's), then greys for targets. */
export const CHART_COLORS = ['4472C4', 'ED7D31', '70AD47', 'FFC000', '5B9BD5', '9E480E', '264478', '636363'];
export const TARGET_COLOR = 'A5A5A5';

/** `'Sheet name'!$B$4:$B$9` of a rectangle (1-based rows and columns). */
export function cellRange(sheet: string, top: number, left: number, bottom: number, right: number): string {
  return `'${sheet.replace(/'/g, "''")}'!$${columnLetter(left)}$${top}:$${columnLetter(right)}$${bottom}`;
}

/** A parsed range: sheet name and 1-based corners. */
export interface ParsedRange {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Parses `'Sheet'!$B$4:$B$9`, `Sheet!B4:B9` or a single cell; null when it is not one. */
export function parseRange(ref: string): ParsedRange | null {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(ref);
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!;
  const top = Number(m[4]);
  const left = columnNumber(m[3]!);
  return { sheet, top, left, bottom: m[6] ? Number(m[6]) : top, right: m[5] ? columnNumber(m[5]) : left };
}

/** A cell's `A1` position as 0-based column and row. */
function anchorCell(a1: string): { col: number; row: number } {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(a1);
  if (!m) throw new Error(`not a cell: ${a1}`);
  return { col: columnNumber(m[1]!) - 1, row: Number(m[2]) - 1 };
}

/** What a chart's ranges hold at write time (for the caches). */
export type RangeValues = (ref: string) => (string | number | null)[];

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const FONT = '<a:latin typeface="等线"/><a:ea typeface="等线"/><a:cs typeface="等线"/>';

function strCache(values: (string | number | null)[]): string {
  const pts = values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${xmlText(String(v))}</c:v></c:pt>`)).join('');
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: (string | number | null)[], numFmt: string): string {
  const pts = values.map((v, i) => (typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : '')).join('');
  return `<c:numCache><c:formatCode>${xmlText(numFmt)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

function fill(color: string, line: boolean): string {
  return line
    ? `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill><a:round/></a:ln></c:spPr>`
    : `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr>`;
}

function labelsXml(spec: ChartSpec): string {
  if (spec.labels === false) return '';
  const pct = spec.type === 'doughnut';
  const fmt = !pct && spec.numFmt ? `<c:numFmt formatCode="${xmlAttr(spec.numFmt)}" sourceLinked="0"/>` : '';
  return (
    `<c:dLbls>${fmt}<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800">${FONT}</a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>` +
    `${spec.type === 'line' ? '<c:dLblPos val="t"/>' : ''}<c:showLegendKey val="0"/><c:showVal val="${pct ? 0 : 1}"/><c:showCatName val="0"/>` +
    `<c:showSerName val="0"/><c:showPercent val="${pct ? 1 : 0}"/><c:showBubbleSize val="0"/></c:dLbls>`
  );
}

function seriesXml(spec: ChartSpec, s: ChartSeries, i: number, values: RangeValues): string {
  const color = s.color ?? CHART_COLORS[i % CHART_COLORS.length]!;
  const numFmt = spec.numFmt ?? 'General';
  const cat = `<c:cat><c:strRef><c:f>${xmlText(spec.categories)}</c:f>${strCache(values(spec.categories))}</c:strRef></c:cat>`;
  const val = `<c:val><c:numRef><c:f>${xmlText(s.ref)}</c:f>${numCache(values(s.ref), numFmt)}</c:numRef></c:val>`;
  const head = `<c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${xmlText(s.name)}</c:v></c:tx>`;
  switch (spec.type) {
    case 'bar':
      return `<c:ser>${head}${fill(color, false)}<c:invertIfNegative val="0"/>${labelsXml(spec)}${cat}${val}</c:ser>`;
    case 'line':
      return (
        `<c:ser>${head}${fill(color, true)}<c:marker><c:symbol val="circle"/><c:size val="5"/>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr></c:marker>${labelsXml(spec)}${cat}${val}<c:smooth val="0"/></c:ser>`
      );
    case 'doughnut':
      // Points take the palette in order (varyColors), the same in every ring.
      return `<c:ser>${head}${labelsXml(spec)}${cat}${val}</c:ser>`;
  }
}

function axesXml(spec: ChartSpec): string {
  const horizontal = spec.type === 'bar' && spec.barDir === 'bar';
  const text = `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900">${FONT}</a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`;
  return (
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/>${text}<c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>` +
    '<c:noMultiLvlLbl val="0"/></c:catAx>' +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? 'b' : 'l'}"/>` +
    '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>' +
    `<c:numFmt formatCode="${xmlAttr(spec.numFmt ?? 'General')}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/>${text}<c:crossAx val="500000001"/><c:crosses val="${horizontal ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`
  );
}

/** The chart part (`xl/charts/chartN.xml`). */
export function chartXml(spec: ChartSpec, values: RangeValues): string {
  const series = spec.series.map((s, i) => seriesXml(spec, s, i, values)).join('');
  const axIds = '<c:axId val="500000001"/><c:axId val="500000002"/>';
  let plot: string;
  switch (spec.type) {
    case 'bar':
      plot =
        `<c:barChart><c:barDir val="${spec.barDir ?? 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
        `<c:gapWidth val="60"/>${axIds}</c:barChart>${axesXml(spec)}`;
      break;
    case 'line':
      plot = `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axIds}</c:lineChart>${axesXml(spec)}`;
      break;
    case 'doughnut':
      plot = `<c:doughnutChart><c:varyColors val="1"/>${series}<c:firstSliceAng val="0"/><c:holeSize val="45"/></c:doughnutChart>`;
      break;
  }
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1">${FONT}</a:defRPr></a:pPr>` +
    `<a:r><a:rPr lang="zh-CN" sz="1200" b="1">${FONT}</a:rPr><a:t>${xmlText(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900">${FONT}</a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>` +
    '</c:chartSpace>'
  );
}

/** The drawing part of a sheet: one anchored frame per chart, `rId<k>` -> its chart. */
export function drawingXml(specs: readonly ChartSpec[]): string {
  const frames = specs.map((spec, i) => {
    const from = anchorCell(spec.anchor.from);
    const to = anchorCell(spec.anchor.to);
    const pos = (tag: string, p: { col: number; row: number }) =>
      `<xdr:${tag}><xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${pos('from', from)}${pos('to', to)}<xdr:graphicFrame macro="">` +
      `<xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${xmlAttr(`Chart ${i + 1}`)}" descr="${xmlAttr(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
      '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${NS_A}">${frames.join('')}</xdr:wsDr>`
  );
}
