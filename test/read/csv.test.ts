import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import fc from 'fast-check';
import { chooseCsvEncoding, csvFromSource, csvTextRows, sniffDelimiter } from '../../src/read/csv.js';
import { ClubError } from '../../src/errors.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readAll } from '../support/read-all.js';
import type { RawRow, ReadNote } from '../../src/read/types.js';

/** The rows of `bytes` read as a streamed CSV whose bytes arrive in pieces of `size`. */
async function streamed(bytes: Buffer, size = 3, notes?: ReadNote[]): Promise<{ rows: RawRow[]; encoding: string }> {
  const source = async function* () {
    for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
  };
  const wb = await csvFromSource(source, bytes.length, 'x.csv');
  const rows: RawRow[] = [];
  for await (const batch of wb.sheets[0]!.rowBatches!()) rows.push(...batch);
  if (notes) notes.push(...wb.sheets[0]!.notes!);
  return { rows, encoding: wb.encoding! };
}

const rows = (text: string, notes: ReadNote[] = []) => csvTextRows(text, 'x.csv', notes);
const fail = async (p: Promise<unknown> | (() => unknown)): Promise<ClubError> => {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    expect(e).toBeInstanceOf(ClubError);
    return e as ClubError;
  }
  throw new Error('no error');
};

const TEXT = '销售顾问,手机号\r\n张伟,00123\r\n李娜䶮,13800138000\r\n';
const TEXT_ROWS = [
  { row: 1, cells: ['销售顾问', '手机号'] },
  { row: 2, cells: ['张伟', '00123'] },
  { row: 3, cells: ['李娜䶮', '13800138000'] },
];

describe('CSV encoding', () => {
  it('honours a BOM: UTF-8, UTF-16LE, UTF-16BE', async () => {
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]);
    expect(await streamed(utf8)).toEqual({ rows: TEXT_ROWS, encoding: 'utf-8 (BOM)' });
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    expect(await streamed(le)).toEqual({ rows: TEXT_ROWS, encoding: 'utf-16le (BOM)' });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()]);
    expect(await streamed(be, 1)).toEqual({ rows: TEXT_ROWS, encoding: 'utf-16be (BOM)' });
  });

  it('reads strict UTF-8 without BOM as UTF-8, and Chinese GBK/GB18030 as GB18030', async () => {
    expect((await streamed(Buffer.from(TEXT))).encoding).toBe('utf-8');
    expect(await streamed(iconv.encode(TEXT, 'gb18030'))).toEqual({ rows: TEXT_ROWS, encoding: 'gb18030' });
    expect((await streamed(iconv.encode('销售顾问,客户\r\n', 'gbk'), 1)).rows).toEqual([{ row: 1, cells: ['销售顾问', '客户'] }]);
  });

  it('decides on the first non-ASCII bytes even when they come after pages of ASCII', async () => {
    const ascii = 'a,b\n'.repeat(2000);
    const gbk = iconv.encode(`${ascii}张伟,李娜\n`, 'gbk');
    const got = await streamed(gbk, 1000);
    expect(got.encoding).toBe('gb18030');
    expect(got.rows.at(-1)).toEqual({ row: 2001, cells: ['张伟', '李娜'] });
  });

  it('refuses binary data that no encoding fits', async () => {
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const err = await fail(streamed(binary));
    expect(err.key).toBe('read.csv-binary');
    expect(err.localized()).toContain('x.csv');
    expect((await fail(streamed(Buffer.from('a,b\u0000c')))).key).toBe('read.csv-binary');
  });

  it('names Windows-1252 text, both when GBK refuses it and when GBK would garble it (Äcker -> 腸ker)', async () => {
    const garbled = iconv.encode('Name,Ort\nÄcker,Köln\n', 'win1252');
    expect(iconv.decode(garbled, 'gb18030')).toContain('腸ker'); // valid GB18030, wrong text
    const e1 = await fail(streamed(garbled));
    expect(e1.key).toBe('read.csv-western-garbled');
    expect(e1.localized()).toContain('Äcker');
    expect(e1.localized()).toContain('腸ker');
    expect(e1.localizedHint()).toContain('--encoding windows-1252');
    const refused = iconv.encode('Name,Ort\nJosé,café\n', 'win1252'); // é, then a comma: not GBK at all
    expect((await fail(streamed(refused))).key).toBe('read.csv-western');
  });

  it('reads what --encoding says a file is, and says when the file is not that', async () => {
    const bytes = iconv.encode('Name,Ort\nÄcker,Köln\n', 'win1252');
    const enc = chooseCsvEncoding('x.csv', bytes, { declared: 'windows-1252' });
    expect(enc.label).toBe('windows-1252');
    expect(new TextDecoder(enc.label).decode(bytes)).toContain('Äcker,Köln');
    const err = await fail(() => chooseCsvEncoding('x.csv', iconv.encode('张伟', 'gbk'), { declared: 'utf-8' }));
    expect(err.key).toBe('read.csv-not-declared');
  });

  it('names a UTF-8 BOM before GBK bytes, and odd-length UTF-16', async () => {
    const mixed = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), iconv.encode(TEXT, 'gbk')]);
    expect((await fail(streamed(mixed))).key).toBe('read.csv-bom-gbk');
    const odd = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le'), Buffer.from([0x41])]);
    const err = await fail(streamed(odd));
    expect(err.key).toBe('read.csv-utf16-odd');
    expect(err.localized()).toContain('UTF-16LE');
  });

  it('refuses a file that turns from UTF-8 into GBK further down, naming the line', async () => {
    const bytes = Buffer.concat([Buffer.from(`张伟,李娜,王芳,赵强\n${'a,b\n'.repeat(50)}`), iconv.encode('李娜,2\n', 'gbk')]);
    const err = await fail(streamed(bytes, 16));
    expect(err.key).toBe('read.csv-encoding-changes');
    expect(Number(err.params.line)).toBeGreaterThan(40);
    // Past the first megabyte the choice is made: the first GBK byte stops the reading there.
    const far = Buffer.concat([Buffer.from(`张伟,1\n${'a,b\n'.repeat(300_000)}`), iconv.encode('李娜,2\n', 'gbk')]);
    const late = await fail(streamed(far, 65_536));
    expect(late).toMatchObject({ key: 'read.csv-encoding-changes', params: { encoding: 'utf-8' } });
    expect(Number(late.params.line)).toBeGreaterThan(250_000);
  });
});

describe('CSV records', () => {
  it('sniffs comma, tab and semicolon from the first line, ignoring quoted text', () => {
    expect(sniffDelimiter('a,b,c\nx')).toBe(',');
    expect(sniffDelimiter('姓名\t年纪\n')).toBe('\t');
    expect(sniffDelimiter('a;b;"c,d,e"\n')).toBe(';');
    expect(sniffDelimiter('single')).toBe(',');
  });

  it('keeps every value as text (leading zeros, phones) and empty cells as null', () => {
    expect(rows('id,phone,,note\r\n00123,13800138000,,\r\n')).toEqual([
      { row: 1, cells: ['id', 'phone', null, 'note'] },
      { row: 2, cells: ['00123', '13800138000'] },
    ]);
  });

  it('numbers rows as a spreadsheet shows them: blank lines count, quoted line breaks do not', () => {
    expect(rows('a,b\n\n"line1\nline2",x\n,\nlast,1\n')).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 3, cells: ['line1\nline2', 'x'] },
      { row: 5, cells: ['last', '1'] },
    ]);
  });

  it('ends a row at CRLF, LF and a bare CR alike (a bare LF inside a CRLF file does not merge rows)', () => {
    const want = [
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['c', 'd'] },
      { row: 3, cells: ['e', 'f'] },
      { row: 4, cells: ['g', 'h'] },
    ];
    expect(rows('a,b\r\nc,d\ne,f\r\ng,h\r\n')).toEqual(want);
    expect(rows('a,b\rc,d\re,f\rg,h')).toEqual(want);
    expect(rows('a,b\nc,d\r\ne,f\rg,h\n')).toEqual(want);
  });

  it('reads quoted fields: delimiters, doubled quotes, line breaks; a quote inside unquoted text is text', () => {
    expect(rows('"a,b","say ""hi""","x\r\ny"\nq"r,s\n')).toEqual([
      { row: 1, cells: ['a,b', 'say "hi"', 'x\r\ny'] },
      { row: 2, cells: ['q"r', 's'] },
    ]);
  });

  it('reads tab-separated Unicode text with ragged rows', () => {
    expect(rows('姓名\t年纪\n张三\t7\t多余\n李四\n')).toEqual([
      { row: 1, cells: ['姓名', '年纪'] },
      { row: 2, cells: ['张三', '7', '多余'] },
      { row: 3, cells: ['李四'] },
    ]);
  });

  it('names the line of a malformed record: an open quote, text after a closing quote', async () => {
    expect(await fail(() => rows('a,b\nc,d\n"e,f\n'))).toMatchObject({ key: 'read.csv-malformed', params: { line: 3 } });
    expect((await fail(() => rows('a,b\n"c"d,e\n'))).key).toBe('read.csv-malformed');
  });

  it("refuses more records than Excel's 1,048,576 rows", async () => {
    const err = await fail(() => rows('a\n'.repeat(1_048_577)));
    expect(err).toMatchObject({ key: 'read.csv-too-many-rows', params: { file: 'x.csv', max: 1_048_576 } });
  });

  it("cuts a cell longer than Excel's 32,767 characters and notes it", () => {
    const notes: ReadNote[] = [];
    const got = rows(`a,${'长'.repeat(40_000)}\n`, notes);
    expect((got[0]!.cells[1] as string).length).toBe(32_767);
    expect(notes).toEqual([{ row: 1, col: 1, code: 'cell-too-long' }]);
  });

  it('gives the same rows whatever pieces the bytes arrive in (property)', async () => {
    const field = fc.oneof(fc.constantFrom('', '张伟', '00123', '13800138000', 'a"b', '"q,"', '"x\r\ny"', '"""'), fc.string({ maxLength: 4 }).map((s) => s.replace(/[",\r\n]/g, '')));
    const eol = fc.constantFrom('\n', '\r\n', '\r');
    const line = fc.tuple(fc.array(field, { minLength: 1, maxLength: 4 }), eol).map(([f, e]) => f.join(',') + e);
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 9 }), async (lines, size) => {
        const text = `h1,h2\n${lines.join('')}`;
        const outcome = async (f: () => Promise<RawRow[]>) => f().catch((e: ClubError) => ({ key: e.key, params: e.params }));
        expect(await outcome(async () => (await streamed(Buffer.from(text), size)).rows)).toEqual(await outcome(async () => rows(text)));
      }),
      { seed: 17, numRuns: 300 },
    );
  });

  it('hands a piece of many rows on in batches of at most 200, the same rows as its whole text, errors naming the same line', async () => {
    const eols = ['\n', '\r\n', '\r'];
    const lines = Array.from({ length: 5_000 }, (_, i) => (i % 97 === 0 ? `${i},"备注\n第${i}行",x` : i % 13 === 0 ? '' : `${i},张伟${i % 7},,${'y'.repeat(i % 5)}`) + eols[i % 3]);
    const text = `编号,顾问,备注,填充\n${lines.join('')}`;
    const bytes = Buffer.from(text);
    const source = async function* () {
      for (let i = 0; i < bytes.length; i += 65_536) yield bytes.subarray(i, i + 65_536);
    };
    const wb = await csvFromSource(source, bytes.length, 'x.csv');
    const got: RawRow[] = [];
    for await (const batch of wb.sheets[0]!.rowBatches!()) {
      expect(batch.length).toBeLessThanOrEqual(200);
      got.push(...batch);
    }
    expect(got).toEqual(rows(text));
    // Bytes that are not UTF-8 far down: the line named is where their piece of the file begins.
    const ascii = Buffer.from('a,b\n'.repeat(300_000)); // past the first megabyte (the encoding's sample)
    const bad = Buffer.concat([bytes, ascii, iconv.encode('李娜,2\n', 'gbk')]);
    const before = bad.subarray(0, Math.floor((bytes.length + ascii.length) / 65_536) * 65_536);
    const err = await fail(streamed(bad, 65_536));
    expect(err).toMatchObject({ key: 'read.csv-encoding-changes', params: { line: before.toString('latin1').split('\n').length } });
  });

  it('reads a big file (read a megabyte at a time into two buffers in turn) exactly as its whole text', async () => {
    const lines = Array.from({ length: 90_000 }, (_, i) => `${i},张伟${i % 7},"备注,第${i}行\n二行",${'x'.repeat(i % 13)}`);
    const text = `编号,顾问,备注,填充\r\n${lines.join('\r\n')}\r\n`;
    const path = join(mkdtempSync(join(tmpdir(), 'clubcrm-csv-')), 'big.csv');
    writeFileSync(path, iconv.encode(text, 'gbk'));
    expect(iconv.encode(text, 'gbk').length).toBeGreaterThan(2.5 * 1024 * 1024); // beyond the 2 MB read whole
    const { wb, sheets } = await readAll(path, 'big.csv');
    expect(wb.encoding).toBe('gb18030');
    expect(sheets[0]!.rows).toEqual(rows(text));
  });
});
