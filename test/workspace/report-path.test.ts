import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportOutputPath, shownPath, withReportLock } from '../../src/workspace/report-path.js';
import { acquireWorkspaceLock } from '../../src/workspace/lock.js';

describe('report output paths', () => {
  it('sanitises a default name built from user text so it stays in reports/', () => {
    expect(reportOutputPath('../周报_2026-11-18.xlsx', undefined, '/ws', '/cwd')).toBe(join('/ws', 'reports', '__周报_2026-11-18.xlsx'));
  });
  it('shows paths relative to the current folder when inside it', () => {
    expect(shownPath('/cwd/reports/a.xlsx', '/cwd')).toBe(join('reports', 'a.xlsx'));
    expect(shownPath('/elsewhere/a.xlsx', '/cwd')).toBe('/elsewhere/a.xlsx');
  });
  it('writes reports under the workspace lock, refusing while another run holds it', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'clubcrm-lock-'));
    mkdirSync(join(ws, 'reports'));
    writeFileSync(join(ws, 'clubcrm.config.json'), '{}');
    const held = acquireWorkspaceLock(ws);
    await expect(withReportLock(ws, async () => 'written')).rejects.toMatchObject({ name: 'ClubError' });
    held.release();
    await expect(withReportLock(ws, async () => 'written')).resolves.toBe('written');
    await expect(withReportLock(null, async () => 'no workspace, no lock')).resolves.toBe('no workspace, no lock');
  });
});
