import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { csvRows, csvTextRows, decodeChunks, decodeCsvBytes as decodeWhole, detectCsvEncoding, sniffDelimiter } from '../../src/read/csv.js';
import { ClubError } from '../../src/errors.js';
import type { RawRow, ReadNote } from '../../src/read/types.js';

async function* pieces(text: string, size = 7): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function rows(text: string, notes: ReadNote[] = []): Promise<RawRow[]> {
  const out: RawRow[] = [];
  for await (const r of csvRows(pieces(text, 1 << 16), 'x.csv', notes)) out.push(r);
  return out;
}

/** Detects the encoding of `bytes` fed in chunks of `size`, then decodes them with it. */
async function decodeCsvBytes(bytes: Buffer, file: string, size = 3): Promise<{ text: string; encoding: string }> {
  const chunks = () => Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));
  const enc = await detectCsvEncoding(bytes.subarray(0, 4), chunks, file);
  let text = '';
  for await (const t of decodeChunks(chunks(), enc)) text += t;
  return { text, encoding: enc.name };
}

const TEXT = '销售顾问,手机号\r\n张伟,00123\r\n李娜䶮,13800138000\r\n';

describe('CSV decoding', () => {
  it('honours a BOM: UTF-8, UTF-16LE, UTF-16BE', async () => {
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]);
    expect(await decodeCsvBytes(utf8, 'x.csv')).toEqual({ text: TEXT, encoding: 'utf-8 (BOM)' });
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    expect(await decodeCsvBytes(le, 'x.csv')).toEqual({ text: TEXT, encoding: 'utf-16le (BOM)' });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()]);
    expect(await decodeCsvBytes(be, 'x.csv')).toEqual({ text: TEXT, encoding: 'utf-16be (BOM)' });
  });

  it('reads strict UTF-8 without BOM as UTF-8, and anything else as GB18030 (GBK included)', async () => {
    expect((await decodeCsvBytes(Buffer.from(TEXT), 'x.csv')).encoding).toBe('utf-8');
    const gb = iconv.encode(TEXT, 'gb18030');
    expect(await decodeCsvBytes(gb, 'x.csv')).toEqual({ text: TEXT, encoding: 'gb18030' });
    const gbk = iconv.encode('销售顾问,客户\r\n', 'gbk');
    expect((await decodeCsvBytes(gbk, 'x.csv', 1)).text).toBe('销售顾问,客户\r\n');
  });

  it('refuses binary data that no encoding fits', async () => {
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const err = await decodeCsvBytes(binary, 'x.csv').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ClubError);
    expect((err as ClubError).key).toBe('read.csv-binary');
    expect((err as ClubError).message).toContain('x.csv');
    await expect(decodeCsvBytes(Buffer.from('a,b\u0000c'), 'x.csv')).rejects.toThrow(ClubError);
  });
});

describe('CSV records', () => {
  it('sniffs comma, tab and semicolon from the first line, ignoring quoted text', async () => {
    expect(sniffDelimiter('a,b,c\nx')).toBe(',');
    expect(sniffDelimiter('姓名\t年纪\n')).toBe('\t');
    expect(sniffDelimiter('a;b;"c,d,e"\n')).toBe(';');
    expect(sniffDelimiter('single')).toBe(',');
  });

  it('keeps every value as text (leading zeros, phones) and empty cells as null', async () => {
    expect(await rows('id,phone,,note\r\n00123,13800138000,,\r\n')).toEqual([
      { row: 1, cells: ['id', 'phone', null, 'note'] },
      { row: 2, cells: ['00123', '13800138000'] },
    ]);
  });

  it('numbers rows as a spreadsheet shows them: blank lines count, quoted line breaks do not', async () => {
    const got = await rows('a,b\n\n"line1\nline2",x\n,\nlast,1\n');
    expect(got).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 3, cells: ['line1\nline2', 'x'] },
      { row: 5, cells: ['last', '1'] },
    ]);
  });

  it('takes the delimiter from a first line that arrives in many small pieces', async () => {
    const out: RawRow[] = [];
    for await (const r of csvRows(pieces('姓名\t年纪\t备注\n张三\t7\t"a,b"\n', 2), 'x.csv', [])) out.push(r);
    expect(out).toEqual([
      { row: 1, cells: ['姓名', '年纪', '备注'] },
      { row: 2, cells: ['张三', '7', 'a,b'] },
    ]);
  });

  it('reads tab-separated Unicode text with ragged rows', async () => {
    expect(await rows('姓名\t年纪\n张三\t7\t多余\n李四\n')).toEqual([
      { row: 1, cells: ['姓名', '年纪'] },
      { row: 2, cells: ['张三', '7', '多余'] },
      { row: 3, cells: ['李四'] },
    ]);
  });

  it("refuses more records than Excel's 1,048,576 rows", async () => {
    const err = await rows('a\n'.repeat(1_048_577)).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ key: 'read.csv-too-many-rows', params: { file: 'x.csv', max: 1_048_576 } });
  }, 30_000);

  it("cuts a cell longer than Excel's 32,767 characters and notes it", async () => {
    const notes: ReadNote[] = [];
    const got = await rows(`a,${'长'.repeat(40_000)}\n`, notes);
    expect((got[0]!.cells[1] as string).length).toBe(32_767);
    expect(notes).toEqual([{ row: 1, col: 1, code: 'cell-too-long' }]);
  });
});

describe('a small CSV read once', () => {
  const samples: [string, Buffer][] = [
    ['UTF-8', Buffer.from(TEXT)],
    ['UTF-8 BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)])],
    ['UTF-16LE BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])],
    ['GB18030', iconv.encode(TEXT, 'gb18030')],
    ['GBK, tabs, quoted breaks, blank lines', iconv.encode('姓名\t备注\n\n"张伟\n二行"\t"a\tb"\n李娜\n', 'gbk')],
  ];

  it.each(samples)('%s: same encoding, text and rows as the streamed reading', async (_name, bytes) => {
    const streamed = await decodeCsvBytes(bytes, 'x.csv');
    const whole = decodeWhole(bytes, 'x.csv');
    expect({ text: whole.text, encoding: whole.encoding.name }).toEqual(streamed);
    expect(csvTextRows(whole.text, 'x.csv', [])).toEqual(await rows(streamed.text));
  });

  it('refuses binary data and names the line of a malformed record, as the streamed reading does', async () => {
    expect(() => decodeWhole(Buffer.from('a,b\u0000c'), 'x.csv')).toThrow(expect.objectContaining({ key: 'read.csv-binary' }));
    const broken = 'a,b\nc,d\n"e,f\n';
    const streamed = await rows(broken).catch((e: unknown) => e);
    let whole: unknown = null;
    try {
      csvTextRows(broken, 'x.csv', []);
    } catch (e) {
      whole = e;
    }
    expect(streamed).toMatchObject({ key: 'read.csv-malformed' });
    expect(whole).toMatchObject({ key: 'read.csv-malformed', params: (streamed as ClubError).params });
  });
});
