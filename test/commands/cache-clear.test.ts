/** Issue 16 item 7: the read cache holds full phones; it is the owner's only, and `clubcrm cache clear` removes it. */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/run-cli.js';

describe('clubcrm cache clear', () => {
  it('removes the cache (with its full phone numbers) and says how much', () => {
    const ws = join(mkdtempSync(join(tmpdir(), 'clubcrm-cache-')), 'ws');
    expect(runCli(['init', ws]).status).toBe(0);
    cpSync(join(ROOT, 'fixtures', 'demo-center', '客户管理表.xlsx'), join(ws, 'sheets', '客户管理表.xlsx'));
    runCli(['check', '--dir', ws, '--week', '2026-11-18', '--as-of', '2026-11-20T19:00']);
    const cache = join(ws, '.clubcrm', 'cache');
    const entries = readdirSync(cache);
    expect(entries.length).toBeGreaterThan(0);
    // What the README says: entries hold full numbers, readable by the owner only.
    expect(entries.some((e) => /1[3-9]\d{9}/.test(readFileSync(join(cache, e), 'utf8')))).toBe(true);
    for (const e of entries) expect(statSync(join(cache, e)).mode & 0o077).toBe(0);
    expect(statSync(cache).mode & 0o077).toBe(0);

    const r = runCli(['cache', 'clear', '--dir', ws]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/已删除读取缓存：\d+ 个文件/);
    expect(existsSync(cache)).toBe(false);
    expect(existsSync(join(ws, 'sheets', '客户管理表.xlsx'))).toBe(true);
    expect(runCli(['cache', 'clear', '--dir', ws, '--lang', 'en']).stdout).toContain('There is no read cache');
  });

  it('refuses an unknown action and a folder that is no workspace (exit 2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clubcrm-cache-'));
    expect(runCli(['cache', 'purge'], { cwd: dir }).status).toBe(2);
    const r = runCli(['cache', 'clear'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('工作区');
  });
});
