/**
 * The bad-input table run through one reading verb (issue "Reliability and safety"): what every
 * case must give, whatever the verb. One test file per verb (test/commands/bad-input/), so the
 * ~500 runs of the binary are shared among vitest's workers instead of queued in one file.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect } from 'vitest';
import { BAD_INPUTS, type BadInput } from './bad-inputs.js';
import { hasStackTrace, runCli } from './run-cli.js';

const AS_OF = ['--as-of', '2026-11-20T19:00'];

export interface ReadingVerb {
  verb: string;
  /** Report verbs exit 0 once they wrote their workbook. */
  report: boolean;
  args: (input: string, out: string) => string[];
}

/** Every reading verb, given the input path. */
export const READING_VERBS = {
  inspect: { verb: 'inspect', report: false, args: (i) => ['inspect', i, ...AS_OF] },
  check: { verb: 'check', report: false, args: (i) => ['check', '--data', i, '--week', '2026-11-18', ...AS_OF] },
  'weekly-report': { verb: 'weekly-report', report: true, args: (i, o) => ['weekly-report', '--data', i, '--week', '2026-11-18', '--out', join(o, 'w.xlsx'), ...AS_OF] },
  reallocate: { verb: 'reallocate', report: true, args: (i, o) => ['reallocate', '--data', i, '--week', '2026-11-18', '--out', join(o, 'r.xlsx'), ...AS_OF] },
  'director-summary': { verb: 'director-summary', report: true, args: (i, o) => ['director-summary', '--data', i, '--month', '2026-11', '--out', join(o, 'd.xlsx'), ...AS_OF] },
} satisfies Record<string, ReadingVerb>;

/** The cases a verb runs (the over-long sheet only where it is read without a report). */
export function casesFor(v: ReadingVerb): BadInput[] {
  return BAD_INPUTS.filter((c) => c.name !== "rows beyond Excel's limit" || v.verb === 'inspect' || v.verb === 'check');
}

const root = mkdtempSync(join(tmpdir(), 'clubcrm-bad-'));

/** Makes the case's input in a folder of its own and runs the verb over it in zh and en. */
export async function expectPlannedAnswer(v: ReadingVerb, c: BadInput): Promise<void> {
  const dir = mkdtempSync(join(root, 'case-'));
  const input = await c.make(dir);
  const out = mkdtempSync(join(root, 'out-'));
  for (const lang of ['zh', 'en'] as const) {
    const r = runCli([...v.args(input, out), '--lang', lang, ...(v.report ? ['--force'] : [])]);
    const all = r.stdout + r.stderr;
    expect(hasStackTrace(all), `${v.verb} ${c.name} ${lang}:\n${all.slice(0, 800)}`).toBe(false);
    // An answer the tool planned for, never its "internal error" fallback.
    expect(all, `${v.verb} ${c.name} ${lang}`).not.toMatch(/程序内部出错|Internal error/);
    if (c.kind === 'stop') {
      expect(r.status, `${v.verb} ${c.name}: ${r.stderr}`).toBe(2);
      // The file is named: the input itself, or the bad file inside a folder input.
      expect(r.stderr).toContain(c.name.includes('inside a folder') ? 'broken-link.xlsx' : basename(input));
      expect(r.stderr).toMatch(lang === 'zh' ? /[\u4e00-\u9fff]/ : /^Error/m);
      if (c.mentions) expect(r.stderr).toMatch(c.mentions);
      if (c.never) expect(r.stderr).not.toMatch(c.never);
    } else if (c.kind === 'data') {
      expect(r.status, `${v.verb} ${c.name}: ${r.stderr}`).toBe(v.report ? 0 : 1);
    } else {
      expect([0, 1], `${v.verb} ${c.name}: ${r.stderr}`).toContain(r.status);
    }
  }
}
