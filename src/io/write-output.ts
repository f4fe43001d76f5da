/**
 * Writing outputs safely (spec/commands.md, issue "Reliability"): the content is written to a
 * temporary file beside the target, flushed, then renamed into place, so a crash at any moment
 * leaves either the old file or the complete new one. An existing file is never replaced
 * without `force`.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ClubError } from '../errors.js';

/** Throws the "exists, use --force" error when `path` exists and `force` is not set. */
export function ensureWritable(path: string, force: boolean | undefined): void {
  if (!force && existsSync(path)) throw new ClubError('error.output-exists', { path });
}

/** The temporary name used while writing `path` (same folder, so the rename is atomic). */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Writes `content` (or what `produce` writes to the temp path) to `path` atomically.
 * `produce` is for writers that want a file name (exceljs writeFile).
 */
export async function writeOutput(
  path: string,
  content: Buffer | string | ((tempPath: string) => Promise<void>),
  options: { force?: boolean } = {},
): Promise<void> {
  ensureWritable(path, options.force);
  const tmp = tempPathFor(path);
  try {
    mkdirSync(dirname(path), { recursive: true });
    if (typeof content === 'function') {
      await content(tmp);
    } else {
      const fd = openSync(tmp, 'wx', 0o644);
      try {
        writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
    // Checked again: another process may have written it while we worked.
    ensureWritable(path, options.force);
    renameSync(tmp, path);
  } catch (err) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // The temporary file could not even be created (e.g. the folder is a file): nothing to clean.
    }
    if (err instanceof ClubError) throw err;
    throw new ClubError('error.output-unwritable', { path, reason: (err as Error).message }, { cause: err });
  }
}
