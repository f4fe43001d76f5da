/**
 * The workspace's `sheets/` store: imported advisor files, byte for byte as received.
 * Content decides: the same bytes again (under any name) is a no-op; different bytes under a
 * stored name replace the stored copy, whose older version is first kept under `replaced/`
 * (never deleted, and outside `sheets/` so it is never read as data). Every write is atomic.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { insideFolder, safeFileName } from '../io/safe-file-name.js';
import { writeOutput } from '../io/write-output.js';
import { workspaceDir } from './layout.js';

/** SHA-256 of a content, hex. */
export function sha256(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

/** What storing one file did. Paths are relative to the workspace, with `/`. */
export interface StoreResult {
  action: 'copied' | 'unchanged' | 'replaced';
  /** Where the file is in the store. */
  to: string;
  /** `unchanged`: the stored file that already holds these bytes. */
  sameAs?: string;
  /** `replaced`: where the older copy was kept. */
  keptAs?: string;
  /** A corrected copy: the stored sheet its marker names, which it replaced (source-marker.ts). */
  replacesSource?: string;
  /** A corrected copy whose marked source is no longer in sheets/ as it was: stored as a sheet of its own. */
  sourceGone?: string;
}

/** Whether a stored path is a data file (not a temp file of an atomic write, not an Excel owner file). */
function isStoredData(name: string): boolean {
  return !name.startsWith('.') && !name.startsWith('~$');
}

function walk(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (!isStoredData(e.name)) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) walk(full, out);
    else if (e.isFile()) out.push(full);
  }
}

function toPosix(p: string): string {
  return p.split(sep).join('/');
}

/** The store of one workspace: an index of stored contents by hash, and the copying. */
export class SheetStore {
  readonly workspace: string;
  readonly sheetsDir: string;
  private readonly byHash = new Map<string, string>();

  constructor(workspace: string) {
    this.workspace = resolve(workspace);
    this.sheetsDir = workspaceDir(this.workspace, 'sheets');
    const files: string[] = [];
    walk(this.sheetsDir, files);
    for (const f of files.sort()) {
      const h = sha256(readFileSync(f));
      if (!this.byHash.has(h)) this.byHash.set(h, f);
    }
  }

  /** Workspace-relative display path with `/`. */
  rel(abs: string): string {
    return toPosix(relative(this.workspace, abs));
  }

  /**
   * Where a file found by an operand goes in the store: a file given by itself keeps its name;
   * a file found in a folder keeps its place under that folder's name (two advisors' "周报.xlsx"
   * from different folders must not replace each other); a file already in the store is itself.
   */
  targetFor(file: string, operand: string, operandIsDir: boolean): string {
    const abs = resolve(file);
    const inStore = relative(this.sheetsDir, abs);
    if (!inStore.startsWith('..') && inStore !== '' && !inStore.startsWith(sep)) return abs;
    if (!operandIsDir) return insideFolder(this.sheetsDir, safeFileName(basename(abs)));
    const dirName = safeFileName(basename(resolve(operand)), 'import');
    const parts = relative(resolve(operand), abs).split(sep).map((p) => safeFileName(p));
    return insideFolder(this.sheetsDir, join(dirName, ...parts));
  }

  /**
   * Stores `content` at `target` (absolute, inside sheets/). `stamp` (e.g. `20261120-190000`)
   * names the kept older copy when one is replaced.
   */
  async store(target: string, content: Buffer, stamp: string): Promise<StoreResult> {
    const hash = sha256(content);
    const to = this.rel(target);
    const same = this.byHash.get(hash);
    if (same !== undefined && existsSync(same)) return { action: 'unchanged', to: this.rel(same), sameAs: this.rel(same) };
    if (existsSync(target) && statSync(target).isFile()) {
      const kept = await this.keepOlder(target, stamp);
      await writeOutput(target, content, { force: true });
      this.byHash.set(hash, target);
      return { action: 'replaced', to, keptAs: this.rel(kept) };
    }
    await writeOutput(target, content);
    this.byHash.set(hash, target);
    return { action: 'copied', to };
  }

  /** Keeps the stored file at `file` under replaced/ (stamped, with its hash) and forgets its content; returns where. */
  private async keepOlder(file: string, stamp: string): Promise<string> {
    const old = readFileSync(file);
    const oldHash = sha256(old);
    const ext = extname(file);
    const relInStore = relative(this.sheetsDir, file);
    const keptName = `${basename(relInStore, ext)}.${stamp}.${oldHash.slice(0, 8)}${ext}`;
    const kept = join(workspaceDir(this.workspace, 'replaced'), dirname(relInStore), keptName);
    // The older copy is kept first: if anything fails after, nothing was lost.
    if (!existsSync(kept)) await writeOutput(kept, old);
    if (this.byHash.get(oldHash) === file) this.byHash.delete(oldHash);
    return kept;
  }

  /** The stored file holding exactly the content of SHA-256 `hash`, or null. */
  holding(hash: string): string | null {
    const file = this.byHash.get(hash);
    return file !== undefined && existsSync(file) ? file : null;
  }

  /**
   * Stores a corrected copy in place of `source` (a stored file): at the source's path, with the
   * copy's own extension (a CSV's correction is an .xlsx). The source is kept under replaced/
   * first; when the extension differs it then leaves sheets/, so it is never counted beside
   * its correction.
   */
  async replaceSource(source: string, content: Buffer, ext: string, stamp: string): Promise<StoreResult> {
    const target = join(dirname(source), `${basename(source, extname(source))}${ext}`);
    if (target === source) return { ...(await this.store(target, content, stamp)), replacesSource: this.rel(source) };
    const kept = await this.keepOlder(source, stamp);
    const stored = await this.store(target, content, stamp);
    rmSync(source, { force: true });
    return { ...stored, action: 'replaced', keptAs: this.rel(kept), replacesSource: this.rel(source) };
  }
}
