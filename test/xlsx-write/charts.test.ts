/**
 * DrawingML charts in clubcrm's writer (issue 13 item 3), read back from the written package:
 * content types, the sheet -> drawing -> chart relationships, the anchors, and every series'
 * ranges resolving to cells of the workbook that hold the cached values. The weekly report and
 * the monthly summary are checked the same way.
 */
import { mkdtempSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { ZipArchive } from '../../src/read/zip.js';
import { parseRange } from '../../src/xlsx-write/chart.js';
import { XWorkbook } from '../../src/xlsx-write/workbook.js';
import { xlsxBytes } from '../../src/xlsx-write/write.js';
import { ROOT, runCli } from '../support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'charts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every part of an .xlsx as text. */
async function parts(path: string): Promise<Map<string, string>> {
  const zip = await ZipArchive.open(path, path, statSync(path).size);
  const out = new Map<string, string>();
  for (const e of zip.entries) out.set(e.name, (await zip.read(e)).toString('utf8'));
  return out;
}

const all = (xml: string, re: RegExp) => [...xml.matchAll(re)].map((m) => m[1]!);
const unescape = (s: string) => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

interface ChartRead {
  part: string;
  kind: string;
  title: string;
  refs: string[];
}

/**
 * Follows workbook -> sheet -> drawing -> chart for every sheet and checks each link exists,
 * with its content type; returns the charts with the sheet they are drawn on.
 */
function chartsOf(p: Map<string, string>): (ChartRead & { sheet: string; anchor: string })[] {
  const types = p.get('[Content_Types].xml')!;
  const workbook = p.get('xl/workbook.xml')!;
  const wbRels = p.get('xl/_rels/workbook.xml.rels')!;
  const out: (ChartRead & { sheet: string; anchor: string })[] = [];
  for (const [, name, rid] of workbook.matchAll(/<sheet name="([^"]+)" sheetId="\d+" r:id="(rId\d+)"\/>/g)) {
    const target = new RegExp(`Id="${rid}" Type="[^"]+" Target="([^"]+)"`).exec(wbRels)![1]!;
    const sheetPart = `xl/${target}`;
    const sheetXml = p.get(sheetPart)!;
    const drawingRid = /<drawing r:id="(rId\d+)"\/>/.exec(sheetXml)?.[1];
    if (!drawingRid) continue;
    const sheetRels = p.get(sheetPart.replace('worksheets/', 'worksheets/_rels/') + '.rels')!;
    const drawingPart = `xl/${new RegExp(`Id="${drawingRid}" Type="[^"]+/drawing" Target="\\.\\./([^"]+)"`).exec(sheetRels)![1]}`;
    expect(types).toContain(`<Override PartName="/${drawingPart}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`);
    const drawing = p.get(drawingPart)!;
    const drawingRels = p.get(drawingPart.replace('drawings/', 'drawings/_rels/') + '.rels')!;
    const anchors = all(drawing, /(<xdr:twoCellAnchor[\s\S]*?<\/xdr:twoCellAnchor>)/g);
    for (const anchor of anchors) {
      expect(anchor).toMatch(/<xdr:from><xdr:col>\d+<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>\d+<\/xdr:row><xdr:rowOff>0<\/xdr:rowOff><\/xdr:from><xdr:to>/);
      expect(anchor).toContain('<xdr:clientData/>');
      const rid = /r:id="(rId\d+)"/.exec(anchor)![1]!;
      const chartPart = `xl/${new RegExp(`Id="${rid}" Type="[^"]+/chart" Target="\\.\\./([^"]+)"`).exec(drawingRels)![1]}`;
      expect(types).toContain(`<Override PartName="/${chartPart}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);
      const chart = p.get(chartPart)!;
      out.push({
        sheet: unescape(name!),
        anchor,
        part: chartPart,
        kind: /<c:(barChart|lineChart|doughnutChart)>/.exec(chart)![1]!,
        title: unescape(/<a:t>([^<]*)<\/a:t>/.exec(chart)![1]!),
        refs: all(chart, /<c:f>([^<]+)<\/c:f>/g).map(unescape),
      });
      // Every series has its categories and values, each with a cache as long as its range.
      for (const ser of all(chart, /(<c:ser>[\s\S]*?<\/c:ser>)/g)) {
        const counts = all(ser, /<c:ptCount val="(\d+)"\/>/g);
        expect(counts).toHaveLength(2);
        expect(counts[0]).toBe(counts[1]);
      }
    }
  }
  return out;
}

/** Checks that each range names a sheet of the workbook and that its cells hold something. */
async function expectRangesResolve(path: string, refs: string[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  for (const ref of refs) {
    const r = parseRange(ref);
    expect(r, ref).not.toBeNull();
    const ws = wb.getWorksheet(r!.sheet);
    expect(ws, ref).toBeDefined();
    for (let row = r!.top; row <= r!.bottom; row++) {
      for (let col = r!.left; col <= r!.right; col++) {
        const v = ws!.getCell(row, col).value;
        expect(v === null || v === undefined || v === '', `${ref} ${row},${col}`).toBe(false);
      }
    }
  }
}

describe('charts in the writer', () => {
  function sample(): XWorkbook {
    const wb = new XWorkbook();
    const ws = wb.addWorksheet("Data 'x' s");
    ['A', 'B', 'C'].forEach((n, i) => {
      ws.getCell(i + 2, 1).value = n;
      ws.getCell(i + 2, 2).value = (i + 1) * 10;
      ws.getCell(i + 2, 3).value = 15;
    });
    const other = wb.addWorksheet('Charts');
    const cats = "'Data ''x'' s'!$A$2:$A$4";
    other.addChart({ type: 'bar', title: '柱 & bars', categories: cats, series: [{ name: 'actual', ref: "'Data ''x'' s'!$B$2:$B$4" }, { name: 'target', ref: "'Data ''x'' s'!$C$2:$C$4" }], anchor: { from: 'A1', to: 'H15' } });
    other.addChart({ type: 'line', title: 'line', categories: cats, series: [{ name: 'actual', ref: "'Data ''x'' s'!$B$2:$B$4" }], anchor: { from: 'I1', to: 'P15' } });
    ws.addChart({ type: 'doughnut', title: 'mix', categories: cats, series: [{ name: 'actual', ref: "'Data ''x'' s'!$B$2:$B$4" }], anchor: { from: 'E1', to: 'L15' } });
    return wb;
  }

  it('writes bar, line and doughnut charts whose parts, relationships, anchors and caches read back', async () => {
    const path = join(dir, 'sample.xlsx');
    writeFileSync(path, xlsxBytes(sample()));
    const p = await parts(path);
    const charts = chartsOf(p);
    expect(charts.map((c) => [c.sheet, c.kind, c.title])).toEqual([
      ["Data 'x' s", 'doughnutChart', 'mix'],
      ['Charts', 'barChart', '柱 & bars'],
      ['Charts', 'lineChart', 'line'],
    ]);
    expect(charts[1]!.anchor).toContain('<xdr:to><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>14</xdr:row>');
    const bar = p.get(charts[1]!.part)!;
    expect(bar).toContain('<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="3"/><c:pt idx="0"><c:v>10</c:v></c:pt><c:pt idx="1"><c:v>20</c:v></c:pt><c:pt idx="2"><c:v>30</c:v></c:pt></c:numCache>');
    expect(bar).toContain('<c:strCache><c:ptCount val="3"/><c:pt idx="0"><c:v>A</c:v></c:pt>');
    await expectRangesResolve(path, charts.flatMap((c) => c.refs));
    // exceljs still opens the package, cells intact.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.getWorksheet("Data 'x' s")!.getCell('B4').value).toBe(30);
  });

  it('refuses a range that names no sheet of the workbook', () => {
    const wb = new XWorkbook();
    wb.addWorksheet('S').addChart({ type: 'bar', title: 't', categories: "'Nope'!$A$1:$A$2", series: [{ name: 'x', ref: "'S'!$B$1:$B$2" }], anchor: { from: 'A1', to: 'B2' } });
    expect(() => xlsxBytes(wb)).toThrow(/no sheet/);
  });

  it('parses ranges, quoted or not, single cells too', () => {
    expect(parseRange("'A ''b'''!$B$4:$C$9")).toEqual({ sheet: "A 'b'", top: 4, left: 2, bottom: 9, right: 3 });
    expect(parseRange('Sheet1!AA10')).toEqual({ sheet: 'Sheet1', top: 10, left: 27, bottom: 10, right: 27 });
    expect(parseRange('B4:B9')).toBeNull();
  });
});

describe('charts of the reports (real binary, demo center)', () => {
  const DEMO = join(ROOT, 'fixtures', 'demo-center');
  const weekly = join(dir, 'weekly.xlsx');
  const monthly = join(dir, 'monthly.xlsx');
  const w = runCli(['weekly-report', '--data', DEMO, '--week', '2026-11-18', '--as-of', '2026-11-22T19:00', '--out', weekly, '--no-image']);
  const m = runCli(['director-summary', '--data', DEMO, '--month', '2026-11', '--as-of', '2026-12-02T10:00', '--out', monthly, '--no-image']);

  it('weekly report: calls and invites per advisor against target, and the center funnel, bound to its cells', async () => {
    expect(w.status, w.stderr).toBe(0);
    const charts = chartsOf(await parts(weekly));
    expect(charts.map((c) => [c.sheet, c.kind, c.title])).toEqual([
      ['图表', 'barChart', '有效呼出：实际与目标'],
      ['图表', 'barChart', '一邀与二邀：实际与目标'],
      ['图表', 'barChart', '中心漏斗：有效呼出 → 邀约 → 到访 → 签约'],
    ]);
    expect(charts[0]!.refs).toEqual(["'周报汇总'!$A$4:$A$9", "'周报汇总'!$B$4:$B$9", "'周报汇总'!$A$4:$A$9", "'周报汇总'!$C$4:$C$9"]);
    expect(charts[2]!.refs.every((r) => r.startsWith("'本周结论'!"))).toBe(true);
    await expectRangesResolve(weekly, charts.flatMap((c) => c.refs));
  });

  it('monthly summary: weeks per advisor as lines, the type and course mixes as doughnuts, bound to its cells', async () => {
    expect(m.status, m.stderr).toBe(0);
    const charts = chartsOf(await parts(monthly));
    expect(charts.map((c) => [c.kind, c.title])).toEqual([
      ['lineChart', '各周有效呼出（按顾问）'],
      ['lineChart', '各周到访（按顾问）'],
      ['lineChart', '各周签约（按顾问）'],
      ['doughnutChart', '合约类型：外圈实际，内圈目标 40/30/30'],
      ['doughnutChart', '课程类别：外圈实际，内圈目标 50/30/20'],
    ]);
    await expectRangesResolve(monthly, charts.flatMap((c) => c.refs));
  });
});
