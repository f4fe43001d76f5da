/** The command that runs clubcrm where the user is (src/io/invocation.ts), for every way it is run. */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliCommand, shellQuote } from '../../src/io/invocation.js';

// A fake clone: <clone>/bin/clubcrm.js, its node_modules/.bin link, and a global prefix's link.
const base = mkdtempSync(join(tmpdir(), 'clubcrm-inv-'));
const clone = join(base, 'my clone');
const script = join(clone, 'bin', 'clubcrm.js');
mkdirSync(join(clone, 'bin'), { recursive: true });
writeFileSync(script, '#!/usr/bin/env node\n', { mode: 0o755 });
mkdirSync(join(clone, 'node_modules', '.bin'), { recursive: true });
symlinkSync(script, join(clone, 'node_modules', '.bin', 'clubcrm'));
const globalBin = join(base, 'prefix', 'bin');
mkdirSync(globalBin, { recursive: true });
symlinkSync(script, join(globalBin, 'clubcrm'));
const otherBin = join(base, 'other', 'bin');
mkdirSync(otherBin, { recursive: true });
writeFileSync(join(otherBin, 'clubcrm'), '#!/bin/sh\n', { mode: 0o755 }); // someone else's clubcrm

const inv = (PATH: string, cwd: string, npm_command?: string) =>
  cliCommand({ env: { PATH, ...(npm_command ? { npm_command } : {}) }, script, cwd, platform: 'linux' });

describe('cliCommand', () => {
  it('is `clubcrm` when the clubcrm on the PATH is this program (a global install)', () => {
    expect(inv(`/usr/bin:${globalBin}`, base)).toBe('clubcrm');
  });

  it("is not fooled by another program named clubcrm, nor by npx's node_modules/.bin", () => {
    expect(inv(`${otherBin}:${join(clone, 'node_modules', '.bin')}`, base)).toBe(`node "${script}"`);
  });

  it('is `npx clubcrm` under npx inside the clone, and the full path outside it', () => {
    const path = `${join(clone, 'node_modules', '.bin')}:/usr/bin`;
    expect(inv(path, join(clone, 'bin'), 'exec')).toBe('npx clubcrm');
    expect(inv(path, base, 'exec')).toBe(`node "${script}"`);
  });

  it('quotes paths for a shell only when needed', () => {
    expect(shellQuote('/opt/clubcrm/bin/clubcrm.js')).toBe('/opt/clubcrm/bin/clubcrm.js');
    expect(shellQuote('我的 中心')).toBe('"我的 中心"');
    expect(shellQuote('a"b$c')).toBe('"a\\"b\\$c"');
  });
});
