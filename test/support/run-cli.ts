/** Runs the real binary (bin/clubcrm.js -> dist/cli.js) as a user would, for end-to-end tests. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'bin', 'clubcrm.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `clubcrm ...args` in `cwd` with a fixed zone-free environment (no colour, no TTY). */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/ is missing: run `npx tsc -p .` (npm test does it) first');
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
    timeout: 120_000,
    maxBuffer: 1 << 28, // inspect --json of 100,000 issues is tens of MB
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** True when the text looks like a JavaScript stack trace (which users must never see). */
export function hasStackTrace(text: string): boolean {
  return /\n\s+at .+\(.*:\d+:\d+\)|\n\s+at .+:\d+:\d+/.test(text);
}
