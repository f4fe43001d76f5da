/** Test support: writes small zip files (stored or deflated) entry by entry, with optional lies in the headers. */
import { crc32, deflateRawSync } from 'node:zlib';

export interface FixtureEntry {
  name: string;
  data: Buffer | string;
  /** Store instead of deflate. */
  stored?: boolean;
  /** Declare this uncompressed size in the central directory instead of the real one. */
  declaredSize?: number;
  /** Declare this compression method instead of the real one. */
  method?: number;
  /** Declare this CRC-32 instead of the real one. */
  crc?: number;
}

/** The bytes of a zip holding `entries`. */
export function makeZip(entries: FixtureEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data, 'utf8');
    const body = e.stored ? raw : deflateRawSync(raw);
    const method = e.method ?? (e.stored ? 0 : 8);
    const name = Buffer.from(e.name, 'utf8');
    const size = e.declaredSize ?? raw.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(e.crc ?? crc32(raw), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(e.crc ?? crc32(raw), 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal xlsx: one sheet (`sheetXml` = the content of <sheetData> and after), optional shared strings and styles. */
export function makeXlsx(opts: {
  sheetXml: string;
  sharedStrings?: string[];
  numFmts?: { id: number; code?: string }[];
  date1904?: boolean;
  extra?: FixtureEntry[];
  sheetName?: string;
}): Buffer {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const entries: FixtureEntry[] = [
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${opts.date1904 ? ' date1904="1"' : ''}/><sheets><sheet name="${esc(opts.sheetName ?? '通话记录')}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="/xl/sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}">${opts.sheetXml}</worksheet>`,
    },
  ];
  if (opts.sharedStrings) {
    entries.push({
      name: 'xl/sharedStrings.xml',
      data: `<?xml version="1.0"?><sst xmlns="${MAIN}">${opts.sharedStrings.map((s) => (s.startsWith('<') ? `<si>${s}</si>` : `<si><t>${esc(s)}</t></si>`)).join('')}</sst>`,
    });
  }
  const fmts = opts.numFmts ?? [];
  entries.push({
    name: 'xl/styles.xml',
    data: `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><numFmts>${fmts
      .filter((f) => f.code)
      .map((f) => `<numFmt numFmtId="${f.id}" formatCode="${esc(f.code!).replace(/"/g, '&quot;')}"/>`)
      .join('')}</numFmts><cellXfs><xf numFmtId="0"/>${fmts.map((f) => `<xf numFmtId="${f.id}"/>`).join('')}</cellXfs></styleSheet>`,
  });
  return makeZip([...entries, ...(opts.extra ?? [])]);
}
