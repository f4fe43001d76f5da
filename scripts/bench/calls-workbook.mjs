// Generates a calls sheet (顾问每日工作日程表) of N rows in one of the layouts real files come in:
//   numeric - shared strings for names and enumerations, phones as numbers (a typed column);
//   shared  - every text a shared string, phones too (Excel's way with a column typed by hand:
//             about a million unique strings);
//   inline  - every text an inline string (t="inlineStr"), as many exporters write;
//   csv / csv-gbk - the same rows as UTF-8 or GBK CSV (dates as 2026-11-18, phones as text).
// Dates are Excel serials with a date style in the workbooks. Row i's content is a pure
// function of (seed, i), so readers can be checked cell by cell afterwards.
import { closeSync, openSync, writeSync } from 'node:fs';
import iconv from 'iconv-lite';
import { ZipWriter } from './zip-writer.mjs';

export const LAYOUTS = ['shared', 'numeric', 'inline', 'csv', 'csv-gbk'];

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

/** 46344 -> 2026-11-18 (the generator's serials only). */
function isoOf(serial) {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

function csvField(s) {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Writes the rows as CSV (UTF-8, or GBK (GB18030 for the few names GBK lacks) as Excel zh-CN saves "CSV (逗号分隔)"). */
export function writeCallsCsv(path, { rows, seed = 1, advisors = 200, gbk = false, rowAt = (i) => callRow(seed, i, advisors) }) {
  const fd = openSync(path, 'w');
  let text = `${HEADERS.join(',')}\r\n`;
  const flush = () => {
    const buf = gbk ? iconv.encode(text, 'gb18030') : Buffer.from(text);
    writeSync(fd, buf, 0, buf.length);
    text = '';
  };
  for (let i = 0; i < rows; i++) {
    const v = rowAt(i);
    text += `${isoOf(v[0])},${csvField(v[1])},${csvField(v[2])},${v[3]},${v[4]},${v[5]},${v[6]},,${v[8] ? csvField(v[8]) : ''}\r\n`;
    if (text.length > 1 << 20) flush();
  }
  flush();
  closeSync(fd);
}

/** Writes `rows` call rows to `path` in `layout` (one of LAYOUTS); `rowAt(i)` gives row i's values (default: callRow). */
export async function writeCallsLayout(path, layout, opts) {
  if (layout === 'csv' || layout === 'csv-gbk') return writeCallsCsv(path, { ...opts, gbk: layout === 'csv-gbk' });
  return writeCallsWorkbook(path, { ...opts, layout });
}

function colName(c) {
  return String.fromCharCode(65 + c);
}

/** Writes the workbook. Shared strings are collected in a first pass over the generator. */
export async function writeCallsWorkbook(path, { rows, seed = 1, advisors = 200, weeks = 1, layout = 'numeric', rowAt = (i) => callRow(seed, i, advisors, weeks) }) {
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
  const textCols = layout === 'shared' ? [1, 2, 3, 4, 5, 6, 8] : [1, 2, 4, 5, 6, 8];
  if (layout !== 'inline') {
    for (let i = 0; i < rows; i++) {
      const v = rowAt(i);
      for (const k of textCols) if (v[k]) idx(String(v[k]));
      if (typeof v[3] === 'string') idx(v[3]); // a landline is text in every layout
    }
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
      const v = rowAt(i);
      // A blank cell is not written at all, as Excel does (and it has no shared string).
      const text = (c, s) => (s === '' ? '' : layout === 'inline' ? `<c r="${colName(c)}${r}" t="inlineStr"><is><t>${esc(s)}</t></is></c>` : `<c r="${colName(c)}${r}" t="s"><v>${idx(s)}</v></c>`);
      let xml = `<row r="${r}"><c r="A${r}" s="1"><v>${v[0]}</v></c>${text(1, v[1])}${text(2, v[2])}`;
      xml += layout === 'numeric' && typeof v[3] === 'number' ? `<c r="D${r}"><v>${v[3]}</v></c>` : text(3, String(v[3]));
      xml += `${text(4, v[4])}${text(5, v[5])}${text(6, v[6])}`;
      if (v[8]) xml += text(8, v[8]);
      await push(`${xml}</row>`);
    }
    await push('</sheetData></worksheet>');
  });
  zip.close();
}
