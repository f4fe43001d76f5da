/**
 * The shared table of bad inputs (issue "Reliability and safety"): every reading verb runs
 * through every case. Each case builds its file(s) in a folder and says what the user must get.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { DAMAGED_INPUTS } from './bad-inputs-damaged.js';

export interface BadInput {
  name: string;
  /** Creates the input in `dir`; returns the path to give the verb. */
  make: (dir: string) => Promise<string> | string;
  /** 'stop': the verb cannot proceed (exit 2). 'data': a data issue (exit 1 for check/import/inspect, 0 for reports that wrote). 'ok': readable, nothing wrong required. */
  kind: 'stop' | 'data' | 'ok';
  /** Text the message must contain (besides the file name), e.g. what to do. */
  mentions?: RegExp;
  /** Text the message must not contain (e.g. "zip bomb" for a merely damaged part). */
  never?: RegExp;
}

const CALL_HEADERS = '日期,顾问,客户姓名,联系电话,名单类型,呼出类型,通话结果';
const callRow = (date: string, phone = '13812345678') => `${date},张伟,小明,${phone},新单,一次邀约,已邀约`;

async function xlsx(path: string, rows: unknown[][], sheet = '顾问每日工作日程表'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(path);
  return path;
}

export const BAD_INPUTS: BadInput[] = [
  { name: 'empty .xlsx file', kind: 'stop', make: (d) => (writeFileSync(join(d, 'empty.xlsx'), ''), join(d, 'empty.xlsx')) },
  { name: 'empty .csv file', kind: 'data', make: (d) => (writeFileSync(join(d, 'empty.csv'), ''), join(d, 'empty.csv')) },
  // A form with no rows is a warning (an invites sheet of a week with no invitations is real), not an error.
  { name: 'header only', kind: 'ok', make: (d) => (writeFileSync(join(d, 'header.csv'), `${CALL_HEADERS}\r\n`), join(d, 'header.csv')) },
  {
    name: 'no recognizable form',
    kind: 'data',
    make: (d) => (writeFileSync(join(d, 'shopping.csv'), '品名,数量,单价\n苹果,3,5\n'), join(d, 'shopping.csv')),
  },
  {
    name: 'unknown enumeration values',
    kind: 'data',
    make: (d) => (writeFileSync(join(d, 'enum.csv'), `${CALL_HEADERS}\n2026-11-18,张伟,小明,13812345678,新单,三次邀约,聊得很好\n`), join(d, 'enum.csv')),
  },
  {
    name: 'impossible dates',
    kind: 'data',
    make: (d) => (writeFileSync(join(d, 'dates.csv'), `${CALL_HEADERS}\n${callRow('2026-02-30')}\n${callRow('2026-13-01')}\n${callRow('昨天')}\n`), join(d, 'dates.csv')),
  },
  {
    name: '1900/1904 edge dates',
    kind: 'data',
    make: (d) => xlsx(join(d, 'edge.xlsx'), [CALL_HEADERS.split(','), [60, '张伟', '小明', '13812345678', '新单', '一次邀约', '已邀约'], [0, '张伟', '小明', '13812345679', '新单', '一次邀约', '已邀约'], [-5, '张伟', '小明', '13812345670', '新单', '一次邀约', '已邀约'], [2958466, '张伟', '小明', '13812345671', '新单', '一次邀约', '已邀约']]),
  },
  {
    name: 'a cell of 100,000 characters',
    kind: 'data',
    make: (d) => (writeFileSync(join(d, 'long.csv'), `${CALL_HEADERS},备注\n${callRow('2026-11-18')},${'长'.repeat(100_000)}\n`), join(d, 'long.csv')),
  },
  {
    name: '100 columns',
    kind: 'ok',
    make: (d) => {
      const extra = Array.from({ length: 93 }, (_, i) => `列${i + 1}`);
      writeFileSync(join(d, 'wide.csv'), `${CALL_HEADERS},${extra.join(',')}\n${callRow('2026-11-18')},${extra.map(() => 'x').join(',')}\n`);
      return join(d, 'wide.csv');
    },
  },
  {
    name: 'duplicate headers',
    kind: 'data',
    make: (d) => (writeFileSync(join(d, 'dup.csv'), `${CALL_HEADERS},联系电话\n${callRow('2026-11-18')},13900000000\n`), join(d, 'dup.csv')),
  },
  {
    name: 'rows beyond Excel\'s limit',
    kind: 'stop',
    make: (d) => {
      const line = `${callRow('2026-11-18')}\n`;
      writeFileSync(join(d, 'huge.csv'), `${CALL_HEADERS}\n${line.repeat(1_048_577)}`);
      return join(d, 'huge.csv');
    },
  },
  {
    name: 'binary data in a .csv',
    kind: 'stop',
    make: (d) => {
      const bytes = Buffer.alloc(4096);
      for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
      writeFileSync(join(d, 'binary.csv'), bytes);
      return join(d, 'binary.csv');
    },
  },
  {
    name: 'a legacy .xls renamed .xlsx',
    kind: 'stop',
    mentions: /xlsx/,
    make: (d) => {
      const ole = Buffer.alloc(1024);
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
      writeFileSync(join(d, 'old.xlsx'), ole);
      return join(d, 'old.xlsx');
    },
  },
  {
    name: 'an HTML page renamed .xlsx',
    kind: 'stop',
    mentions: /xlsx/,
    make: (d) => (writeFileSync(join(d, 'page.xlsx'), '<!DOCTYPE html><html><body><table><tr><td>日期</td></tr></table></body></html>'), join(d, 'page.xlsx')),
  },
  {
    name: 'a broken link inside a folder',
    kind: 'stop',
    make: (d) => {
      mkdirSync(join(d, 'sheets'), { recursive: true });
      symlinkSync(join(d, 'gone.xlsx'), join(d, 'sheets', 'broken-link.xlsx'));
      return join(d, 'sheets');
    },
  },
  { name: 'a missing path', kind: 'stop', make: (d) => join(d, 'no-such-file.xlsx') },
  {
    name: 'an unreadable file',
    kind: 'stop',
    make: (d) => {
      // A symlink loop cannot be read even by root (file permissions do not stop root).
      mkdirSync(join(d, 'loop'), { recursive: true });
      symlinkSync(join(d, 'loop', 'b.csv'), join(d, 'loop', 'a.csv'));
      symlinkSync(join(d, 'loop', 'a.csv'), join(d, 'loop', 'b.csv'));
      return join(d, 'loop', 'a.csv');
    },
  },
];

// --- CSV encodings and line ends (issue 16 items 3-5; branch i17) ---
const CALL_CSV = `${CALL_HEADERS}\n${callRow('2026-11-18')}\n`;
const latin1252 = (text: string): Buffer => Buffer.from([...text].map((ch) => ({ Ä: 0xc4, ö: 0xf6, é: 0xe9, ü: 0xfc })[ch] ?? ch.charCodeAt(0)));
BAD_INPUTS.push(
  {
    name: 'Western European (Windows-1252) CSV that GBK would garble',
    kind: 'stop',
    mentions: /windows-1252/,
    // Ä then c is a valid GBK character: read as GB18030 this would be 腸ker.
    make: (d) => (writeFileSync(join(d, 'west-garble.csv'), latin1252('Name,Ort\nÄcker,Köln\n')), join(d, 'west-garble.csv')),
  },
  {
    name: 'Western European (Windows-1252) CSV that GBK refuses',
    kind: 'stop',
    mentions: /windows-1252/,
    make: (d) => (writeFileSync(join(d, 'west.csv'), latin1252('Name,Ort\nJosé,Müller\n')), join(d, 'west.csv')),
  },
  {
    name: 'a UTF-8 BOM before GBK bytes',
    kind: 'stop',
    mentions: /GBK/,
    // 张伟 in GBK after EF BB BF.
    make: (d) => (writeFileSync(join(d, 'bom-gbk.csv'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a,b\n', 'latin1'), Buffer.from([0xd5, 0xc5, 0xce, 0xb0, 0x0a])])), join(d, 'bom-gbk.csv')),
  },
  {
    name: 'UTF-16 of an odd length',
    kind: 'stop',
    mentions: /UTF-16/,
    make: (d) => (writeFileSync(join(d, 'odd16.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CALL_CSV, 'utf16le'), Buffer.from([0x41])])), join(d, 'odd16.csv')),
  },
  {
    name: 'a bare LF inside a CRLF file',
    kind: 'ok',
    make: (d) => (writeFileSync(join(d, 'mixed-eol.csv'), `${CALL_HEADERS}\r\n${callRow('2026-11-18')}\n${callRow('2026-11-19', '13812345679')}\r\n`), join(d, 'mixed-eol.csv')),
  },
  {
    name: 'old Mac line ends (bare CR)',
    kind: 'ok',
    make: (d) => (writeFileSync(join(d, 'cr.csv'), `${CALL_HEADERS}\r${callRow('2026-11-18')}\r`), join(d, 'cr.csv')),
  },
  {
    name: 'one row and a million empty lines',
    kind: 'ok',
    make: (d) => (writeFileSync(join(d, 'empty-lines.csv'), `${CALL_CSV}${'\r\n'.repeat(1_000_000)}`), join(d, 'empty-lines.csv')),
  },
);

// Issue 16: damaged files and foreign formats (their own module, to keep merges apart).
BAD_INPUTS.push(...DAMAGED_INPUTS);
