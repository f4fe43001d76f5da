import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClubError } from '../../src/errors.js';
import { acquireWorkspaceLock, LOCK_FILE, withWorkspaceLock } from '../../src/workspace/lock.js';

function tempWorkspace(): string {
  return mkdtempSync(join(tmpdir(), 'clubcrm-lock-'));
}

describe('workspace lock', () => {
  it('refuses a second holder with a clear error naming the pid, and frees the folder on release', () => {
    const ws = tempWorkspace();
    const lock = acquireWorkspaceLock(ws);
    const held = JSON.parse(readFileSync(join(ws, LOCK_FILE), 'utf8'));
    expect(held.pid).toBe(process.pid);
    let caught: unknown;
    try {
      acquireWorkspaceLock(ws);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ClubError);
    const err = caught as ClubError;
    expect(err.key).toBe('error.workspace-locked');
    expect(err.exitCode).toBe(2);
    expect(err.localized()).toContain(String(process.pid));
    expect(err.message).toMatch(/Another clubcrm is working in this folder/);
    lock.release();
    expect(existsSync(join(ws, LOCK_FILE))).toBe(false);
    acquireWorkspaceLock(ws).release();
  });

  it('says since when on the center\'s clock, and quotes a lock path with a space', () => {
    const ws = mkdtempSync(join(tmpdir(), 'clubcrm lock '));
    const lock = acquireWorkspaceLock(ws, () => Date.parse('2026-11-20T11:03:00Z'));
    let caught: ClubError | undefined;
    try {
      acquireWorkspaceLock(ws);
    } catch (err) {
      caught = err as ClubError;
    }
    // Asia/Shanghai (the default zone): 19:03 local, not 11:03Z.
    expect(caught!.localized()).toContain('开始于 2026-11-20 19:03');
    expect(caught!.localizedHint()).toContain(`"${join(ws, LOCK_FILE)}"`);
    lock.release();
  });

  it('takes over a stale lock whose pid is dead', () => {
    const ws = tempWorkspace();
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(join(ws, LOCK_FILE), JSON.stringify({ pid: dead, host: hostname(), started: '2026-01-01T00:00:00Z', token: 'old' }));
    const lock = acquireWorkspaceLock(ws);
    expect(JSON.parse(readFileSync(join(ws, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('does not judge a lock from another host stale', () => {
    const ws = tempWorkspace();
    writeFileSync(join(ws, LOCK_FILE), JSON.stringify({ pid: 1, host: 'other-machine', started: 'x', token: 't' }));
    expect(() => acquireWorkspaceLock(ws)).toThrow(ClubError);
  });

  it('releases the lock when the work throws', async () => {
    const ws = tempWorkspace();
    await expect(withWorkspaceLock(ws, async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(existsSync(join(ws, LOCK_FILE))).toBe(false);
    expect(await withWorkspaceLock(ws, async () => 7)).toBe(7);
  });
});
