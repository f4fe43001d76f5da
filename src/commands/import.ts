/** `clubcrm import FILE|DIR... [--annotate] [--json]` (spec/commands.md). */
import { terminalWidth, wrapNonTableLines } from '../render/terminal-width.js';
import { loadContextDataset, resolveContext } from './context.js';
import { wallClock } from '../calendar/local-date.js';
import { readFile } from '../dataset/read-file.js';
import { countRowsForTiering } from '../io/v8-tiering.js';
import { ClubError } from '../errors.js';
import type { CommonOptions } from '../options.js';
import { renderImport } from '../render/import-view.js';
import { maskedIssue } from '../workspace/file-report.js';
import { importSheets, type ImportReport } from '../workspace/import-sheets.js';
import { writeJson } from '../io/json-out.js';

/** The `--json` shape: files with their sheets and issues, and what was copied. */
export function importJson(report: ImportReport): unknown {
  return {
    files: report.files.map((f) => ({
      path: f.path,
      status: f.status,
      accepted: f.accepted,
      size: f.size,
      hash: f.hash,
      sheets: f.sheets.map((s) => ({ name: s.name, form: s.form, headerRow: s.headerRow, rows: s.rows, reason: s.reason })),
      issues: f.issues.map(maskedIssue),
      stored: f.stored,
      annotated: f.annotated,
      error: f.error,
    })),
    copied: report.copied,
    unchanged: report.unchanged,
    annotated: report.annotated,
  };
}

export async function run(operands: string[], options: CommonOptions): Promise<number> {
  const cwd = process.cwd();
  const ctx = resolveContext(options, cwd);
  if (!ctx.workspace) throw new ClubError('import.no-workspace', { dir: cwd });
  const report = await importSheets({
    workspace: ctx.workspace,
    operands,
    cwd,
    ctx: { asOf: ctx.asOf.local, config: ctx.config, onRows: countRowsForTiering() },
    read: readFile,
    annotate: options.annotate === true,
    force: options.force === true,
    lang: ctx.config.lang,
    stamp: wallClock(new Date(), ctx.config.timeZone).replace(/[-:]/g, '').replace('T', '-'),
  });
  // Fill the workspace's content cache with what the next report will read, so the first
  // check or weekly-report after an import parses nothing (cached under the same as-of date).
  if (report.copied.length > 0) await loadContextDataset({ json: true }, ctx).catch(() => undefined);
  const text = renderImport(report, ctx.config.lang, { json: options.json === true });
  if (options.json) await writeJson(importJson(report));
  else process.stdout.write(wrapNonTableLines(text.stdout, terminalWidth(), '      '));
  process.stderr.write(text.stderr);
  return report.exitCode;
}
