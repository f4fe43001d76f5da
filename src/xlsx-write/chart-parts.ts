/**
 * The package parts of a workbook's charts (`./chart.ts`): for every sheet with charts, a
 * drawing with its rels, one chart part per chart, the sheet's rels pointing at the drawing,
 * and their content types. Each range is resolved against the workbook's cells here, both to
 * fill the series caches and to refuse a range that names no sheet.
 */
import { chartXml, drawingXml, parseRange, type RangeValues } from './chart.js';
import type { XWorkbook } from './workbook.js';
import { xmlAttr } from './xml.js';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';

export interface ChartParts {
  parts: { name: string; xml: string }[];
  overrides: [string, string][];
  /** `<drawing r:id="rId1"/>` for each sheet index (0-based) that has charts. */
  drawingTags: Map<number, string>;
}

function rels(items: [string, string][]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    items.map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${xmlAttr(target)}"/>`).join('') +
    '</Relationships>'
  );
}

/** What a range of the workbook holds, row by row (dates as serials). */
export function rangeValues(wb: XWorkbook): RangeValues {
  return (ref: string) => {
    const r = parseRange(ref);
    const ws = r && wb.getWorksheet(r.sheet);
    if (!r || !ws) throw new Error(`a chart refers to a range of no sheet of the workbook: ${ref}`);
    const out: (string | number | null)[] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        const v = ws.rows[row - 1]?.cells[col - 1]?.value ?? null;
        out.push(v instanceof Date ? 25569 + v.getTime() / 86_400_000 : typeof v === 'boolean' ? Number(v) : v);
      }
    }
    return out;
  };
}

/** Every chart part of `wb`. */
export function chartParts(wb: XWorkbook): ChartParts {
  const out: ChartParts = { parts: [], overrides: [], drawingTags: new Map() };
  const values = rangeValues(wb);
  let drawing = 0;
  let chart = 0;
  wb.worksheets.forEach((ws, i) => {
    if (ws.charts.length === 0) return;
    drawing++;
    const charts = ws.charts.map((spec) => ({ n: ++chart, xml: chartXml(spec, values) }));
    out.parts.push(
      { name: `xl/worksheets/_rels/sheet${i + 1}.xml.rels`, xml: rels([[`${REL}/drawing`, `../drawings/drawing${drawing}.xml`]]) },
      { name: `xl/drawings/drawing${drawing}.xml`, xml: drawingXml(ws.charts) },
      { name: `xl/drawings/_rels/drawing${drawing}.xml.rels`, xml: rels(charts.map((c) => [`${REL}/chart`, `../charts/chart${c.n}.xml`])) },
      ...charts.map((c) => ({ name: `xl/charts/chart${c.n}.xml`, xml: c.xml })),
    );
    out.overrides.push(
      [`/xl/drawings/drawing${drawing}.xml`, `${CT}.drawing+xml`],
      ...charts.map((c): [string, string] => [`/xl/charts/chart${c.n}.xml`, `${CT}.drawingml.chart+xml`]),
    );
    out.drawingTags.set(i, '<drawing r:id="rId1"/>');
  });
  return out;
}
