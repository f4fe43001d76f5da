/**
 * `import`: read every file named, report each sheet's form and every data issue, and copy the
 * accepted files (opened, with at least one sheet taken for a form) into the workspace's
 * sheets/. Originals are only ever read. Every file is read and reported even when another
 * cannot be; the exit code is the worst: 2 unreadable, 1 error-level data issue or a file with
 * no form (not imported), 0 clean.
 */
import { readFileSync } from 'node:fs';
import { extname, isAbsolute, join, relative } from 'node:path';
import type { Lang } from '../config/types.js';
import { ClubError } from '../errors.js';
import { writeAnnotatedCopy } from './annotate.js';
import { exitCodeOf, fileError, readFileReport, unreadableReport, type FileReport, type ReadContext, type ReadFileFn } from './file-report.js';
import { listInputFiles } from './input-files.js';
import { workspaceDir } from './layout.js';
import { withWorkspaceLock } from './lock.js';
import { SheetStore, sha256, type StoreResult } from './sheet-store.js';
import { readSourceMarker, type SourceMarker } from './source-marker.js';

/** Write errors that stop the whole import rather than one file. */
const STOPPING_WRITE_ERRORS = new Set(['error.disk-full', 'error.disk-io', 'error.write-incomplete']);
import { t } from '../i18n/index.js';

/** One file of an import. */
export interface ImportedFile extends FileReport {
  /** Opened and at least one sheet is a form: copied into the store. */
  accepted: boolean;
  /** What the store did with it (null when not accepted, or when storing failed: see `error`). */
  stored: StoreResult | null;
  /** The annotated copy written (workspace-relative), when --annotate and the file has issues. */
  annotated: string | null;
}

/** The whole import, as `--json` prints it (plus `exitCode`, not printed). */
export interface ImportReport {
  files: ImportedFile[];
  /** Files written into sheets/ (new or replacing an older copy). */
  copied: { from: string; to: string; action: 'copied' | 'replaced'; keptAs: string | null; replaces: string | null }[];
  /** Files whose content was already in sheets/. */
  unchanged: { from: string; sameAs: string }[];
  annotated: string[];
  exitCode: number;
}

export interface ImportOptions {
  workspace: string;
  operands: string[];
  cwd: string;
  ctx: ReadContext;
  read: ReadFileFn;
  annotate: boolean;
  force: boolean;
  lang: Lang;
  /** Names the kept older copies (e.g. `20261120-190000`); the caller's clock, so tests fix it. */
  stamp: string;
}

function isInside(file: string, dir: string): boolean {
  const rel = relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** How a path is shown: relative to the cwd when below it, else absolute. */
export function shownPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel === '' || rel.startsWith('..') ? abs : rel;
}

/** Runs an import under the workspace lock. */
export async function importSheets(o: ImportOptions): Promise<ImportReport> {
  return withWorkspaceLock(o.workspace, () => importLocked(o));
}

async function importLocked(o: ImportOptions): Promise<ImportReport> {
  const store = new SheetStore(o.workspace);
  const listed = listInputFiles(o.operands, o.cwd);
  const { problems } = listed;
  // Importing the workspace folder itself must not swallow its own outputs (templates, reports,
  // annotated and replaced copies); its sheets/ files map to themselves and are no-ops.
  const own = (['reports', 'templates', 'replaced'] as const).map((d) => workspaceDir(o.workspace, d));
  const entries = listed.entries.filter((e) => !e.operandIsDir || !own.some((d) => isInside(e.file, d)));
  const files: ImportedFile[] = problems.map((p) => ({
    ...unreadableReport(
      shownPath(p.operand, o.cwd),
      new ClubError(p.problem === 'missing' ? 'import.missing' : 'import.empty-folder', { path: shownPath(p.operand, o.cwd) }),
    ),
    accepted: false,
    stored: null,
    annotated: null,
  }));
  for (const entry of entries) {
    const display = shownPath(entry.file, o.cwd);
    let content: Buffer;
    try {
      content = readFileSync(entry.file);
    } catch (err) {
      const e = new ClubError('import.unreadable', { path: display, reason: (err as Error).message });
      files.push({ ...unreadableReport(display, e), accepted: false, stored: null, annotated: null });
      continue;
    }
    const { report, sheets } = await readFileReport(entry.file, display, o.ctx, o.read);
    const accepted = report.status === 'read' && report.sheets.some((s) => s.form !== null);
    const file: ImportedFile = { ...report, accepted, stored: null, annotated: null };
    if (accepted) {
      try {
        file.stored = await storeFile(o, store, entry, content);
      } catch (err) {
        // A full or failing disk stops the import (exit 2): nothing later could be stored either.
        if (!(err instanceof ClubError) || STOPPING_WRITE_ERRORS.has(err.key)) throw err;
        file.error = fileError(err);
      }
    }
    if (o.annotate && report.status === 'read' && report.issues.length > 0) {
      try {
        const target = annotatedTarget(o.workspace, store, file, entry.file, o.lang);
        await writeAnnotatedCopy({
          source: entry.file,
          display,
          content,
          sheets,
          issues: report.issues,
          target: target.abs,
          force: o.force,
          lang: o.lang,
          marker: file.stored ? { source: file.stored.sameAs ?? file.stored.to, sha256: sha256(content) } : null,
        });
        // Reported whether written now or already there from an import of the same content.
        file.annotated = target.rel;
      } catch (err) {
        if (!(err instanceof ClubError) || STOPPING_WRITE_ERRORS.has(err.key)) throw err;
        file.error = fileError(err);
      }
    }
    files.push(file);
  }
  return {
    files,
    copied: files.flatMap((f) =>
      f.stored && f.stored.action !== 'unchanged'
        ? [{ from: f.path, to: f.stored.to, action: f.stored.action, keptAs: f.stored.keptAs ?? null, replaces: f.stored.replacesSource ?? null }]
        : [],
    ),
    unchanged: files.flatMap((f) => (f.stored?.action === 'unchanged' ? [{ from: f.path, sameAs: f.stored.sameAs ?? f.stored.to }] : [])),
    annotated: files.flatMap((f) => (f.annotated ? [f.annotated] : [])),
    exitCode: exitCodeOf(files),
  };
}

/**
 * Stores one accepted file: a corrected copy (an annotated copy carrying its source's marker,
 * under any name) in place of the stored sheet it was made from, while that sheet still holds
 * the content the copy was made from; anything else where its name puts it.
 */
async function storeFile(o: ImportOptions, store: SheetStore, entry: { file: string; operand: string; operandIsDir: boolean }, content: Buffer): Promise<StoreResult> {
  const marker = await readSourceMarker(content);
  const source = marker ? markedSource(store, marker) : null;
  if (source) return store.replaceSource(source, content, extname(entry.file).toLowerCase() || '.xlsx', o.stamp);
  const stored = await store.store(store.targetFor(entry.file, entry.operand, entry.operandIsDir), content, o.stamp);
  return marker && stored.action !== 'unchanged' ? { ...stored, sourceGone: marker.source } : stored;
}

/**
 * The stored file a marker names: the one that still holds the marked content (the marked path
 * is only shown: the marker is text in the advisor's file, and content decides). Null when none
 * does: the source was replaced by a newer version since, which its correction must not overwrite.
 */
function markedSource(store: SheetStore, marker: SourceMarker): string | null {
  return store.holding(marker.sha256);
}

/**
 * reports/annotated/<name as stored>_待修改.xlsx (赵强.xlsx -> 赵强_待修改.xlsx): one copy per
 * source file, named so the advisor recognises it, rewritten from the latest import.
 */
function annotatedTarget(workspace: string, store: SheetStore, file: ImportedFile, source: string, lang: Lang): { abs: string; rel: string } {
  const storedAbs = file.stored ? join(workspace, file.stored.to) : store.targetFor(source, source, false);
  const inStore = relative(store.sheetsDir, storedAbs).replace(/\.(xlsx|xlsm|csv|xls)$/i, '');
  const abs = join(workspaceDir(workspace, 'annotated'), `${inStore}_${t('annotated.suffix', {}, lang)}.xlsx`);
  return { abs, rel: store.rel(abs) };
}
