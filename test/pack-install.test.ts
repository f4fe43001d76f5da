/**
 * Installed like a CLI (issue "A newcomer anywhere"): the project packed with `npm pack`, the
 * tarball installed into a temporary prefix, and `clubcrm` run from a folder that is not the
 * clone - `--version`, a `check --data` of the demo center, and `init`, whose hint must name the
 * command that works there (`clubcrm`, since the prefix's bin is on the PATH).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/run-cli.js';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function ok(r: SpawnSyncReturns<string>, what: string): string {
  if (r.status !== 0) throw new Error(`${what} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

describe('npm pack, install into a prefix, run from another folder', () => {
  const work = mkdtempSync(join(tmpdir(), 'clubcrm-pack-'));
  const prefix = join(work, 'prefix');
  const elsewhere = join(work, 'elsewhere');
  const bin = join(prefix, process.platform === 'win32' ? '' : 'bin');
  // A PATH with the prefix's bin first and no node_modules/.bin of the clone.
  const env = {
    ...process.env,
    PATH: [bin, ...(process.env.PATH ?? '').split(delimiter).filter((d) => !d.includes('node_modules'))].join(delimiter),
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  const run = (args: string[]) => spawnSync(join(bin, 'clubcrm'), args, { cwd: elsewhere, env, encoding: 'utf8', timeout: 120_000 });

  beforeAll(() => {
    // dist/ is built by `npm test`'s tsc; --ignore-scripts keeps pack from building it again.
    const packed = ok(spawnSync(npm, ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], { cwd: ROOT, env, encoding: 'utf8' }), 'npm pack').trim().split('\n').pop()!;
    const tarball = join(work, packed);
    expect(existsSync(tarball)).toBe(true);
    ok(spawnSync(npm, ['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', tarball], { cwd: work, env, encoding: 'utf8', timeout: 240_000 }), 'npm install -g');
    cpSync(join(ROOT, 'fixtures', 'demo-center'), join(elsewhere, 'demo'), { recursive: true });
  }, 300_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('ships only bin/ and dist/ (no sources, tests or fixtures)', () => {
    const list = ok(spawnSync('tar', ['-tzf', join(work, `clubcrm-${VERSION}.tgz`)], { encoding: 'utf8' }), 'tar');
    const tops = new Set(list.trim().split('\n').map((p) => p.split('/')[1]));
    expect([...tops].sort()).toEqual(['README.md', 'bin', 'dist', 'package.json']);
  });

  it('prints its version', () => {
    const r = run(['--version']);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(VERSION);
    expect(r.status).toBe(0);
  });

  it('checks the demo center from a folder that is not the clone', () => {
    const r = run(['check', '--data', 'demo', '--week', '2026-11-18', '--as-of', '2026-11-20T19:00', '--json']);
    const report = JSON.parse(r.stdout) as { week: { start: string }; advisors: unknown[] };
    expect(report.week.start).toBe('2026-11-18');
    expect(report.advisors.length).toBeGreaterThan(0);
    expect(r.status).toBe(1); // the demo week misses a quota on purpose
  });

  it("init's next step names the command that works here", () => {
    const r = run(['init', 'ws', '--lang', 'en']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('run: clubcrm import <file or folder> --dir ws');
    expect(r.stdout).not.toContain('npx');
  });
});
