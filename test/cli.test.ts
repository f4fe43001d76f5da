import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasStackTrace, ROOT, runCli } from './support/run-cli.js';

const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('the clubcrm binary', () => {
  it('prints its version', () => {
    const r = runCli(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(version);
    expect(r.stderr).toBe('');
  });

  it('shows help in Chinese by default and in English with --lang en', () => {
    const zh = runCli(['--help']);
    expect(zh.status).toBe(0);
    expect(zh.stdout).toContain('生成销售部工作周报');
    expect(zh.stdout).toContain('weekly-report');
    const en = runCli(['check', '--help', '--lang', 'en']);
    expect(en.status).toBe(0);
    expect(en.stdout).toContain('--as-of <time>');
    expect(en.stdout).toContain('decide which deadlines have passed');
  });

  it('refuses a bad --as-of with exit 2, a clear message and no stack trace', () => {
    const r = runCli(['check', '--data', 'fixtures/demo-center', '--as-of', 'next friday', '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Invalid value "next friday" for --as-of');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('refuses an unknown verb with exit 2', () => {
    const r = runCli(['chekc']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/check/);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('says in Chinese when a --data path does not exist', () => {
    const r = runCli(['check', '--data', 'no/such/folder', '--as-of', '2026-11-20T19:00']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^错误：|^错误: /);
    expect(r.stderr).toContain('no/such/folder');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});
