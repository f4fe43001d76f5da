/**
 * Issue 16 item 1: writes that cannot lie. An injected fs (short writes, ENOSPC, a size that does
 * not match) for the write path, the lock and the cache; and, where the machine lets us mount a
 * small tmpfs (root in CI), the real binary filling a real disk during `weekly-report --force`
 * and `import`.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import * as nodeFs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClubError } from '../../src/errors.js';
import { REAL_FS, removeStaleTemps, setWriteFs, writeOutput, type WriteFs } from '../../src/io/write-output.js';
import { acquireWorkspaceLock, LOCK_FILE } from '../../src/workspace/lock.js';
import { ContentCache } from '../../src/dataset/cache.js';
import { hasStackTrace, ROOT, runCli } from '../support/run-cli.js';

const realFs: WriteFs = REAL_FS;

/** An fs whose writes take at most `chunk` bytes and fail with `code` once `room` bytes are out. */
function faultyFs(chunk: number, room = Infinity, code = 'ENOSPC'): WriteFs & { calls: number } {
  let written = 0;
  const fs = {
    ...realFs,
    calls: 0,
    writeSync(fd: number, b: Buffer, o: number, l: number): number {
      fs.calls++;
      if (written >= room) throw Object.assign(new Error(`${code}: no space left on device, write`), { code });
      const n = Math.min(chunk, l, room - written);
      written += n;
      return realFs.writeSync(fd, b, o, n);
    },
  };
  return fs;
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'clubcrm-disk-'));
}

afterEach(() => setWriteFs(null));

describe('writeOutput under short writes and a full disk', () => {
  it('loops over short writes until every byte is out', async () => {
    const dir = tempDir();
    const fs = faultyFs(7);
    setWriteFs(fs);
    const content = Buffer.from('周报'.repeat(500));
    await writeOutput(join(dir, 'r.txt'), content);
    expect(readFileSync(join(dir, 'r.txt')).equals(content)).toBe(true);
    expect(fs.calls).toBeGreaterThan(100);
    expect(readdirSync(dir)).toEqual(['r.txt']);
  });

  for (const code of ['ENOSPC', 'EDQUOT']) {
    it(`on ${code} keeps the old file byte-identical, removes the temp file and says the disk is full`, async () => {
      const dir = tempDir();
      const target = join(dir, '周报.xlsx');
      writeFileSync(target, 'the old good report');
      setWriteFs(faultyFs(1000, 3000, code));
      const err = await writeOutput(target, Buffer.alloc(10_000, 1), { force: true }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ClubError);
      expect((err as ClubError).key).toBe('error.disk-full');
      expect((err as ClubError).exitCode).toBe(2);
      expect((err as ClubError).localized()).toContain('磁盘空间不足');
      expect((err as ClubError).localized()).toContain('原文件未改动');
      expect(readFileSync(target, 'utf8')).toBe('the old good report');
      expect(readdirSync(dir)).toEqual(['周报.xlsx']);
    });
  }

  it('on EIO names the disk error and leaves no partial file', async () => {
    const dir = tempDir();
    setWriteFs(faultyFs(1000, 10, 'EIO'));
    const err = (await writeOutput(join(dir, 'new.json'), 'x'.repeat(100)).catch((e: unknown) => e)) as ClubError;
    expect(err.key).toBe('error.disk-io');
    expect(err.localized()).toContain('没有留下不完整的文件');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a write that makes no progress is a full disk, not a loop for ever', async () => {
    const dir = tempDir();
    setWriteFs({ ...realFs, writeSync: () => 0 });
    const err = (await writeOutput(join(dir, 'a.txt'), 'abc').catch((e: unknown) => e)) as ClubError;
    expect(err.key).toBe('error.disk-full');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a file whose size on disk differs from what was written is never renamed into place', async () => {
    const dir = tempDir();
    setWriteFs({ ...realFs, fstatSync: () => ({ size: 3 }) });
    const err = (await writeOutput(join(dir, 'a.txt'), 'abcdef').catch((e: unknown) => e)) as ClubError;
    expect(err.key).toBe('error.write-incomplete');
    expect(err.localized()).toContain('6');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a workbook whose zip directory does not read back is never renamed into place', async () => {
    const dir = tempDir();
    const target = join(dir, 'r.xlsx');
    writeFileSync(target, 'old');
    const cut = readFileSync(join(ROOT, 'fixtures', 'demo-center', '销售目标.xlsx')).subarray(0, 3000);
    const err = (await writeOutput(target, cut, { force: true }).catch((e: unknown) => e)) as ClubError;
    expect(err.key).toBe('error.write-incomplete');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['r.xlsx']);
  });

  it('a producer (exceljs) cut short by a full disk leaves the old file', async () => {
    const dir = tempDir();
    const target = join(dir, 'r.xlsx');
    writeFileSync(target, 'old');
    const err = (await writeOutput(
      target,
      async (tmp) => {
        writeFileSync(tmp, 'PK');
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
      { force: true },
    ).catch((e: unknown) => e)) as ClubError;
    expect(err.key).toBe('error.disk-full');
    expect(readdirSync(dir)).toEqual(['r.xlsx']);
  });

  it("removes the temporary files of a killed run (dead pid), never a live run's", async () => {
    const dir = tempDir();
    // pid 2^22+1 is above Linux's pid_max default range: no such process.
    const dead = join(dir, '.周报.xlsx.4194305.0badc0de.tmp');
    const live = join(dir, `.周报.xlsx.${process.pid}.0badc0de.tmp`);
    writeFileSync(dead, 'half');
    writeFileSync(live, 'being written');
    writeFileSync(join(dir, '.notes.tmp'), 'not ours');
    await writeOutput(join(dir, '周报.xlsx'), 'new');
    expect(readdirSync(dir).sort()).toEqual(['.notes.tmp', `.周报.xlsx.${process.pid}.0badc0de.tmp`, '周报.xlsx'].sort());
    rmSync(live);
    writeFileSync(dead, 'half');
    removeStaleTemps(dir);
    expect(existsSync(dead)).toBe(false);
  });
});

describe('the lock and the cache under a full disk', () => {
  it('a lock that cannot be written completely is a clear error and leaves no lock behind', () => {
    const dir = tempDir();
    setWriteFs(faultyFs(10, 20));
    let err: unknown;
    try {
      acquireWorkspaceLock(dir);
    } catch (e) {
      err = e;
    }
    expect((err as ClubError).key).toBe('error.lock-disk-full');
    expect((err as ClubError).localized()).toContain('磁盘空间不足');
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    setWriteFs(null);
    acquireWorkspaceLock(dir).release();
  });

  it('a cache entry cut by a full disk is not stored (and the command goes on)', () => {
    const dir = tempDir();
    const cache = new ContentCache(join(dir, 'cache'));
    setWriteFs(faultyFs(10, 50));
    cache.putResult('check', 'w', 'k', { a: 'x'.repeat(200) });
    expect(readdirSync(join(dir, 'cache'))).toEqual([]);
    setWriteFs(null);
    cache.putResult('check', 'w', 'k', { a: 1 });
    expect(cache.getResult('check', 'w', 'k')).toEqual({ a: 1 });
  });
});

// A real small disk: a tmpfs mounted for the test (root only; skipped where mount is refused).
const mountPoint = mkdtempSync(join(tmpdir(), 'clubcrm-tmpfs-'));
const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mountPoint]).status === 0;

/** Fills the mounted disk, leaving about `free` bytes. */
function fillDisk(free: number): void {
  const filler = join(mountPoint, 'filler');
  const fd = nodeFs.openSync(filler, 'w');
  const block = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) nodeFs.writeSync(fd, block);
  } catch {
    // full
  } finally {
    nodeFs.closeSync(fd);
  }
  truncateSync(filler, Math.max(0, statSync(filler).size - free));
}

function tempsUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.tmp'));
}

describe.skipIf(!mounted)('the real binary on a full disk (tmpfs)', () => {
  afterAll(() => {
    spawnSync('umount', [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });
  afterEach(() => {
    for (const n of readdirSync(mountPoint)) rmSync(join(mountPoint, n), { recursive: true, force: true });
  });

  it('weekly-report --force: exit 2, the clear message, the old report byte-identical, no temp file', () => {
    const out = join(mountPoint, '周报.xlsx');
    const args = ['weekly-report', '--data', 'fixtures/demo-center', '--week', '2026-11-18', '--as-of', '2026-11-20T19:00', '--out', out];
    const first = runCli(args);
    expect(first.status).toBe(0);
    const good = readFileSync(out);
    fillDisk(4096);
    const r = runCli([...args, '--force']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('磁盘空间不足');
    expect(r.stderr).toContain('原文件未改动');
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(r.stdout).not.toContain('已写入');
    expect(readFileSync(out).equals(good)).toBe(true);
    expect(tempsUnder(mountPoint)).toEqual([]);
  });

  it('import: exit 2, the clear message, the stored copy byte-identical, no temp file', () => {
    const ws = join(mountPoint, 'ws');
    expect(runCli(['init', ws]).status).toBe(0);
    const incoming = mkdtempSync(join(tmpdir(), 'clubcrm-incoming-'));
    // A small roster first, then the real (143 KB) one of the same name does not fit.
    mkdirSync(join(incoming, 'a'));
    mkdirSync(join(incoming, 'b'));
    copyFileSync(join(ROOT, 'fixtures', 'demo-center', '销售目标.xlsx'), join(incoming, 'a', '客户管理表.xlsx'));
    copyFileSync(join(ROOT, 'fixtures', 'demo-center', '客户管理表.xlsx'), join(incoming, 'b', '客户管理表.xlsx'));
    const asOf = ['--as-of', '2026-11-20T19:00'];
    expect(runCli(['import', join(incoming, 'a', '客户管理表.xlsx'), '--dir', ws, ...asOf]).status).toBeLessThan(2);
    const stored = join(ws, 'sheets', '客户管理表.xlsx');
    const before = readFileSync(stored);
    fillDisk(40 * 1024);
    const r = runCli(['import', join(incoming, 'b', '客户管理表.xlsx'), '--dir', ws, ...asOf]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('磁盘空间不足');
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(readFileSync(stored).equals(before)).toBe(true);
    expect(tempsUnder(ws)).toEqual([]);
    expect(existsSync(join(ws, LOCK_FILE))).toBe(false);
    // Space again: the same import now succeeds and replaces the copy.
    rmSync(join(mountPoint, 'filler'));
    expect(runCli(['import', join(incoming, 'b', '客户管理表.xlsx'), '--dir', ws, ...asOf]).status).toBeLessThan(2);
    expect(readFileSync(stored).equals(readFileSync(join(incoming, 'b', '客户管理表.xlsx')))).toBe(true);
  });
});
