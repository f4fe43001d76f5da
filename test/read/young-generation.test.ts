/**
 * The young generation stops growing at 8 MB once a big file is opened (read/young-generation.ts):
 * checked in a fresh node process, since the setting is process-wide and V8 grows the space only
 * under allocation.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli.js';

/** Allocates short-lived objects with some survivors (as reading rows does); prints the new space's size in MB. */
function newSpaceAfterAllocating(cap: boolean): number {
  const module = pathToFileURL(join(ROOT, 'dist', 'read', 'young-generation.js')).href;
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
