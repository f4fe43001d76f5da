/**
 * Writing outputs safely (spec/commands.md, issues "Reliability" and 16): the content is written
 * to a temporary file beside the target - every byte, however many short writes that takes -
 * flushed, checked (its size, and for a workbook that its zip directory reads back), then
 * renamed into place, so a crash or a full disk at any moment leaves either the old file or the
 * complete new one. An existing file is never replaced without `force`. A full disk (ENOSPC,
 * EDQUOT, EFBIG) or a failing one (EIO) removes the temporary file and stops with a clear
 * message (exit 2). Temporary files left by a killed run (their pid is dead) are removed by the
 * next write into the same folder.
 */
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ClubError } from '../errors.js';
import { t } from '../i18n/index.js';
import { ZipArchive } from '../read/zip.js';
import { pidAlive } from './pid.js';

/** The few fs calls a write goes through; tests swap them for ones that write short or fail. */
export interface WriteFs {
  openSync(path: string, flags: string, mode?: number): number;
  writeSync(fd: number, buffer: Buffer, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  fstatSync(fd: number): { size: number };
}

/** The real fs calls (tests wrap them). */
export const REAL_FS: WriteFs = {
  openSync: (path, flags, mode) => nodeFs.openSync(path, flags, mode),
  writeSync: (fd, buffer, offset, length) => nodeFs.writeSync(fd, buffer, offset, length),
  fsyncSync: (fd) => nodeFs.fsyncSync(fd),
  closeSync: (fd) => nodeFs.closeSync(fd),
  fstatSync: (fd) => nodeFs.fstatSync(fd),
};

let io: WriteFs = REAL_FS;

/** Tests only: the fs calls every later write uses (null: the real ones). */
export function setWriteFs(fs: WriteFs | null): void {
  io = fs ?? REAL_FS;
}

/** Error codes that mean the disk is full or over quota. */
const FULL_CODES = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);

/** Throws the "exists, use --force" error when `path` exists and `force` is not set. */
export function ensureWritable(path: string, force: boolean | undefined): void {
  if (!force && nodeFs.existsSync(path)) throw new ClubError('error.output-exists', { path });
}

/** The temporary name used while writing `path` (same folder, so the rename is atomic). */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/**
 * Removes temporary files a killed clubcrm left in `folder` (names made by tempPathFor whose pid
 * no longer runs here). Never fails: a file that cannot be removed is only clutter.
 */
export function removeStaleTemps(folder: string): void {
  let names: string[];
  try {
    names = nodeFs.readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid === process.pid || pidAlive(pid)) continue;
    try {
      nodeFs.rmSync(join(folder, name), { force: true });
    } catch {
      // left for a later run
    }
  }
}

/** A short write that made no progress: the disk gives nothing more. */
function noProgress(): NodeJS.ErrnoException {
  return Object.assign(new Error('write made no progress'), { code: 'ENOSPC' });
}

/**
 * Writes all of `data` to a new file `path` (flag 'wx': never an existing one), looping over
 * short writes, then (when `sync`) flushes it and checks its size. Throws the fs error as is;
 * the caller removes the file.
 */
export function writeFileFully(path: string, data: Buffer, options: { sync: boolean; flags?: string; mode?: number }): void {
  const fd = io.openSync(path, options.flags ?? 'wx', options.mode ?? 0o644);
  try {
    let offset = 0;
    let stalls = 0;
    while (offset < data.length) {
      const n = io.writeSync(fd, data, offset, data.length - offset);
      if (n <= 0) {
        if (++stalls >= 3) throw noProgress();
        continue;
      }
      stalls = 0;
      offset += n;
    }
    if (options.sync) io.fsyncSync(fd);
    const size = io.fstatSync(fd).size;
    if (size !== data.length) {
      throw new ClubError('error.write-incomplete', {
        path,
        reason: t('write.size-mismatch', { expected: data.length, actual: size }),
        kept: '',
      });
    }
  } finally {
    io.closeSync(fd);
  }
}

/** The stopping error for a failed write of `path` (`existed`: an old file is kept). */
export function writeError(err: unknown, path: string, existed: boolean): ClubError {
  const kept = t(existed ? 'error.kept-old' : 'error.kept-none');
  if (err instanceof ClubError) {
    if (err.key === 'error.write-incomplete') return new ClubError(err.key, { ...err.params, path, kept }, { cause: err });
    return err;
  }
  const code = (err as NodeJS.ErrnoException)?.code ?? '';
  if (FULL_CODES.has(code)) return new ClubError('error.disk-full', { path, kept }, { cause: err });
  if (code === 'EIO') return new ClubError('error.disk-io', { path, code, kept }, { cause: err });
  return new ClubError('error.output-unwritable', { path, reason: writeErrorReason(err) }, { cause: err });
}

/** Codes of a failed write that have words of their own (the raw `EISDIR: ...` text is for --debug). */
const REASON_CODES = ['EISDIR', 'EACCES', 'EPERM', 'ENOENT', 'ENOTDIR', 'EBUSY', 'EROFS', 'EEXIST'] as const;

/** Why a write failed, in the user's words: by its code, else the system's message. */
export function writeErrorReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code ?? '';
  const known = REASON_CODES.find((c) => c === code);
  return known ? t(`error.write-reason.${known}`) : ((err as Error)?.message ?? String(err));
}

/** Whether the target is a workbook, whose zip directory is checked before the rename. */
function isWorkbook(path: string): boolean {
  return /\.(xlsx|xlsm)$/i.test(path);
}

/** Checks the written temporary file: size as expected (when known), and a readable zip directory for a workbook. */
async function verify(tmp: string, target: string, expected: number | null): Promise<void> {
  const size = nodeFs.statSync(tmp).size;
  if ((expected !== null && size !== expected) || (expected === null && size === 0)) {
    throw new ClubError('error.write-incomplete', {
      path: target,
      reason: t('write.size-mismatch', { expected: expected ?? '> 0', actual: size }),
      kept: '',
    });
  }
  if (!isWorkbook(target)) return;
  try {
    const bytes = nodeFs.readFileSync(tmp);
    // What was written as a zip (a report, a copy of an advisor's workbook) must read back as one.
    if (bytes.subarray(0, 4).toString('latin1') !== 'PK\x03\x04') return;
    await ZipArchive.open(tmp, target, bytes.length, bytes);
  } catch (err) {
    throw new ClubError('error.write-incomplete', { path: target, reason: t('write.zip-unreadable'), kept: '' }, { cause: err });
  }
}

/** Flushes a file written by someone else (exceljs) to disk. */
function syncFile(path: string): void {
  const fd = nodeFs.openSync(path, 'r+');
  try {
    nodeFs.fsyncSync(fd);
  } finally {
    nodeFs.closeSync(fd);
  }
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
  const existed = nodeFs.existsSync(path);
  const tmp = tempPathFor(path);
  try {
    nodeFs.mkdirSync(dirname(path), { recursive: true });
    removeStaleTemps(dirname(path));
    if (typeof content === 'function') {
      await content(tmp);
      syncFile(tmp);
      await verify(tmp, path, null);
    } else {
      const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      writeFileFully(tmp, data, { sync: true });
      await verify(tmp, path, data.length);
    }
    // Checked again: another process may have written it while we worked.
    ensureWritable(path, options.force);
    nodeFs.renameSync(tmp, path);
  } catch (err) {
    try {
      nodeFs.rmSync(tmp, { force: true });
    } catch {
      // The temporary file could not even be created (e.g. the folder is a file): nothing to clean.
    }
    throw writeError(err, path, existed);
  }
}
