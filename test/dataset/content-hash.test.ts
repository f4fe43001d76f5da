import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentHash } from '../../src/dataset/read-file.js';

const dir = mkdtempSync(join(tmpdir(), 'clubcrm-hash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Bytes that differ from one size to the next (a reused buffer's leftovers would show). */
function bytes(n: number, seed: number): Buffer {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = (i * 31 + seed * 7) & 0xff;
  return b;
}

describe('contentHash', () => {
  it('gives the size and SHA-256 of the whole content, whatever the order and size of the files hashed before', async () => {
    // Sizes around the first buffer (64 KB) and its doublings, a bigger one, then small ones
    // again (read into the grown buffer), and the streamed path past 4 MB.
    const sizes = [0, 1, 65_535, 65_536, 65_537, 300_000, 10, 131_072, 4 * 1024 * 1024, 4 * 1024 * 1024 + 1, 5];
    for (const [k, n] of sizes.entries()) {
      const path = join(dir, `f${k}.bin`);
      const content = bytes(n, k);
      writeFileSync(path, content);
      expect(await contentHash(path), `${n} bytes`).toEqual({ size: n, sha256: createHash('sha256').update(content).digest('hex') });
    }
  });

  it('fails for a file that is not there, as reading it would', async () => {
    await expect(contentHash(join(dir, 'missing.xlsx'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
