/**
 * The shared-strings table held as bytes (read/shared-strings.ts): every item reads back as the
 * text decoding its XML gives, wherever it falls in the arena's 1 MB blocks and 64K-item chunks,
 * however often it is used.
 */
import { describe, expect, it } from 'vitest';
import { SharedStrings } from '../../src/read/shared-strings.js';
import { SheetScanner } from '../../src/read/xlsx-sheet.js';
import { plainMobileBytes } from '../../src/forms/cells/phone.js';

/** Scans an sst part in chunks of `size` bytes into a table. */
function scanSst(xml: string, size: number): SharedStrings {
  const scanner = new SheetScanner({ file: 'f.xlsx', part: 'sst.xml', sheetName: '', sharedStrings: new SharedStrings(), styleKinds: new Uint8Array(0), date1904: false, notes: [] });
  const bytes = Buffer.from(xml, 'utf8');
  for (let i = 0; i < bytes.length; i += size) scanner.push(bytes.subarray(i, i + size));
  scanner.end();
  return scanner.strings;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

describe('shared strings as bytes', () => {
  it('reads items of every kind back exactly, across block and chunk boundaries, on every use', () => {
    // ~150,000 items of 1-300 bytes (~6 MB): many cross a 1 MB block's end, several 64K chunks.
    const want: (string | null)[] = [];
    const parts: string[] = [];
    let seed = 7;
    const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
    for (let i = 0; i < 150_000; i++) {
      const kind = rand(10);
      if (kind === 0) {
        // rich text: a plain run, a run with an entity, a phonetic reading skipped
        want.push(`张${i}&伟 `);
        parts.push(`<si><r><t>张${i}</t></r><r><t xml:space="preserve">&amp;伟 </t></r><rPh sb="0" eb="1"><t>ちょう</t></rPh></si>`);
      } else if (kind === 1) {
        want.push(null);
        parts.push(i % 2 ? '<si/>' : '<si><t></t></si>');
      } else if (kind === 2) {
        want.push(`a_x000D_b${i}`.replace('_x000D_', '\r'));
        parts.push(`<si><t>a_x000D_b${i}</t></si>`);
      } else if (kind === 3) {
        const long = '长'.repeat(1 + rand(100)) + i;
        want.push(long);
        parts.push(`<si><t>${long}</t></si>`);
      } else {
        const phone = String(13000000000 + rand(999999999));
        want.push(phone);
        parts.push(`<si><t>${esc(phone)}</t></si>`);
      }
    }
    const xml = `<sst xmlns="m">${parts.join('')}</sst>`;
    for (const size of [65536, 1 << 20]) {
      const table = scanSst(xml, size);
      expect(table.length).toBe(want.length);
      // three passes: first use (a fresh string), second (kept), third (the kept one)
      for (let pass = 0; pass < 3; pass++) {
        for (let i = 0; i < want.length; i++) if (table.get(i) !== want[i]) expect([pass, i, table.get(i)]).toEqual([pass, i, want[i]]);
      }
    }
  });

  it('fills a block to its last byte and starts the next item in a new one', () => {
    // 4 items of 262,144 bytes fill the first block exactly; the fifth starts the second.
    const big = (c: string) => c.repeat(1 << 18);
    const items = ['a', 'b', 'c', 'd', 'e'].map(big);
    const table = scanSst(`<sst>${items.map((s) => `<si><t>${s}</t></si>`).join('')}<si><t>x</t><t>y</t></si></sst>`, 4096);
    expect(table.toArray()).toEqual([...items, 'xy']);
    expect(table.isLong(0)).toBe(true);
  });

  it('keeps an item longer than a block as text, and marks it long', () => {
    const huge = 'z'.repeat((1 << 20) + 5);
    const table = scanSst(`<sst><si><t>ok</t></si><si><t>${huge}</t></si><si><t>后</t></si></sst>`, 1 << 16);
    expect(table.toArray()).toEqual(['ok', huge, '后']);
    expect([table.isLong(0), table.isLong(1), table.isLong(2)]).toEqual([false, true, false]);
  });

  it('grows its small first block and first chunk in place, whatever the first item and however many items', () => {
    // The first item bigger than the first block (16 KB), items across each doubling, and item
    // counts on each side of the first chunk's sizes (1024, 2048, ... 65,536 items).
    const first = '首'.repeat(9000);
    for (const count of [1, 1023, 1024, 1025, 4097, 65_535, 65_536, 65_537, 70_000]) {
      const items = Array.from({ length: count }, (_, i) => (i === 0 ? first : i % 7 === 0 ? `${'长'.repeat(i % 300)}${i}` : String(13_000_000_000 + i)));
      for (const size of [997, 65536]) {
        const table = scanSst(`<sst>${items.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`, size);
        expect(table.length).toBe(count);
        for (let pass = 0; pass < 2; pass++) {
          for (let i = 0; i < count; i++) if (table.get(i) !== items[i]) expect([count, size, pass, i, table.get(i)]).toEqual([count, size, pass, i, items[i]]);
        }
      }
    }
  });

  it('gives a number column its numbers straight from the bytes, without using the item up', () => {
    // Phones held as bytes across several 1 MB blocks and 64K chunks, with items held as text
    // (an entity, an escape) and other text among them.
    const items: string[] = [];
    const xml: string[] = [];
    for (let i = 0; i < 120_000; i++) {
      const kind = i % 5;
      const text = kind === 0 ? `1&${i}` : kind === 1 ? `王${i}` : kind === 2 ? `1_x0033_${i}` : String(13_000_000_000 + i * 7919);
      items.push(text.replace('_x0033_', '3'));
      xml.push(`<si><t>${text.replace('&', '&amp;')}</t></si>`);
    }
    const table = scanSst(`<sst>${xml.join('')}</sst>`, 65536);
    for (let pass = 0; pass < 2; pass++) {
      for (let i = 0; i < items.length; i++) {
        const want = i % 5 >= 3 ? Number(items[i]) : Number.NaN;
        const got = table.numberOf(i, plainMobileBytes);
        if (!Object.is(got, want)) expect([pass, i, got]).toEqual([pass, i, want]);
      }
    }
    // Asking for the number did not count as a use: every item's text is still the first use's.
    for (let i = 0; i < items.length; i++) if (table.get(i) !== items[i]) expect([i, table.get(i)]).toEqual([i, items[i]]);
    // An item used twice is held as text from then on: no number, its text the same.
    expect(table.get(3)).toBe(items[3]);
    expect(table.numberOf(3, plainMobileBytes)).toBeNaN();
    expect(table.numberOf(4, plainMobileBytes)).toBe(Number(items[4]));
  });

  it("hands the sheet's number column on as numbers where its parse says so, from shared and inline cells", () => {
    const inline = (t: string) => `<c t="inlineStr"><is><t>${t}</t></is></c>`;
    const shared = (i: number) => `<c t="s"><v>${i}</v></c>`;
    const rows = [
      `<row r="1">${shared(1)}${shared(0)}</row>`,
      `<row r="2">${shared(1)}${shared(0)}${shared(2)}</row>`,
      `<row r="3">${inline('王芳')}${inline('13900000003')}${inline('13900000003')}</row>`,
      `<row r="4">${shared(0)}${shared(3)}${inline(' 13900000004')}</row>`,
      `<row r="5">${shared(1)}${shared(4)}<c t="inlineStr"><is><r><t>139</t></r><r><t>00000005</t></r></is></c></row>`,
      `<row r="6">${shared(1)}<c><v>13900000006</v></c></row>`,
    ];
    const xml = `<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`;
    for (const size of [1, 5, 64, 65536]) {
      // A table of its own each time: an item used twice is held as text from then on.
      const sst = scanSst('<sst><si><t>13800000001</t></si><si><t>王芳</t></si><si><t>13800000002</t></si><si><t>1380000000&amp;</t></si><si><t>12345678901</t></si></sst>', 7);
      const scanner = new SheetScanner({ file: 'f.xlsx', part: 'sheet1.xml', sheetName: 'S', sharedStrings: sst, styleKinds: new Uint8Array(1), date1904: false, notes: [] });
      const bytes = Buffer.from(xml, 'utf8');
      const firstRowEnd = bytes.indexOf('</row>') + 6;
      const out: unknown[] = [];
      scanner.push(bytes.subarray(0, firstRowEnd));
      // Set once the header row is out, as the form layer does: column B from then on.
      scanner.numberColumn = { column: 1, parse: plainMobileBytes };
      for (let i = firstRowEnd; i < bytes.length; i += size) scanner.push(bytes.subarray(i, Math.min(i + size, bytes.length)));
      scanner.end();
      out.push(...scanner.out.map((r) => r.cells));
      // An inline cell is given as a number when the scanner reads it whole (its bytes in one
      // chunk, as an inflated sheet nearly always has them); cut by a chunk's end, it is read
      // as its text. Shared strings are given either way.
      const inlined = (out[2] as unknown[])[1];
      if (size === 65536) expect(inlined).toBe(13900000003);
      else expect([13900000003, '13900000003']).toContain(inlined);
      expect(out, `chunks of ${size}`).toEqual([
        ['王芳', '13800000001'],
        ['王芳', 13800000001, '13800000002'],
        ['王芳', inlined, '13900000003'],
        ['13800000001', '1380000000&', ' 13900000004'],
        ['王芳', '12345678901', '13900000005'],
        ['王芳', 13900000006],
      ]);
    }
  });

  it('builds a table from text', () => {
    expect(SharedStrings.of(['王芳', null, '', 'x']).toArray()).toEqual(['王芳', null, null, 'x']);
  });
});
