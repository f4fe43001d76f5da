/** Issue 16 item 3: JSON output streams in bounded chunks, the same text as JSON.stringify(v, null, 2). */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { jsonPieces, writeJson } from '../../src/io/json-out.js';

class Sink extends Writable {
  chunks: string[] = [];
  constructor() {
    super({ highWaterMark: 1024 });
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.chunks.push(chunk.toString('utf8'));
    setImmediate(done);
  }
}

const SAMPLES: unknown[] = [
  null,
  0,
  -1.5,
  'a "quoted" 周报\n',
  [],
  {},
  [1, undefined, () => 1, 'x', null, [[]], [{}]],
  { a: 1, b: undefined, c: () => 1, d: { e: [1, { f: 'g' }] }, '': true, 'k"y': false },
  { when: new Date(Date.UTC(2026, 10, 20, 11)), nested: { toJSON: () => ({ x: 1 }) } },
  { n: NaN, inf: Infinity },
  [{ a: 1, b: [1, 'x'], c: { d: [1] } }, { e: undefined, f: new Date(0), g: () => 1 }, [[1], 2]],
];

describe('JSON output', () => {
  it('is exactly JSON.stringify(value, null, 2)', () => {
    for (const v of SAMPLES) expect([...jsonPieces(v)].join('')).toBe(JSON.stringify(v, null, 2));
  });

  it('is written in bounded chunks, waiting when the stream is full, ending with a newline', async () => {
    const value = { issues: Array.from({ length: 20_000 }, (_, i) => ({ row: i + 2, message: `第 ${i} 行` })) };
    const sink = new Sink();
    await writeJson(value, sink);
    await new Promise<void>((resolve) => sink.end(resolve));
    expect(sink.chunks.length).toBeGreaterThan(10);
    expect(Math.max(...sink.chunks.map((c) => c.length))).toBeLessThan(70 * 1024);
    expect(sink.chunks.join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });
});
