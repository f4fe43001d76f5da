/** Issue 16 item 4: a folder link loop is walked once; a link to itself goes to the reader, which names it. */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findInputFiles } from '../../src/dataset/find-files.js';

describe('findInputFiles and links', () => {
  it('walks a folder reached again through a link only once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clubcrm-loop-'));
    mkdirSync(join(dir, 'sheets', 'week'), { recursive: true });
    writeFileSync(join(dir, 'sheets', 'a.csv'), 'x');
    writeFileSync(join(dir, 'sheets', 'week', 'b.csv'), 'x');
    symlinkSync(join(dir, 'sheets'), join(dir, 'sheets', 'week', 'up'));
    const found = findInputFiles([join(dir, 'sheets')], dir);
    expect(found.map((f) => f.slice(dir.length + 1))).toEqual(['sheets/a.csv', 'sheets/week/b.csv']);
  });

  it('passes a link to itself on to the reader instead of calling it missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clubcrm-loop-'));
    symlinkSync(join(dir, 'self.xlsx'), join(dir, 'self.xlsx'));
    expect(findInputFiles([join(dir, 'self.xlsx')], dir)).toEqual([join(dir, 'self.xlsx')]);
  });
});
