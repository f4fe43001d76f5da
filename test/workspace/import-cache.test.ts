/** `import` fills the content cache, so the first report after it parses nothing (issue 17). */
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/run-cli.js';

const AS_OF = ['--as-of', '2026-11-20T19:00'];

/** Each cache entry's name and modification time. */
function entries(dir: string): Map<string, number> {
  return new Map(readdirSync(dir).map((f) => [f, statSync(join(dir, f)).mtimeMs]));
}

describe('import and the content cache', () => {
  it('leaves an entry for every imported sheet file, which the next weekly-report reads without rewriting', () => {
    const ws = join(mkdtempSync(join(tmpdir(), 'clubcrm-ws-')), 'center');
    expect(runCli(['init', ws]).status).toBe(0);
    expect([0, 1]).toContain(runCli(['import', join(ROOT, 'fixtures/demo-center'), ...AS_OF], { cwd: ws }).status);
    const cacheDir = join(ws, '.clubcrm', 'cache');
    const sheets = readdirSync(join(ws, 'sheets')).filter((f) => /\.(xlsx|csv)$/.test(f));
    const afterImport = entries(cacheDir);
    expect(afterImport.size).toBeGreaterThanOrEqual(sheets.length);
    const report = runCli(['weekly-report', '--week', '2026-11-18', ...AS_OF], { cwd: ws });
    expect(report.status, report.stderr).toBe(0);
    const afterReport = entries(cacheDir);
    // Every entry was a hit: none written again (a miss rewrites its file's entry).
    for (const [name, mtime] of afterImport) expect(afterReport.get(name), name).toBe(mtime);
  });
});
