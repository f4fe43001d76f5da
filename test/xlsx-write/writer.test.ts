import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XWorkbook } from '../../src/xlsx-write/workbook.js';
import { excelSerial, workbookParts, xlsxBytes } from '../../src/xlsx-write/write.js';
import { columnLetter, xmlAttr, xmlText } from '../../src/xlsx-write/xml.js';
import { crc32, zipParts } from '../../src/xlsx-write/zip.js';
import { cell, readAll } from '../support/read-all.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'clubcrm-xlsx-write-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function save(wb: XWorkbook, name: string): string {
  const path = join(dir, name);
  writeFileSync(path, xlsxBytes(wb));
  return path;
}

async function exceljsRead(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

function part(wb: XWorkbook, name: string): string {
  const p = workbookParts(wb).find((x) => x.name === name);
  if (!p) throw new Error(`no part ${name}`);
  return p.data.toString('utf8');
}

describe('XML text', () => {
  it('escapes markup and keeps ordinary text as it is', () => {
    expect(xmlText('a & b < c > d "e" \'f\'')).toBe('a &amp; b &lt; c &gt; d "e" \'f\'');
    expect(xmlText('张伟 13800138000')).toBe('张伟 13800138000');
    expect(xmlAttr('say "hi" & <go>\n')).toBe('say &quot;hi&quot; &amp; &lt;go&gt;&#10;');
  });

  it('writes characters XML cannot hold as _xHHHH_, protects literal escapes, keeps a carriage return', () => {
    expect(xmlText('a\u0001b\u001Fc\uFFFF')).toBe('a_x0001_b_x001F_c_xFFFF_');
    expect(xmlText('code _x0041_ here')).toBe('code _x005F_x0041_ here');
    expect(xmlText('_x12_ and _xZZZZ_')).toBe('_x12_ and _xZZZZ_');
    expect(xmlText('line\r\nnext\ttab')).toBe('line&#13;\nnext\ttab');
  });

  it('keeps characters outside the BMP and replaces an unpaired surrogate', () => {
    expect(xmlText('䶮𠮷😀')).toBe('䶮𠮷😀');
    expect(xmlText('x\uD800y\uDC00z')).toBe('x\uFFFDy\uFFFDz');
    expect(xmlAttr('a\u0002b\uD83Dc')).toBe('ab\uFFFDc');
  });

  it('names columns as Excel does', () => {
    expect([1, 26, 27, 52, 53, 702, 703, 16384].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
  });
});

describe('zip', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
  });

  it('writes entries that inflate back to their content, stored when deflating does not help', () => {
    const big = Buffer.from('<row>'.repeat(1000));
    const zip = zipParts([
      { name: 'a.xml', data: big },
      { name: '中文/b.bin', data: Buffer.from([1]) },
    ]);
    // Local header of the first entry: deflated, sizes in place.
    expect(zip.readUInt32LE(0)).toBe(0x04034b50);
    expect(zip.readUInt16LE(8)).toBe(8);
    const csize = zip.readUInt32LE(18);
    expect(zip.readUInt32LE(22)).toBe(big.length);
    expect(inflateRawSync(zip.subarray(30 + 5, 30 + 5 + csize)).equals(big)).toBe(true);
    // Second entry: UTF-8 name, stored.
    const second = 30 + 5 + csize;
    expect(zip.readUInt16LE(second + 6) & 0x0800).toBe(0x0800);
    expect(zip.readUInt16LE(second + 8)).toBe(0);
    expect(zip.subarray(second + 30, second + 30 + Buffer.byteLength('中文/b.bin')).toString()).toBe('中文/b.bin');
    // End of central directory: two entries.
    expect(zip.readUInt32LE(zip.length - 22)).toBe(0x06054b50);
    expect(zip.readUInt16LE(zip.length - 22 + 10)).toBe(2);
  });
});

/** A sheet exercising every kind of value and the styles the reports use. */
function sample(): XWorkbook {
  const wb = new XWorkbook();
  wb.creator = 'clubcrm';
  wb.title = '测试 & <title>';
  const ws = wb.addWorksheet("顾问's 周报", {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:2',
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
    properties: { defaultRowHeight: 18 },
  });
  ws.getCell(1, 1).value = '标题 <周报> & "引号"';
  ws.getCell(1, 1).font = { name: '等线', size: 14, bold: true };
  ws.mergeCells(1, 1, 1, 4);
  const head = ws.getRow(2);
  ['顾问', '日期', '时间', '金额'].forEach((h, i) => {
    const c = head.getCell(i + 1);
    c.value = h;
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E78' } };
    c.font = { name: '等线', size: 11, bold: true, color: { argb: 'FFFFFFFF' } };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = { bottom: { style: 'thin', color: { argb: 'FF000000' } } };
  });
  const r3 = ws.getRow(3);
  r3.getCell(1).value = 'ctl\u0001 _x0041_ end ';
  r3.getCell(2).value = new Date(Date.UTC(2026, 10, 20));
  r3.getCell(2).numFmt = 'yyyy-mm-dd';
  r3.getCell(3).value = new Date(Date.UTC(2026, 10, 20, 19, 0));
  r3.getCell(3).numFmt = 'yyyy-mm-dd hh:mm';
  r3.getCell(4).value = 25600.5;
  r3.getCell(4).numFmt = '¥#,##0';
  r3.getCell(5).value = true;
  r3.getCell(6).value = new Date(Date.UTC(1900, 2, 1)); // no format: Excel's short date
  r3.getCell(7).numFmt = '@'; // empty but formatted
  r3.height = 30;
  ws.getCell(4, 1).value = '=HYPERLINK("http://x.invalid")';
  ws.getCell(4, 2).value = Number.NaN; // not a number: left empty
  ws.getCell(5, 1).value = '多行\n第二行';
  for (let r = 3; r <= 6; r++) ws.getCell(r, 4).dataValidation = { type: 'list', allowBlank: true, formulae: ['"属实,造假,未接通"'] };
  ws.getColumn(1).width = 20;
  ws.getColumn(2).width = 12;
  ws.getColumn(3).width = 12;
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 5, column: 4 } };
  ws.addConditionalFormatting({ ref: 'D3:D5', rules: [{ type: 'dataBar', priority: 1, cfvo: [{ type: 'num', value: 0 }, { type: 'max' }], color: { argb: 'FF638EC6' } }] });
  wb.addWorksheet('About');
  wb.worksheets[1]!.getCell(1, 1).value = 7;
  return wb;
}

describe('workbook model', () => {
  it('behaves as exceljs for merges: the other cells show and set the master, share its style', () => {
    const wb = new XWorkbook();
    const ws = wb.addWorksheet('S');
    ws.getCell(2, 2).value = 'x';
    ws.getCell(2, 3).value = 'gone';
    ws.mergeCells(2, 2, 3, 4);
    const slave = ws.getCell(3, 4);
    expect(slave.isMerged).toBe(true);
    expect(slave.master).toBe(ws.getCell(2, 2));
    expect(ws.getCell(2, 2).isMerged).toBe(true);
    expect(ws.getCell(2, 3).value).toBe('x');
    slave.value = 'y';
    expect(ws.getCell(2, 2).value).toBe('y');
    ws.getCell(2, 2).numFmt = '@';
    expect(slave.numFmt).toBe('@');
    expect(() => ws.mergeCells(3, 3, 5, 5)).toThrow(/merged/);
    expect(ws.getCell(9, 9).isMerged).toBe(false);
  });

  it('visits only cells and rows holding something, unless asked for every one', () => {
    const wb = new XWorkbook();
    const ws = wb.addWorksheet('S');
    ws.getCell(2, 3).value = 1;
    ws.getCell(4, 1).numFmt = '@'; // styled, empty
    const seen: string[] = [];
    ws.eachRow((row, n) => row.eachCell((c, col) => seen.push(`${n}:${col}:${String(c.value)}`)));
    expect(seen).toEqual(['2:3:1']);
    let rows = 0;
    ws.eachRow({ includeEmpty: true }, () => rows++);
    expect(rows).toBe(4);
    const col: number[] = [];
    ws.getColumn(3).eachCell({ includeEmpty: false }, (_c, r) => col.push(r));
    expect(col).toEqual([2]);
  });

  it('refuses invalid and duplicate sheet names', () => {
    const wb = new XWorkbook();
    wb.addWorksheet('Summary');
    expect(() => wb.addWorksheet('summary')).toThrow();
    expect(() => wb.addWorksheet('a/b')).toThrow();
    expect(() => wb.addWorksheet('x'.repeat(32))).toThrow();
    expect(wb.getWorksheet('Summary')?.name).toBe('Summary');
    expect(wb.getWorksheet('nope')).toBeUndefined();
  });
});

describe('written workbook', () => {
  it('reads back through exceljs with its values, formats, styles, merges and setup', async () => {
    const back = await exceljsRead(save(sample(), 'sample.xlsx'));
    expect(back.worksheets.map((w) => w.name)).toEqual(["顾问's 周报", 'About']);
    expect(back.creator).toBe('clubcrm');
    expect(back.title).toBe('测试 & <title>');
    const ws = back.worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('标题 <周报> & "引号"');
    expect(ws.getCell('A1').font).toMatchObject({ name: '等线', size: 14, bold: true });
    expect(ws.getCell('C1').isMerged).toBe(true);
    expect(ws.getCell('C1').master.address).toBe('A1');
    expect(ws.getCell('B2').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E78' } });
    expect(ws.getCell('B2').font).toMatchObject({ bold: true, color: { argb: 'FFFFFFFF' }, name: '等线', size: 11 });
    expect(ws.getCell('B2').alignment).toMatchObject({ horizontal: 'center', vertical: 'middle', wrapText: true });
    expect(ws.getCell('B2').border).toMatchObject({ bottom: { style: 'thin', color: { argb: 'FF000000' } } });
    expect(ws.getCell('A3').value).toBe('ctl\u0001 _x0041_ end ');
    expect(ws.getCell('B3').value).toEqual(new Date(Date.UTC(2026, 10, 20)));
    expect(ws.getCell('B3').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('C3').value).toEqual(new Date(Date.UTC(2026, 10, 20, 19, 0)));
    expect(ws.getCell('C3').numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(ws.getCell('D3').value).toBe(25600.5);
    expect(ws.getCell('D3').numFmt).toBe('"¥"#,##0');
    expect(ws.getCell('E3').value).toBe(true);
    expect(ws.getCell('F3').value).toEqual(new Date(Date.UTC(1900, 2, 1)));
    expect(ws.getCell('F3').numFmt).toBe('mm-dd-yy');
    expect(ws.getCell('G3').numFmt).toBe('@');
    expect(ws.getRow(3).height).toBe(30);
    expect(ws.getCell('A4').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('A4').formula).toBeUndefined();
    expect(ws.getCell('B4').value).toBeNull();
    expect(ws.getCell('A5').value).toBe('多行\n第二行');
    expect(ws.getColumn(1).width).toBe(20);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2, topLeftCell: 'B3' });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:2' });
    expect(ws.pageSetup.margins).toMatchObject({ left: 0.4, top: 0.5, header: 0.3 });
    expect(ws.properties.defaultRowHeight).toBe(18);
    expect(ws.autoFilter).toBe('A2:D5');
    for (const ref of ['D3', 'D6']) expect(ws.getCell(ref).dataValidation).toMatchObject({ type: 'list', allowBlank: true, formulae: ['"属实,造假,未接通"'] });
    expect(ws.getCell('D7').dataValidation).toBeUndefined();
    const cf = ws.conditionalFormattings[0]!;
    expect(cf.ref).toBe('D3:D5');
    expect(cf.rules[0]).toMatchObject({ type: 'dataBar', cfvo: [{ type: 'num', value: 0 }, { type: 'max' }], color: { argb: 'FF638EC6' } });
    expect(back.worksheets[1]!.getCell('A1').value).toBe(7);
  });

  it('reads back through clubcrm reader, which decodes the _xHHHH_ escapes', async () => {
    const { sheets } = await readAll(save(sample(), 'sample-own.xlsx'));
    const s = sheets[0]!;
    expect(s.name).toBe("顾问's 周报");
    expect(cell(s, 'A1')).toBe('标题 <周报> & "引号"');
    expect(cell(s, 'A3')).toBe('ctl\u0001 _x0041_ end ');
    expect(cell(s, 'B3')).toEqual({ iso: '2026-11-20' });
    expect(cell(s, 'C3')).toEqual({ iso: '2026-11-20T19:00:00' });
    expect(cell(s, 'D3')).toBe(25600.5);
    expect(cell(s, 'E3')).toBe(true);
    expect(cell(s, 'A5')).toBe('多行\n第二行');
    expect(sheets[1]!.rows).toEqual([{ row: 1, cells: [7] }]);
  });

  it('writes dates as 1900-system serials', () => {
    expect(excelSerial(new Date(Date.UTC(1899, 11, 30)))).toBe(0);
    expect(excelSerial(new Date(Date.UTC(2026, 10, 20)))).toBe(46346);
    expect(excelSerial(new Date(Date.UTC(2026, 10, 20, 18, 0)))).toBe(46346.75);
    expect(part(sample(), 'xl/worksheets/sheet1.xml')).toContain('<c r="B3" s="');
    expect(part(sample(), 'xl/worksheets/sheet1.xml')).toMatch(/<c r="B3" s="\d+"><v>46346<\/v><\/c>/);
  });

  it('de-duplicates styles: one format per distinct look, however many cells carry it', () => {
    const wb = new XWorkbook();
    const ws = wb.addWorksheet('S');
    for (let r = 1; r <= 200; r++) {
      for (let c = 1; c <= 5; c++) {
        const cell = ws.getCell(r, c);
        cell.value = r * c;
        cell.numFmt = c % 2 ? '#,##0' : '¥#,##0';
        cell.font = { name: '等线', size: 11, bold: r === 1 };
      }
    }
    const styles = part(wb, 'xl/styles.xml');
    const xfs = /<cellXfs count="(\d+)">/.exec(styles)![1];
    // default + {#,##0, ¥#,##0} x {bold, not bold}
    expect(Number(xfs)).toBe(5);
    expect(styles.match(/<numFmt /g)).toHaveLength(1); // #,##0 is built in
    expect(/<fonts count="(\d+)">/.exec(styles)![1]).toBe('3');
  });

  it('shares strings, writes one dropdown range for a column run, and is byte-stable', () => {
    const sheet = part(sample(), 'xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="D3:D6">');
    expect(sheet).toContain('<mergeCell ref="A1:D1"/>');
    const sst = part(sample(), 'xl/sharedStrings.xml');
    expect(sst).toContain('<t xml:space="preserve">ctl_x0001_ _x005F_x0041_ end </t>');
    expect(xlsxBytes(sample()).equals(xlsxBytes(sample()))).toBe(true);
  });

  it('keeps print titles of a quoted sheet name', () => {
    expect(part(sample(), 'xl/workbook.xml')).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'顾问''s 周报'!$1:$2</definedName>`);
  });
});
