/**
 * Issue 16 items 4 and 5: damaged files and foreign formats, small and hand-made, each named
 * for what it is. Part of the shared bad-input table (bad-inputs.ts) that every reading verb runs.
 */
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { makeXlsx, makeZip, type FixtureEntry } from './zip-fixture.js';
import type { BadInput } from './bad-inputs.js';

const HEADERS = ['日期', '顾问', '客户姓名', '联系电话', '名单类型', '呼出类型', '通话结果'];
const ROW = ['2026-11-18', '张伟', '小明', '13812345678', '新单', '一次邀约', '已邀约'];

/** A calls sheet as inline strings (so its parts can be damaged one at a time). */
function callsSheetXml(rows: string[][] = [HEADERS, ROW]): string {
  const cell = (v: string) => `<c t="inlineStr"><is><t>${v}</t></is></c>`;
  return `<sheetData>${rows.map((r, i) => `<row r="${i + 1}">${r.map(cell).join('')}</row>`).join('')}</sheetData>`;
}

function put(d: string, name: string, data: Buffer | string): string {
  writeFileSync(join(d, name), data);
  return join(d, name);
}

/** A calls workbook whose entries pass through `change` first. */
function calls(change: (entries: FixtureEntry[]) => FixtureEntry[] = (e) => e): Buffer {
  // makeXlsx builds the entries; rebuilt here so that single entries can be altered.
  const whole = makeXlsx({ sheetXml: callsSheetXml(), sheetName: '顾问每日工作日程表' });
  return makeZip(change(entriesOf(whole)));
}

/** The entries of a zip made by makeZip (stored names and inflated data). */
function entriesOf(zip: Buffer): FixtureEntry[] {
  const out: FixtureEntry[] = [];
  let p = 0;
  while (zip.readUInt32LE(p) === 0x04034b50) {
    const method = zip.readUInt16LE(p + 8);
    const csize = zip.readUInt32LE(p + 18);
    const nameLen = zip.readUInt16LE(p + 26);
    const name = zip.toString('utf8', p + 30, p + 30 + nameLen);
    const body = zip.subarray(p + 30 + nameLen, p + 30 + nameLen + csize);
    out.push({ name, data: method === 0 ? Buffer.from(body) : inflate(body) });
    p += 30 + nameLen + csize;
  }
  return out;
}

function inflate(b: Buffer): Buffer {
  return Buffer.from(inflateRawSync(b));
}

const SHEET = 'xl/worksheets/sheet1.xml';
const damaged = /已损坏|is damaged/;

export const DAMAGED_INPUTS: BadInput[] = [
  {
    name: 'a part whose CRC-32 fails',
    kind: 'stop',
    mentions: damaged,
    never: /zip bomb|压缩比/,
    make: (d) => put(d, 'bad-crc.xlsx', calls((es) => es.map((e) => (e.name === SHEET ? { ...e, crc: 0x12345678 } : e)))),
  },
  {
    name: 'a part that inflates a few bytes past its declared size',
    kind: 'stop',
    mentions: damaged,
    never: /zip bomb|压缩比/,
    make: (d) => put(d, 'past-size.xlsx', calls((es) => es.map((e) => (e.name === SHEET ? { ...e, declaredSize: Buffer.byteLength(e.data) - 3 } : e)))),
  },
  {
    name: 'two zip entries of the same name',
    kind: 'stop',
    mentions: /同名|two parts named/,
    make: (d) => put(d, 'twice.xlsx', calls((es) => [...es, { name: SHEET, data: `<worksheet>${callsSheetXml([HEADERS])}</worksheet>` }])),
  },
  {
    name: 'entries differing only in case, one named exactly',
    kind: 'ok',
    make: (d) => put(d, 'case-exact.xlsx', calls((es) => [...es, { name: 'xl/worksheets/Sheet1.xml', data: '<worksheet><sheetData/></worksheet>' }])),
  },
  {
    name: 'entries differing only in case, none named exactly',
    kind: 'stop',
    mentions: /大小写|differing only in case/,
    make: (d) =>
      put(d, 'case-ambiguous.xlsx', calls((es) => [...es.map((e) => (e.name === SHEET ? { ...e, name: 'xl/worksheets/SHEET1.xml' } : e)), { name: 'xl/worksheets/Sheet1.xml', data: '<worksheet><sheetData/></worksheet>' }])),
  },
  {
    name: 'a shared-string index out of range',
    kind: 'data',
    make: (d) =>
      put(
        d,
        'sst-range.xlsx',
        makeXlsx({
          sheetName: '顾问每日工作日程表',
          sharedStrings: [...HEADERS, ...ROW],
          sheetXml: `<sheetData><row r="1">${HEADERS.map((_, i) => `<c t="s"><v>${i}</v></c>`).join('')}</row><row r="2">${ROW.map((_, i) => `<c t="s"><v>${i === 1 ? 99 : i + 7}</v></c>`).join('')}</row><row r="3">${ROW.map((_, i) => `<c t="s"><v>${i === 1 ? -1 : i + 7}</v></c>`).join('')}</row></sheetData>`,
        }),
      ),
  },
  {
    name: 'invalid UTF-8 in a part',
    kind: 'stop',
    mentions: /UTF-8/,
    make: (d) =>
      put(d, 'bad-utf8.xlsx', calls((es) => es.map((e) => (e.name === SHEET ? { ...e, data: Buffer.concat([Buffer.from(e.data).subarray(0, 200), Buffer.from([0xc3, 0x28]), Buffer.from(e.data).subarray(200)]) } : e)))),
  },
  {
    name: 'a zip directory record cut short',
    kind: 'stop',
    mentions: damaged,
    make: (d) => {
      const zip = calls();
      // The last central record's extra-field length runs past the directory's end.
      let p = zip.readUInt32LE(zip.length - 22 + 16);
      let last = p;
      while (zip.readUInt32LE(p) === 0x02014b50) {
        last = p;
        p += 46 + zip.readUInt16LE(p + 28) + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
      }
      zip.writeUInt16LE(0xfff0, last + 30);
      return put(d, 'cut-directory.xlsx', zip);
    },
  },
  {
    name: 'a sparse 2 GB .xlsx',
    kind: 'stop',
    mentions: /xlsx/,
    never: /CSV/,
    make: (d) => {
      const p = put(d, 'sparse.xlsx', '');
      truncateSync(p, 2 * 1024 * 1024 * 1024);
      return p;
    },
  },
  {
    name: 'a link to itself',
    kind: 'stop',
    mentions: /自身|itself/,
    make: (d) => {
      symlinkSync(join(d, 'self.xlsx'), join(d, 'self.xlsx'));
      return join(d, 'self.xlsx');
    },
  },
  {
    name: 'a folder link loop',
    kind: 'ok',
    make: (d) => {
      mkdirSync(join(d, 'loop'), { recursive: true });
      writeFileSync(join(d, 'loop', 'calls.csv'), `${HEADERS.join(',')}\n${ROW.join(',')}\n`);
      symlinkSync(join(d, 'loop'), join(d, 'loop', 'again'));
      return join(d, 'loop');
    },
  },
  {
    name: 'an Excel binary workbook (.xlsb)',
    kind: 'stop',
    mentions: /xlsb/,
    make: (d) =>
      put(
        d,
        'book.xlsb',
        makeZip([
          { name: '_rels/.rels', data: '<Relationships><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>' },
          { name: 'xl/workbook.bin', data: Buffer.from([0x83, 0x01, 0x00, 0x80, 0x01]) },
        ]),
      ),
  },
  {
    name: 'an Excel 2003 XML spreadsheet',
    kind: 'stop',
    mentions: /2003/,
    make: (d) =>
      put(d, 'book2003.xlsx', '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="S"><Table><Row><Cell><Data ss:Type="String">日期</Data></Cell></Row></Table></Worksheet></Workbook>\n'),
  },
  {
    name: 'XML entity declarations (billion laughs)',
    kind: 'stop',
    mentions: /DOCTYPE/,
    never: /zip bomb|压缩比/,
    make: (d) => {
      const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]><worksheet><sheetData>${'<row><c><v>&lol2;</v></c></row>'.repeat(40_000)}</sheetData></worksheet>`;
      return put(d, 'lol.xlsx', calls((es) => es.map((e) => (e.name === SHEET ? { ...e, data: lol } : e))));
    },
  },
  {
    name: 'a BIFF2 .xls (Excel 2.x)',
    kind: 'stop',
    mentions: /BIFF/,
    make: (d) => put(d, 'old.xls', Buffer.concat([Buffer.from([0x09, 0x00, 0x04, 0x00, 0x02, 0x00, 0x10, 0x00]), Buffer.alloc(200)])),
  },
  {
    name: 'a Lotus 1-2-3 worksheet',
    kind: 'stop',
    mentions: /Lotus/,
    make: (d) => put(d, 'budget.xlsx', Buffer.concat([Buffer.from([0x00, 0x00, 0x02, 0x00, 0x06, 0x04, 0x06, 0x00]), Buffer.alloc(200)])),
  },
  {
    name: 'a Quattro Pro worksheet',
    kind: 'stop',
    mentions: /Quattro/,
    make: (d) => put(d, 'budget-qp.csv', Buffer.concat([Buffer.from([0x00, 0x00, 0x02, 0x00, 0x20, 0x51, 0x00, 0x00]), Buffer.alloc(200)])),
  },
  {
    name: 'an Apple Numbers file',
    kind: 'stop',
    mentions: /Numbers/,
    make: (d) => put(d, 'sheet.xlsx', makeZip([{ name: 'Index/Document.iwa', data: Buffer.alloc(64, 7) }, { name: 'Metadata/Properties.plist', data: 'bplist00' }])),
  },
  {
    name: 'a dBase table',
    kind: 'stop',
    mentions: /dBase/,
    make: (d) => {
      const dbf = Buffer.alloc(200);
      dbf[0] = 0x03;
      dbf[1] = 126;
      dbf[2] = 11;
      dbf[3] = 20;
      dbf.writeUInt32LE(1, 4);
      dbf.writeUInt16LE(97, 8); // header: 32 + 2 fields x 32 + 1
      dbf.writeUInt16LE(21, 10);
      Buffer.from('NAME').copy(dbf, 32);
      Buffer.from('PHONE').copy(dbf, 64);
      dbf[96] = 0x0d;
      return put(d, 'customers.csv', dbf);
    },
  },
  { name: 'a SYLK file named .csv', kind: 'stop', mentions: /SYLK/, make: (d) => put(d, 'sylk.csv', 'ID;PWXL;N;E\r\nC;Y1;X1;K"日期"\r\nE\r\n') },
  { name: 'a DIF file named .csv', kind: 'stop', mentions: /DIF/, make: (d) => put(d, 'dif.csv', 'TABLE\r\n0,1\r\n"EXCEL"\r\nVECTORS\r\n0,2\r\n""\r\n') },
  {
    name: 'fixed-width text (.prn) named .csv',
    kind: 'stop',
    mentions: /\.prn/,
    make: (d) => put(d, 'report.csv', '日期        顾问    联系电话\n2026-11-18  张伟    13812345678\n2026-11-19  李娜    13812345679\n'),
  },
  { name: 'JSON named .csv', kind: 'stop', mentions: /JSON/, make: (d) => put(d, 'data.csv', '{\n  "calls": [{"date": "2026-11-18", "advisor": "张伟"}]\n}\n') },
  { name: 'a Makefile named .csv', kind: 'stop', mentions: /Makefile/, make: (d) => put(d, 'Makefile.csv', 'all: build\n\nbuild:\n\ttsc -p .\n\ttouch done\n') },
];

