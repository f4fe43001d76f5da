import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputPath } from '../../src/commands/director-summary.js';

describe('director-summary output path', () => {
  const base = mkdtempSync(join(tmpdir(), 'director-out-'));
  it('defaults to reports/月度汇总_<month>_初版.xlsx (终版 once the month closed) in the workspace (or cwd)', () => {
    expect(outputPath(undefined, '2026-11', base, '/elsewhere')).toBe(join(base, 'reports', '月度汇总_2026-11_初版.xlsx'));
    expect(outputPath(undefined, '2026-11', base, '/elsewhere', true)).toBe(join(base, 'reports', '月度汇总_2026-11_终版.xlsx'));
  });
  it('takes --out as a file, relative to the cwd', () => {
    expect(outputPath('out/summary.xlsx', '2026-11', '/ws', base)).toBe(join(base, 'out', 'summary.xlsx'));
  });
  it('puts the default name into an --out folder (existing, or written with a trailing slash)', () => {
    mkdirSync(join(base, 'folder'));
    expect(outputPath('folder', '2026-11', '/ws', base)).toBe(join(base, 'folder', '月度汇总_2026-11_初版.xlsx'));
    expect(outputPath('new/', '2026-12', '/ws', base)).toBe(join(base, 'new', '月度汇总_2026-12_初版.xlsx'));
  });
});
