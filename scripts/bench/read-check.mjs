// Reads the generated calls workbook with one reader and compares every text cell with what the
// generator wrote: prints {rows, altered, ms, maxRSS}. Usage: node read-check.mjs ours|exceljs FILE ROWS SEED
import { callRow } from './calls-workbook.mjs';

const [, , which, file, rowsArg, seedArg] = process.argv;
const expectedRows = Number(rowsArg);
const seed = Number(seedArg);

function altered(expected, got) {
  if (expected === got) return 0;
  const a = [...(expected ?? '')];
  const b = [...(typeof got === 'string' ? got : got == null ? '' : String(got))];
  let n = Math.abs(a.length - b.length);
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) n++;
  return n;
}

let rows = 0;
let bad = 0;
const t0 = performance.now();
function check(i, advisor, customer, note) {
  const v = callRow(seed, i, 200);
  bad += altered(v[1], advisor) + altered(v[2], customer) + altered(v[8] ?? '', note ?? '');
}
if (which === 'ours') {
  const { openWorkbook } = await import('../../dist/read/open.js');
  const wb = await openWorkbook(file);
  for await (const row of wb.sheets[0].rows()) {
    if (row.row === 1) continue;
    check(row.row - 2, row.cells[1], row.cells[2], row.cells[8]);
    rows++;
  }
} else {
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'cache', worksheets: 'emit', hyperlinks: 'ignore', entries: 'ignore' });
  const text = (v) => (v && typeof v === 'object' && 'richText' in v ? v.richText.map((r) => r.text).join('') : v);
  for await (const ws of reader) {
    for await (const row of ws) {
      if (row.number === 1) continue;
      check(row.number - 2, text(row.values[2]), text(row.values[3]), text(row.values[9]));
      rows++;
    }
  }
}
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ rows, expectedRows, altered: bad, ms, maxRSS: process.resourceUsage().maxRSS * 1024 }));
