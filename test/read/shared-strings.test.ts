/**
 * The shared-strings table held as bytes (read/shared-strings.ts): every item reads back as the
 * text decoding its XML gives, wherever it falls in the arena's 1 MB blocks and 64K-item chunks,
 * however often it is used.
 */
import { describe, expect, it } from 'vitest';
import { SharedStrings } from '../../src/read/shared-strings.js';
import { SheetScanner } from '../../src/read/xlsx-sheet.js';

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

  it('builds a table from text', () => {
    expect(SharedStrings.of(['王芳', null, '', 'x']).toArray()).toEqual(['王芳', null, null, 'x']);
  });
});
