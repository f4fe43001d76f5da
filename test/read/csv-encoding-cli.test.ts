/** `--encoding` and the config's `csvEncoding` through the real binary (issue 16 item 5). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

// 日期,顾问,联系电话 are not Windows-1252: a call sheet in that encoding has English headers.
const TEXT = 'Date,Advisor,Customer,Phone,List type,Call type,Outcome,Note\n2026-11-18,Jürgen,Äcker,13812345678,new,first invite,invited,Köln\n';
const bytes = Buffer.from([...TEXT].map((ch) => ({ Ä: 0xc4, ö: 0xf6, ü: 0xfc })[ch] ?? ch.charCodeAt(0)));

describe('a Windows-1252 CSV', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clubcrm-enc-'));
  const file = join(dir, 'west.csv');
  writeFileSync(file, bytes);

  it('is refused by name when nobody says what it is, and read as written with --encoding windows-1252', () => {
    const refused = runCli(['inspect', file, '--json', '--lang', 'en', '--as-of', '2026-11-20T19:00']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/Windows-1252, e\.g\. "Jürgen"/);
    const read = runCli(['inspect', file, '--json', '--encoding', 'windows-1252', '--as-of', '2026-11-20T19:00']);
    expect(read.stderr).toBe('');
    const json = JSON.stringify(JSON.parse(read.stdout));
    expect(json).toContain('Äcker');
    expect(json).toContain('Jürgen');
    expect(json).not.toContain('腸');
  });

  it('is read as the config says (csvEncoding), and a label no decoder knows is a clear error', () => {
    const ws = mkdtempSync(join(tmpdir(), 'clubcrm-enc-ws-'));
    writeFileSync(join(ws, 'clubcrm.config.json'), JSON.stringify({ center: 'X', csvEncoding: 'windows-1252' }));
    const read = runCli(['inspect', file, '--json', '--dir', ws, '--as-of', '2026-11-20T19:00']);
    expect(JSON.stringify(JSON.parse(read.stdout))).toContain('Äcker');
    const bad = runCli(['inspect', file, '--encoding', 'klingon', '--lang', 'en']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/klingon.*--encoding/);
  });
});
