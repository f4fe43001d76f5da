/**
 * Where a report workbook goes, the same for every report verb: `--out` (a file; a folder -
 * existing, or written with a trailing slash - gets the default name), else
 * `reports/<default name>` in the workspace, or under the current folder when reading `--data`
 * without one. And how a written path is shown: relative to the current folder when inside it.
 */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { withWorkspaceLock } from './lock.js';
import { workspaceDir } from './layout.js';
import { safeFileName } from '../io/safe-file-name.js';

/** The output path of a report whose default file name is `defaultName` (sanitised). */
export function reportOutputPath(defaultName: string, out: string | undefined, workspace: string | null, cwd: string): string {
  const name = safeFileName(defaultName, 'report.xlsx');
  if (out) {
    const target = resolve(cwd, out);
    if (/[\\/]$/.test(out) || (existsSync(target) && statSync(target).isDirectory())) return join(target, name);
    return target;
  }
  return join(workspaceDir(workspace ?? cwd, 'reports'), name);
}

/** A path as shown to the user: relative to `cwd` when inside it. */
export function shownPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** Runs a report's write under the workspace lock (no lock without a workspace). */
export function withReportLock<T>(workspace: string | null, fn: () => Promise<T>): Promise<T> {
  return workspace ? withWorkspaceLock(workspace, fn) : fn();
}
