import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath, findInputFiles } from '../../src/dataset/find-files.js';
import { ClubError } from '../../src/errors.js';

describe('findInputFiles', () => {
  it('walks folders for sheet files, skipping lock and hidden files, in path order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clubcrm-find-'));
    mkdirSync(join(dir, 'sheets', '2026-11-18'), { recursive: true });
    mkdirSync(join(dir, 'sheets', '.hidden'));
    for (const f of ['sheets/b.csv', 'sheets/A.XLSX', 'sheets/~$A.xlsx', 'sheets/.x.csv', 'sheets/notes.txt', 'sheets/2026-11-18/张伟.xlsx', 'sheets/.hidden/c.csv', 'loose.csv']) {
      writeFileSync(join(dir, f), 'x');
    }
    const found = findInputFiles([join(dir, 'sheets'), join(dir, 'loose.csv'), join(dir, 'sheets', 'b.csv')], dir);
    expect(found.map((f) => displayPath(f, dir))).toEqual(['loose.csv', 'sheets/2026-11-18/张伟.xlsx', 'sheets/A.XLSX', 'sheets/b.csv']);
  });

  it('stops with a clear error for a path that does not exist', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clubcrm-find-'));
    try {
      findInputFiles([join(dir, 'nope')], dir);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ClubError);
      expect((err as ClubError).key).toBe('error.data-path-missing');
      expect((err as ClubError).params).toEqual({ path: 'nope' });
    }
  });
});
