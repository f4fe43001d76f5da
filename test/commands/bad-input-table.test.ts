import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, runCli } from '../support/run-cli.js';
import { BAD_INPUTS } from '../support/bad-inputs.js';

const AS_OF = ['--as-of', '2026-11-20T19:00'];

/** Every reading verb, given the input path; `report` verbs exit 0 once they wrote their workbook. */
const VERBS: { verb: string; report: boolean; args: (input: string, out: string) => string[] }[] = [
  { verb: 'inspect', report: false, args: (i) => ['inspect', i, ...AS_OF] },
  { verb: 'check', report: false, args: (i) => ['check', '--data', i, '--week', '2026-11-18', ...AS_OF] },
  { verb: 'weekly-report', report: true, args: (i, o) => ['weekly-report', '--data', i, '--week', '2026-11-18', '--out', join(o, 'w.xlsx'), ...AS_OF] },
  { verb: 'reallocate', report: true, args: (i, o) => ['reallocate', '--data', i, '--week', '2026-11-18', '--out', join(o, 'r.xlsx'), ...AS_OF] },
  { verb: 'director-summary', report: true, args: (i, o) => ['director-summary', '--data', i, '--month', '2026-11', '--out', join(o, 'd.xlsx'), ...AS_OF] },
];

const root = mkdtempSync(join(tmpdir(), 'clubcrm-bad-'));
const inputs = new Map<string, string>();

beforeAll(async () => {
  for (const [i, c] of BAD_INPUTS.entries()) {
    const dir = join(root, `case-${i}`);
    mkdirSync(dir, { recursive: true });
    inputs.set(c.name, await c.make(dir));
  }
});

describe.each(VERBS)('bad inputs through `clubcrm $verb`', ({ verb, report, args }) => {
  it.each(BAD_INPUTS.filter((c) => c.name !== "rows beyond Excel's limit" || verb === 'inspect' || verb === 'check'))('$name', (c) => {
    const input = inputs.get(c.name)!;
    const out = mkdtempSync(join(root, 'out-'));
    for (const lang of ['zh', 'en'] as const) {
      const r = runCli([...args(input, out), '--lang', lang, ...(report ? ['--force'] : [])]);
      const all = r.stdout + r.stderr;
      expect(hasStackTrace(all), `${verb} ${c.name} ${lang}:\n${all.slice(0, 800)}`).toBe(false);
      // An answer the tool planned for, never its "internal error" fallback.
      expect(all, `${verb} ${c.name} ${lang}`).not.toMatch(/程序内部出错|Internal error/);
      if (c.kind === 'stop') {
        expect(r.status, `${verb} ${c.name}: ${r.stderr}`).toBe(2);
        // The file is named: the input itself, or the bad file inside a folder input.
        expect(r.stderr).toContain(c.name.includes('inside a folder') ? 'broken-link.xlsx' : basename(input));
        expect(r.stderr).toMatch(lang === 'zh' ? /[\u4e00-\u9fff]/ : /^Error/m);
        if (c.mentions) expect(r.stderr).toMatch(c.mentions);
        if (c.never) expect(r.stderr).not.toMatch(c.never);
      } else if (c.kind === 'data') {
        expect(r.status, `${verb} ${c.name}: ${r.stderr}`).toBe(report ? 0 : 1);
      } else {
        expect([0, 1], `${verb} ${c.name}: ${r.stderr}`).toContain(r.status);
      }
    }
  });
});

describe('an output folder that cannot be written', () => {
  it.each(VERBS.filter((v) => v.report))('$verb says so with exit 2', ({ args }) => {
    const dir = mkdtempSync(join(root, 'blocked-'));
    writeFileSync(join(dir, 'reports'), 'a file where the folder should be');
    const r = runCli([...args('fixtures/demo-center', join(dir, 'reports')), '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Cannot write/);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});
