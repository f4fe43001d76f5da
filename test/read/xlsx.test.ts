import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ClubError } from '../../src/errors.js';
import { SheetScanner, type SheetContext } from '../../src/read/xlsx-sheet.js';
import { SharedStrings } from '../../src/read/shared-strings.js';
import type { CellValue, RawRow } from '../../src/read/types.js';
import { cell, readAll } from '../support/read-all.js';
import { makeXlsx, makeZip, type FixtureEntry } from '../support/zip-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'clubcrm-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function file(bytes: Buffer): string {
  const p = join(dir, `f${n++}.xlsx`);
  writeFileSync(p, bytes);
  return p;
}

async function refusal(p: string): Promise<string> {
  try {
    await readAll(p, 'advisor.xlsx');
  } catch (err) {
    if (err instanceof ClubError) {
      expect(err.message).toContain('advisor.xlsx');
      return err.key;
    }
    throw err;
  }
  return 'no error';
}

function ctx(sharedStrings: string[] = [], styleKinds: number[] = [0]): SheetContext {
  return { file: 'f.xlsx', part: 'sheet1.xml', sheetName: 'S', sharedStrings: SharedStrings.of(sharedStrings), styleKinds: Uint8Array.from(styleKinds), date1904: false, notes: [] };
}

/** Feeds `xml` to a SheetScanner in chunks of `size` bytes; returns rows and shared strings. */
function scanBytes(xml: string, size: number, c: SheetContext = ctx()): { rows: RawRow[]; strings: (string | null)[] } {
  const bytes = Buffer.from(xml, 'utf8');
  const scanner = new SheetScanner(c);
  const rows: RawRow[] = [];
  for (let i = 0; i < bytes.length; i += size) {
    scanner.push(bytes.subarray(i, i + size));
    rows.push(...scanner.out);
    scanner.out = [];
  }
  scanner.end();
  rows.push(...scanner.out);
  return { rows, strings: scanner.strings.toArray() };
}

describe('xlsx cells', () => {
  it('reads a sheet again after every sheet was read (the shared strings are let go, then loaded again)', async () => {
    const p = file(
      makeXlsx({
        sharedStrings: ['顾问', '王芳', '13800000000'],
        sheetXml: '<sheetData><row r="1"><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c><c t="s"><v>1</v></c></row></sheetData>',
      }),
    );
    const { wb, sheets } = await readAll(p);
    const want = [{ row: 1, cells: ['顾问', '王芳', '13800000000', '王芳'] }];
    expect(sheets[0]!.rows).toEqual(want);
    const again: RawRow[] = [];
    for await (const batch of wb.sheets[0]!.rowBatches!()) again.push(...batch);
    expect(again).toEqual(want);
  });

  it("gives the <dimension>'s last row as a sizing hint once rows are read, and none without one", async () => {
    const rows = '<sheetData><row r="1"><c t="s"><v>0</v></c></row><row r="3"><c><v>5</v></c></row></sheetData>';
    const read = async (sheetXml: string) => {
      const { wb } = await readAll(file(makeXlsx({ sharedStrings: ['顾问'], sheetXml })));
      const sheet = wb.sheets[0]!;
      const got: RawRow[] = [];
      for await (const batch of sheet.rowBatches!()) got.push(...batch);
      expect(got.map((r) => r.row)).toEqual([1, 3]);
      return sheet.rowsHint;
    };
    expect(await read(`<dimension ref="A1:I1000001"/>${rows}`)).toBe(1_000_001);
    expect(await read(`<dimension ref="B2"/>${rows}`)).toBe(2);
    expect(await read(`<dimension ref="A1:C99999999"/>${rows}`)).toBeUndefined();
    expect(await read(rows)).toBeUndefined();
  });

  it('reads every cell type the way Excel shows it', async () => {
    const p = file(
      makeXlsx({
        sharedStrings: ['顾问', '<r><t>张</t></r><r><rPr><b/></rPr><t xml:space="preserve">伟 </t></r><rPh sb="0" eb="1"><t>ちょう</t></rPh>', 'a_x005F_x000D_b'],
        numFmts: [{ id: 14 }, { id: 180, code: 'yyyy"年"m"月"d"日" h:mm' }, { id: 20 }, { id: 181, code: '0.00"元"' }],
        sheetXml:
          '<sheetData>' +
          '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c><c r="D2" t="s"><v>2</v></c></row>' +
          '<row r="3" spans="1:9"><c r="A3" s="1"><v>46346</v></c><c r="B3" s="2"><v>46346.604166666664</v></c><c r="C3" s="3"><v>0.5</v></c><c r="D3" s="4"><v>1280</v></c></row>' +
          '<row><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c><c t="str"><f>A1&amp;"x"</f><v>顾问x</v></c><c t="inlineStr"><is><t>行内</t></is></c><c t="d"><v>2026-11-20T09:30:00</v></c></row>' +
          '<row r="6"><c r="B6" s="1"/><c r="C6" t="s"></c></row>' +
          '<row r="7"/>' +
          '<row r="9"><c r="AA9"><v>-0.25</v></c></row>' +
          '</sheetData>',
      }),
    );
    const { wb, sheets } = await readAll(p);
    expect(wb.kind).toBe('xlsx');
    const s = sheets[0]!;
    expect(s.name).toBe('通话记录');
    expect(s.rows.map((r) => r.row)).toEqual([2, 3, 4, 9]);
    expect(s.rows[0]!.cells).toEqual(['顾问', null, '张伟 ', 'a_x000D_b']);
    expect(s.rows[1]!.cells).toEqual([{ iso: '2026-11-20' }, { iso: '2026-11-20T14:30:00' }, { iso: '12:00:00' }, 1280]);
    expect(s.rows[2]!.cells).toEqual([true, '#N/A', '顾问x', '行内', { iso: '2026-11-20T09:30:00' }]);
    expect(cell(s, 'AA9')).toBe(-0.25);
    expect(s.rows[3]!.cells).toHaveLength(27);
  });

  it('cuts an over-long shared string where a cell uses it, and notes that cell', async () => {
    const p = file(makeXlsx({ sharedStrings: ['短', 'x'.repeat(40_000)], sheetXml: '<sheetData><row r="2"><c r="A2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c></row></sheetData>' }));
    const wb = (await readAll(p)).wb;
    const cells: CellValue[] = [];
    for await (const r of wb.sheets[0]!.rows()) cells.push(...r.cells);
    expect(cells.map((c) => (typeof c === 'string' ? c.length : c))).toEqual([1, null, 32_767]);
    expect(wb.sheets[0]!.notes).toEqual([{ row: 2, col: 2, code: 'cell-too-long' }]);
  });

  it('honours the 1904 date system', async () => {
    const p = file(makeXlsx({ date1904: true, numFmts: [{ id: 14 }], sheetXml: '<sheetData><row r="1"><c r="A1" s="1"><v>42735</v></c></row></sheetData>' }));
    expect(cell((await readAll(p)).sheets[0]!, 'A1')).toEqual({ iso: '2021-01-01' });
  });

  it('cuts text longer than 32,767 characters and notes the cell', async () => {
    const p = file(makeXlsx({ sheetXml: `<sheetData><row r="4"><c r="B4" t="inlineStr"><is><t>${'字'.repeat(33_000)}</t></is></c></row></sheetData>` }));
    const wb = (await readAll(p)).wb;
    let text = '';
    for await (const r of wb.sheets[0]!.rows()) text = r.cells[1] as string;
    expect(text.length).toBe(32_767);
    expect(wb.sheets[0]!.notes).toEqual([{ row: 4, col: 1, code: 'cell-too-long' }]);
  });

  it('reads zip entries named with backslashes and any namespace prefix', async () => {
    const entries: FixtureEntry[] = [
      { name: 'xl\\workbook.xml', data: '<x:workbook xmlns:x="m" xmlns:ns="r"><x:sheets><x:sheet name="表 " sheetId="1" ns:id="a"/></x:sheets></x:workbook>' },
      { name: 'xl\\_rels\\workbook.xml.rels', data: '<Relationships><Relationship Id="a" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet" Target="/xl/worksheets/s.xml"/><Relationship Id="b" Type="x/sharedStrings" Target="strings.xml"/></Relationships>' },
      { name: 'xl\\strings.xml', data: '<x:sst xmlns:x="m"><x:si><x:t>乙</x:t></x:si></x:sst>' },
      { name: 'xl\\worksheets\\s.xml', data: '<ns2:worksheet xmlns:ns2="m"><ns2:sheetData><ns2:row r="1"><ns2:c r="A1" t="s"><ns2:v>0</ns2:v></ns2:c></ns2:row></ns2:sheetData></ns2:worksheet>' },
    ];
    const { wb, sheets } = await readAll(file(makeZip(entries)));
    expect(sheets).toEqual([{ name: '表 ', rows: [{ row: 1, cells: ['乙'] }] }]);
    expect(wb.sheets[0]!.hidden).toBeUndefined();
  });

  it('marks hidden sheets', async () => {
    const entries: FixtureEntry[] = [
      { name: 'xl/workbook.xml', data: '<workbook><sheets><sheet name="A" r:id="r1"/><sheet name="lists" state="veryHidden" r:id="r2"/></sheets></workbook>' },
      { name: 'xl/_rels/workbook.xml.rels', data: '<Relationships><Relationship Id="r1" Type="x/worksheet" Target="a.xml"/><Relationship Id="r2" Type="x/worksheet" Target="b.xml"/></Relationships>' },
      { name: 'xl/a.xml', data: '<worksheet/>' },
      { name: 'xl/b.xml', data: '<worksheet/>' },
    ];
    const { wb } = await readAll(file(makeZip(entries)));
    expect(wb.sheets.map((s) => [s.name, s.hidden ?? false])).toEqual([
      ['A', false],
      ['lists', true],
    ]);
  });
});

describe('sheet byte scanner', () => {
  const sheet =
    '\ufeff<?xml version="1.0" encoding="UTF-8"?>\n<worksheet><sheetData>' +
    '<row r="1"><c r="A1" t="inlineStr"><is><t>顾问每日工作日程表 &amp; 䶮😀</t></is></c></row>' +
    '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="str"><v>张伟</v></c><c r="C2"><v>1.5E+3</v></c></row>' +
    '</sheetData><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells></worksheet>';
  const expected: RawRow[] = [
    { row: 1, cells: ['顾问每日工作日程表 & 䶮😀'] },
    { row: 2, cells: ['王芳', '张伟', 1500] },
  ];

  it('keeps multi-byte characters split across chunks (1-byte chunks and odd sizes)', () => {
    for (const size of [1, 2, 3, 5, 7, 64, 1 << 20]) {
      expect(scanBytes(sheet, size, ctx(['王芳'])).rows, `chunk ${size}`).toEqual(expected);
    }
  });

  it('gives the same rows for any split of the bytes into chunks (property)', () => {
    const bytes = Buffer.from(sheet, 'utf8');
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 40 }), (cuts) => {
        const scanner = new SheetScanner(ctx(['王芳']));
        const rows: RawRow[] = [];
        let last = 0;
        for (const cut of [...cuts].sort((a, b) => a - b).concat(bytes.length)) {
          scanner.push(bytes.subarray(last, cut));
          last = cut;
          rows.push(...scanner.out);
          scanner.out = [];
        }
        scanner.end();
        rows.push(...scanner.out);
        expect(rows).toEqual(expected);
      }),
      { numRuns: 300, seed: 20261118 },
    );
  });

  it('reads shared strings the same way, in any chunking: runs joined, readings skipped', () => {
    const sst =
      '<sst><si><t>销售</t></si><si><r><t>顾</t></r><r><t>问</t></r><rPh><t>こもん</t></rPh></si><si/><si><t>_x4e2d_</t></si></sst>';
    for (const size of [1, 3, 1000]) expect(scanBytes(sst, size).strings).toEqual(['销售', '顾问', null, '中']);
  });

  it('reads repeated inline strings (interned by their bytes) exactly as decoding them gives', () => {
    const texts = ['张伟', '张伟', 'a &amp; b', 'a &amp; b', 'x_x0041_y', 'x_x0041_y', 'line1\r\nline2', 'line1\r\nline2', '长'.repeat(30), '长'.repeat(30), '䶮𠮷', '䶮𠮷', '张伟 ', '张伟'];
    const want = ['张伟', '张伟', 'a & b', 'a & b', 'xAy', 'xAy', 'line1\nline2', 'line1\nline2', '长'.repeat(30), '长'.repeat(30), '䶮𠮷', '䶮𠮷', '张伟 ', '张伟'];
    const xml = `<worksheet><sheetData>${texts.map((t, i) => `<row r="${i + 1}"><c t="inlineStr"><is><t xml:space="preserve">${t}</t></is></c></row>`).join('')}</sheetData></worksheet>`;
    for (const size of [1, 7, 1 << 16]) expect(scanBytes(xml, size).rows.map((r) => r.cells[0])).toEqual(want);
  });

  it('refuses more than 10,000 merged ranges, in linear time', () => {
    const merges = (k: number) =>
      `<worksheet><sheetData/><mergeCells>${'<mergeCell ref="A1:B2"/>'.repeat(k)}</mergeCells></worksheet>`;
    expect(() => scanBytes(merges(10_000), 1 << 16)).not.toThrow();
    const started = performance.now();
    expect(() => scanBytes(merges(50_000), 1 << 16)).toThrow(expect.objectContaining({ key: 'read.too-many-merges' }));
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("refuses rows beyond Excel's 1,048,576", () => {
    const x = '<worksheet><sheetData><row r="1048577"><c><v>1</v></c></row></sheetData></worksheet>';
    expect(() => scanBytes(x, 100)).toThrow(expect.objectContaining({ key: 'read.too-many-rows' }));
  });

  it('refuses a DOCTYPE and damaged structure', () => {
    expect(() => scanBytes('<!DOCTYPE x [<!ENTITY a "b">]><worksheet/>', 10)).toThrow(expect.objectContaining({ key: 'read.doctype' }));
    expect(() => scanBytes('<worksheet><sheetData><row></sheetData></worksheet>', 10)).toThrow(expect.objectContaining({ key: 'read.damaged' }));
    expect(() => scanBytes('<worksheet><sheetData><row r="1"><c><v>1</v></c></row>', 10)).toThrow(expect.objectContaining({ key: 'read.damaged' }));
    expect(() => scanBytes('garbage<worksheet/>', 10)).toThrow(expect.objectContaining({ key: 'read.damaged' }));
    const deep = `<worksheet>${'<a>'.repeat(300)}${'</a>'.repeat(300)}</worksheet>`;
    expect(() => scanBytes(deep, 1000)).toThrow(expect.objectContaining({ key: 'read.damaged' }));
    const fine = `<worksheet>${'<a>'.repeat(100)}${'</a>'.repeat(100)}</worksheet>`;
    expect(() => scanBytes(fine, 1000)).not.toThrow();
  });

  it('numbers rows and columns without r= attributes as Excel does', () => {
    const x = '<worksheet><sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row/><row><c r="C3"><v>3</v></c><c><v>4</v></c></row></sheetData></worksheet>';
    const got: CellValue[][] = scanBytes(x, 4).rows.map((r) => [r.row, ...r.cells]);
    expect(got).toEqual([
      [1, 1, 2],
      [3, null, null, 3, 4],
    ]);
  });
});

describe('zip guards', () => {
  it('refuses an entry that inflates more than 100-fold before inflating it', async () => {
    const p = file(makeXlsx({ sheetXml: '<sheetData/>', sharedStrings: ['a'.repeat(4_000_000)] }));
    expect(await refusal(p)).toBe('read.zip-bomb');
  });

  it('enforces the bound on the bytes really inflated when the header lies', async () => {
    const huge = `<sheetData>${'<row><c><v>1</v></c></row>'.repeat(20_000)}</sheetData>`;
    const entries: FixtureEntry[] = [
      { name: 'xl/workbook.xml', data: '<workbook><sheets><sheet name="S" r:id="r1"/></sheets></workbook>' },
      { name: 'xl/_rels/workbook.xml.rels', data: '<Relationships><Relationship Id="r1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' },
      { name: 'xl/worksheets/sheet1.xml', data: `<worksheet>${huge}</worksheet>`, declaredSize: 1000 },
    ];
    expect(await refusal(file(makeZip(entries)))).toBe('read.zip-bomb');
  });

  it('inflates a part of a small file at once, in one buffer of its declared size, and still checks that size', async () => {
    // ~170 KB of sheet XML (eleven of zlib's default 16 KB chunks), with text that does not repeat.
    const rows = Array.from({ length: 3000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>顾客${(i * 7919) % 100_003}</t></is></c><c r="B${i + 1}"><v>${i * 31}</v></c></row>`);
    const xml = `<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`;
    const entries = (declaredSize?: number): FixtureEntry[] => [
      { name: 'xl/workbook.xml', data: '<workbook><sheets><sheet name="S" r:id="r1"/></sheets></workbook>' },
      { name: 'xl/_rels/workbook.xml.rels', data: '<Relationships><Relationship Id="r1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' },
      { name: 'xl/worksheets/sheet1.xml', data: xml, ...(declaredSize === undefined ? {} : { declaredSize }) },
    ];
    const { sheets } = await readAll(file(makeZip(entries())), 'advisor.xlsx');
    expect(sheets[0]!.rows.length).toBe(3000);
    expect(cell(sheets[0]!, 'A2999')).toBe(`顾客${(2998 * 7919) % 100_003}`);
    expect(cell(sheets[0]!, 'B3000')).toBe(2999 * 31);
    // A declared size smaller than the part (zlib then goes on past the buffer) or bigger: damaged.
    const real = Buffer.byteLength(xml);
    for (const declared of [real - 1, Math.floor(real / 3), real + 1, real * 3]) {
      expect(await refusal(file(makeZip(entries(declared))))).toBe('read.damaged-part');
    }
  });

  it('refuses too many entries, oversized parts and unknown compression', async () => {
    const many: FixtureEntry[] = Array.from({ length: 10_001 }, (_, i) => ({ name: `f${i}`, data: '', stored: true }));
    expect(await refusal(file(makeZip(many)))).toBe('read.too-many-entries');
    const entries: FixtureEntry[] = [
      { name: 'xl/workbook.xml', data: '<workbook><sheets><sheet name="S" r:id="r1"/></sheets></workbook>', declaredSize: 200 * 1024 * 1024 },
    ];
    expect(await refusal(file(makeZip(entries)))).toBe('read.part-too-large');
    const bzip: FixtureEntry[] = [{ name: 'xl/workbook.xml', data: '<workbook/>', method: 12 }];
    expect(await refusal(file(makeZip(bzip)))).toBe('read.unsupported-zip');
  });

  it('refuses a zip that holds no workbook, and an OpenDocument spreadsheet', async () => {
    expect(await refusal(file(makeZip([{ name: 'word/document.xml', data: '<w/>' }])))).toBe('read.not-spreadsheet');
    const ods = makeZip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', stored: true },
      { name: 'content.xml', data: '<office/>' },
    ]);
    expect(await refusal(file(ods))).toBe('read.ods');
  });
});
