/**
 * The heap while big files are read (read/heap.ts): the young generation stops growing at 8 MB
 * once a big file is opened, and a full collection can be asked for without --expose-gc. Checked
 * in fresh node processes, since both are process-wide.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli.js';

/** Allocates short-lived objects with some survivors (as reading rows does); prints the new space's size in MB. */
function newSpaceAfterAllocating(cap: boolean): number {
  const module = pathToFileURL(join(ROOT, 'dist', 'read', 'heap.js')).href;
  const script = `
    import { getHeapSpaceStatistics } from 'node:v8';
    import { capYoungGeneration } from ${JSON.stringify(module)};
    if (${cap}) capYoungGeneration();
    const kept = [];
    const step = () => {
      let batch = [];
      for (let i = 0; i < 20000; i++) {
        batch.push({ i, s: 'x' + i });
        if (batch.length === 2000) { kept.push(batch[7]); batch = []; }
      }
    };
    // Awaits between batches, as a reader does, so the collector's observer gets its turn.
    for (let k = 0; k < 300; k++) { step(); await new Promise((r) => setImmediate(r)); }
    const ns = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    console.log(ns.space_size / 1048576);
  `;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return Number(r.stdout.trim());
}

describe('the young generation while a big file is read', () => {
  it('grows past 8 MB without the cap, and stays at 8 MB with it', () => {
    expect(newSpaceAfterAllocating(false)).toBeGreaterThan(8);
    expect(newSpaceAfterAllocating(true)).toBeLessThanOrEqual(8);
  });
});

describe('a full collection after a big file', () => {
  it('frees dead objects of the old generation without --expose-gc on the command line', () => {
    const module = pathToFileURL(join(ROOT, 'dist', 'read', 'heap.js')).href;
    const script = `
      import { collectGarbage } from ${JSON.stringify(module)};
      let table = Array.from({ length: 1_000_000 }, (_, i) => 'phone ' + i);
      await new Promise((r) => setImmediate(r));
      const before = process.memoryUsage().heapUsed;
      table = null;
      collectGarbage();
      console.log(typeof globalThis.gc, Math.round((before - process.memoryUsage().heapUsed) / 1048576));
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const [gcGlobal, freedMb] = r.stdout.trim().split(' ');
    // gc is not left on the global object, and the million strings (~40 MB) are gone
    expect(gcGlobal).toBe('undefined');
    expect(Number(freedMb)).toBeGreaterThan(20);
  });
});
