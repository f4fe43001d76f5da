/**
 * The workspace lock: one clubcrm at a time writes into a workspace (import, reports written
 * into reports/). The lock is a file created with 'wx' (fails when it exists), holding the
 * owner's pid, host and start time, so that a lock left by a crashed run (dead pid on this
 * host) is recognised as stale and taken over instead of blocking the folder for ever.
 */
import { readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ClubError } from '../errors.js';
import { pidAlive } from '../io/pid.js';
import { writeError, writeFileFully } from '../io/write-output.js';

export { pidAlive };
import { configTimeZone } from '../config/load.js';
import { DEFAULT_TIME_ZONE } from '../config/defaults.js';
import { wallClock } from '../calendar/local-date.js';
import { quotedPath } from '../io/quoted-path.js';

/** The lock file's name inside the workspace. */
export const LOCK_FILE = '.clubcrm.lock';

/** What the lock file holds. */
export interface LockInfo {
  pid: number;
  host: string;
  /** ISO instant the lock was taken. */
  started: string;
  /** Random token, so a process only ever removes its own lock. */
  token: string;
}

/** A held lock; `release()` removes the file if it is still ours. */
export interface WorkspaceLock {
  path: string;
  info: LockInfo;
  release(): void;
}

/** A lock file that cannot be parsed is only judged stale after this long (it may be being written). */
const UNPARSABLE_GRACE_MS = 30_000;

function readLock(path: string): LockInfo | null {
  try {
    const raw = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockInfo>;
    if (typeof raw.pid !== 'number' || typeof raw.token !== 'string') return null;
    return { pid: raw.pid, host: String(raw.host ?? ''), started: String(raw.started ?? ''), token: raw.token };
  } catch {
    return null;
  }
}

/**
 * Whether an existing lock can be taken over: its owner is a dead pid on this host, or the file
 * is unreadable garbage older than the grace period. A lock from another host (a shared network
 * folder) is never judged stale: its pid means nothing here.
 */
function isStale(path: string, info: LockInfo | null, now: number): boolean {
  if (info === null) {
    try {
      return now - statSync(path).mtimeMs > UNPARSABLE_GRACE_MS;
    } catch {
      return true; // vanished meanwhile
    }
  }
  if (info.host !== hostname()) return false;
  return !pidAlive(info.pid);
}

function tryCreate(path: string, info: LockInfo): boolean {
  try {
    // Every byte or nothing: a lock cut short by a full disk would look like a stranger's lock.
    writeFileFully(path, Buffer.from(JSON.stringify(info), 'utf8'), { sync: false });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    try {
      rmSync(path, { force: true });
    } catch {
      // nothing was created
    }
    const e = writeError(err, path, false);
    if (e.key === 'error.disk-full' || e.key === 'error.write-incomplete') {
      throw new ClubError('error.lock-disk-full', { path }, { cause: err });
    }
    throw new ClubError('error.lock-unwritable', { path, reason: (err as Error).message }, { cause: err });
  }
  return true;
}

/** Takes the workspace lock or throws the "another clubcrm is working here" error (exit 2). */
export function acquireWorkspaceLock(workspace: string, now: () => number = Date.now): WorkspaceLock {
  const path = join(workspace, LOCK_FILE);
  const info: LockInfo = {
    pid: process.pid,
    host: hostname(),
    started: new Date(now()).toISOString(),
    token: randomBytes(8).toString('hex'),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(path, info)) return makeLock(path, info);
    const held = readLock(path);
    if (!isStale(path, held, now())) {
      throw new ClubError('error.workspace-locked', { pid: held?.pid ?? '?', since: sinceText(held?.started, workspace), path: quotedPath(path) });
    }
    // Take the stale lock aside under a unique name; only one process can rename a given file.
    // If what we moved is not the stale lock we judged (someone took over in between), put it back.
    const aside = `${path}.stale.${info.token}`;
    try {
      renameSync(path, aside);
    } catch {
      continue; // someone else moved it first: try again
    }
    const moved = readLock(aside);
    if (held !== null && moved?.token !== held.token) {
      try {
        renameSync(aside, path);
      } catch {
        /* the other process's lock is gone; the next attempt sees the folder as it is */
      }
      continue;
    }
    rmSync(aside, { force: true });
  }
  const held = readLock(path);
  throw new ClubError('error.workspace-locked', { pid: held?.pid ?? '?', since: sinceText(held?.started, workspace), path: quotedPath(path) });
}

/** When the lock was taken, on the center's clock (`2026-11-20 19:03`), not in UTC. */
function sinceText(started: string | undefined, workspace: string): string {
  const ms = started ? Date.parse(started) : NaN;
  if (Number.isNaN(ms)) return '?';
  let zone: string;
  try {
    zone = configTimeZone(workspace, (bytes) => bytes.toString('utf8'));
  } catch {
    zone = DEFAULT_TIME_ZONE; // a broken config is reported by the command itself
  }
  return wallClock(new Date(ms), zone).slice(0, 16).replace('T', ' ');
}

function makeLock(path: string, info: LockInfo): WorkspaceLock {
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    process.removeListener('exit', release);
    // Only our own lock is removed: a stale-takeover by another process must not be undone.
    if (readLock(path)?.token === info.token) rmSync(path, { force: true });
  };
  // A run ending through process.exit still frees the folder; a killed one leaves a lock whose
  // dead pid makes it stale, taken over by the next run.
  process.on('exit', release);
  return { path, info, release };
}

/** Runs `fn` holding the workspace lock, released afterwards whatever happens. */
export async function withWorkspaceLock<T>(workspace: string, fn: () => Promise<T>): Promise<T> {
  const lock = acquireWorkspaceLock(workspace);
  try {
    return await fn();
  } finally {
    lock.release();
  }
}
