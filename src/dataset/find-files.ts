/**
 * The input files named by paths: files as given, folders walked recursively for .xlsx, .csv
 * (and .xls, so that one gets the reader's clear "save as .xlsx" error rather than silence),
 * skipping Office lock files (~$...) and hidden files; in a deterministic order.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ClubError } from '../errors.js';

const SHEET_FILE = /\.(xlsx|csv|xls)$/i;

function skipped(name: string): boolean {
  return name.startsWith('~$') || name.startsWith('.');
}

function walk(dir: string, out: string[], seen: Set<string> = new Set()): void {
  // A folder reached again through a link (a loop such as sheets/back -> ..) is walked once.
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    real = dir;
  }
  if (seen.has(real)) return;
  seen.add(real);
  const names = readdirSync(dir).filter((n) => !skipped(n)).sort();
  for (const name of names) {
    const full = join(dir, name);
    let st;
    try {
      st = statSync(full);
    } catch {
      // A broken link or an entry we may not read: a sheet-named one goes to the reader, whose
      // refusal names the file and says what to do; anything else is not ours to read.
      if (SHEET_FILE.test(name)) out.push(full);
      continue;
    }
    if (st.isDirectory()) walk(full, out, seen);
    else if (st.isFile() && SHEET_FILE.test(name)) out.push(full);
  }
}

/** Absolute paths of the files to read, each once, sorted by their displayed path. */
export function findInputFiles(paths: readonly string[], baseDir: string): string[] {
  const found: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch (err) {
      // A link loop (a link to itself) exists: the reader names it for what it is.
      if ((err as NodeJS.ErrnoException).code === 'ELOOP') {
        found.push(p);
        continue;
      }
      throw new ClubError('error.data-path-missing', { path: displayPath(p, baseDir) });
    }
    if (st.isDirectory()) walk(p, found);
    else found.push(p);
  }
  const unique = [...new Set(found)];
  return unique.sort((a, b) => compare(displayPath(a, baseDir), displayPath(b, baseDir)));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A path as shown to the user: relative to baseDir, with forward slashes. */
export function displayPath(path: string, baseDir: string): string {
  const rel = relative(baseDir, path);
  return (rel === '' ? path : rel).split(sep).join('/');
}
