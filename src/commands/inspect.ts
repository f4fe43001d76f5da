/**
 * `clubcrm inspect FILE... [--json]` (spec/commands.md): what the tool reads in a file. Exit 2
 * when a file cannot be read, else 1 when any error or warning was found (a sheet matching no
 * form, an empty sheet, a bad cell), else 0: inspect is how a supervisor checks a sheet before
 * relying on it, so anything that deserves a look fails it (import, which acts, fails only on
 * errors, as commands.md says).
 */
import { resolveContext } from './context.js';
import { readFile } from '../dataset/read-file.js';
import { countRowsForTiering } from '../io/v8-tiering.js';
import { ClubError } from '../errors.js';
import type { CommonOptions } from '../options.js';
import { renderInspect } from '../render/inspect-view.js';
import { terminalWidth, wrapNonTableLines } from '../render/terminal-width.js';
import { exitCodeOf, maskedIssue, readFileReport, unreadableReport, type FileReport } from '../workspace/file-report.js';
import { shownPath } from '../workspace/import-sheets.js';
import { listInputFiles } from '../workspace/input-files.js';
import { alignedRows, INSPECT_ROWS, type JsonCell } from '../workspace/raw-cells.js';
import { writeJson } from '../io/json-out.js';

export async function run(operands: string[], options: CommonOptions): Promise<number> {
  const cwd = process.cwd();
  const ctx = resolveContext(options, cwd);
  const { entries, problems } = listInputFiles([...operands, ...(options.data ?? [])], cwd);
  const reports: FileReport[] = problems.map((p) =>
    unreadableReport(
      shownPath(p.operand, cwd),
      new ClubError(p.problem === 'missing' ? 'import.missing' : 'import.empty-folder', { path: shownPath(p.operand, cwd) }),
    ),
  );
  const cells = new Map<FileReport, Map<string | null, JsonCell[][]>>();
  const readCtx = { asOf: ctx.asOf.local, config: ctx.config, keepCells: options.json ? INSPECT_ROWS : 0, onRows: countRowsForTiering() };
  for (const entry of entries) {
    const display = shownPath(entry.file, cwd);
    const { report, sheets } = await readFileReport(entry.file, display, readCtx, readFile);
    cells.set(report, new Map(sheets.map((s) => [s.name, alignedRows(s.cells ?? [])])));
    reports.push(report);
  }
  const lang = ctx.config.lang;
  const text = renderInspect(reports, lang, { json: options.json === true });
  if (options.json) {
    const json = {
      files: reports.map((f) => ({
        path: f.path,
        status: f.status,
        size: f.size,
        hash: f.hash,
        sheets: f.sheets.map((s) => ({ ...s, cells: cells.get(f)?.get(s.name) ?? [] })),
        issues: f.issues.map(maskedIssue),
        error: f.error,
      })),
    };
    await writeJson(json);
  } else {
    process.stdout.write(wrapNonTableLines(text.stdout, terminalWidth(), '      '));
  }
  process.stderr.write(text.stderr);
  return exitCodeOf(reports, 'warning');
}
