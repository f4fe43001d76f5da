import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutput } from '../../src/io/write-output.js';
import { ClubError } from '../../src/errors.js';

describe('writeOutput', () => {
  it('writes aside and renames, leaving no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clubcrm-out-'));
    const target = join(dir, 'sub', 'report.xlsx');
    await writeOutput(target, 'new content');
    expect(readFileSync(target, 'utf8')).toBe('new content');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['report.xlsx']);
  });

  it('keeps an existing file unless forced', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clubcrm-out-'));
    const target = join(dir, 'report.xlsx');
    writeFileSync(target, 'old');
    await expect(writeOutput(target, 'new')).rejects.toMatchObject({ key: 'error.output-exists' });
    expect(readFileSync(target, 'utf8')).toBe('old');
    await writeOutput(target, 'new', { force: true });
    expect(readFileSync(target, 'utf8')).toBe('new');
  });

  it('leaves the old file in place when the writer fails half-way', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clubcrm-out-'));
    const target = join(dir, 'report.xlsx');
    writeFileSync(target, 'old');
    await expect(
      writeOutput(
        target,
        async (tmp) => {
          writeFileSync(tmp, 'half');
          throw new Error('disk full');
        },
        { force: true },
      ),
    ).rejects.toBeInstanceOf(ClubError);
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['report.xlsx']);
  });

  it('says clearly when the folder cannot be written', async () => {
    // A file where the folder should be fails for root too (permissions do not stop root).
    const dir = mkdtempSync(join(tmpdir(), 'clubcrm-out-'));
    writeFileSync(join(dir, 'reports'), 'a file, not a folder');
    await expect(writeOutput(join(dir, 'reports', 'r.xlsx'), 'x')).rejects.toMatchObject({ key: 'error.output-unwritable' });
    expect(existsSync(join(dir, 'reports', 'r.xlsx'))).toBe(false);
  });
});

describe("a failed write in the user's words", () => {
  it('names the cause by its code, without the system text (EISDIR: ...)', async () => {
    const { writeErrorReason } = await import('../../src/io/write-output.js');
    const err = Object.assign(new Error("EISDIR: illegal operation on a directory, open '/x'"), { code: 'EISDIR' });
    expect(writeErrorReason(err)).toBe('那里已有一个同名的文件夹');
    expect(writeErrorReason(Object.assign(new Error('odd'), { code: 'EWHATEVER' }))).toBe('odd');
  });
});
