// Generates a calls sheet (顾问每日工作日程表) of N rows as a real .xlsx: shared strings for
// names and enumerations, Excel date serials with a date style, phones as numbers. Row i's
// content is a pure function of (seed, i), so readers can be checked cell by cell afterwards.
import { ZipWriter } from './zip-writer.mjs';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '子涵欣怡梓萱思彤雨桐一诺语桐可馨浩宇宇轩子墨浩然梓睿俊熙沐宸奕辰皓轩䶮𠮷鑫淼';
const PURPOSES = ['一次邀约', '二次邀约', '老客户维系'];
const OUTCOMES = ['已邀约', '有意向', '无意向', '未接通', '空号', '错号', '长途', '停机'];
const LISTS = ['新单', '老单'];
export const HEADERS = ['日期', '顾问', '客户姓名', '联系电话', '名单类型', '呼出类型', '通话结果', '预约时间', '备注'];
// Serials of 2026-11-18 (Wed), 19, 20: the three call days of the week 2026-11-18.
const DAYS = [46344, 46345, 46346];

function mix(seed, i) {
  let h = (seed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The values of data row i (0-based): [daySerial, advisor, customer, phone, list, purpose, outcome, null, note].
 * `weeks` > 1 spreads the rows over that many center weeks ending with 2026-11-18 (history bench).
 */
export function callRow(seed, i, advisors, weeks = 1) {
  const h = mix(seed, i);
  const g = [...GIVEN];
  const customer = SURNAMES[h % SURNAMES.length] + g[(h >>> 8) % g.length] + g[(h >>> 16) % g.length];
  return [
    DAYS[(h >>> 3) % 3] - 7 * (weeks > 1 ? (h >>> 23) % weeks : 0),
    `顾问${String((h >>> 5) % advisors).padStart(3, '0')}`,
    customer,
    13000000000 + (h % 999999999),
    LISTS[(h >>> 11) % 3 === 0 ? 0 : 1],
    PURPOSES[(h >>> 13) % 10 < 7 ? 0 : (h >>> 13) % 10 < 9 ? 1 : 2],
    OUTCOMES[(h >>> 17) % OUTCOMES.length],
    null,
    (h >>> 21) % 50 === 0 ? `回访备注：家长说“周末再约”，第${i}行` : null,
  ];
}

function esc(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function colName(c) {
  return String.fromCharCode(65 + c);
}

/** Writes the workbook. Shared strings are collected in a first pass over the generator. */
export async function writeCallsWorkbook(path, { rows, seed = 1, advisors = 200, weeks = 1 }) {
  const sst = new Map();
  const idx = (s) => {
    let k = sst.get(s);
    if (k === undefined) {
      k = sst.size;
      sst.set(s, k);
    }
    return k;
  };
  HEADERS.forEach(idx);
  const zip = new ZipWriter(path);
  await zip.addEntry('[Content_Types].xml', async (push) => {
    await push('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>');
  });
  await zip.addEntry('_rels/.rels', async (push) => {
    await push('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>');
  });
  await zip.addEntry('xl/workbook.xml', async (push) => {
    await push('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="顾问每日工作日程表" sheetId="1" r:id="rId1"/></sheets></workbook>');
  });
  await zip.addEntry('xl/_rels/workbook.xml.rels', async (push) => {
    await push('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>');
  });
  await zip.addEntry('xl/styles.xml', async (push) => {
    await push('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>');
  });
  // Shared strings first (as most writers do), so streaming readers meet them before the sheet.
  for (let i = 0; i < rows; i++) {
    const v = callRow(seed, i, advisors, weeks);
    for (const k of [1, 2, 4, 5, 6, 8]) if (v[k]) idx(v[k]);
  }
  await zip.addEntry('xl/sharedStrings.xml', async (push) => {
    await push(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${sst.size}" uniqueCount="${sst.size}">`);
    for (const s of sst.keys()) await push(`<si><t>${esc(s)}</t></si>`);
    await push('</sst>');
  });
  await zip.addEntry('xl/worksheets/sheet1.xml', async (push) => {
    await push('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
    await push(`<row r="1">${HEADERS.map((h, c) => `<c r="${colName(c)}1" t="s"><v>${idx(h)}</v></c>`).join('')}</row>`);
    for (let i = 0; i < rows; i++) {
      const r = i + 2;
      const v = callRow(seed, i, advisors, weeks);
      let xml = `<row r="${r}"><c r="A${r}" s="1"><v>${v[0]}</v></c><c r="B${r}" t="s"><v>${idx(v[1])}</v></c><c r="C${r}" t="s"><v>${idx(v[2])}</v></c><c r="D${r}"><v>${v[3]}</v></c>`;
      xml += `<c r="E${r}" t="s"><v>${idx(v[4])}</v></c><c r="F${r}" t="s"><v>${idx(v[5])}</v></c><c r="G${r}" t="s"><v>${idx(v[6])}</v></c>`;
      if (v[8]) xml += `<c r="I${r}" t="s"><v>${idx(v[8])}</v></c>`;
      await push(`${xml}</row>`);
    }
    await push('</sheetData></worksheet>');
  });
  zip.close();
}
