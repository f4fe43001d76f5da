/**
 * Fuzzing the readers and the cell parsers (issue "Reliability and safety"): generated and
 * mutated inputs must never crash, hang, or escape as anything but a ClubError (stopping) or
 * data issues. 10,000 inputs in all, spread over the targets below.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { openWorkbook } from '../../src/read/open.js';
import { ClubError } from '../../src/errors.js';
import { readFile } from '../../src/dataset/read-file.js';
import { defaultConfig } from '../../src/config/load.js';

const CORPUS = new URL('../fixtures/corpus/', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'clubcrm-fuzz-'));
const ctx = { asOf: '2026-11-20T19:00:00', config: defaultConfig() };
let n = 0;

/** Reads the bytes as a file named `name` through the whole reading path; only ClubError may escape. */
async function readAll(bytes: Uint8Array, name: string): Promise<'ok' | 'refused'> {
  const path = join(dir, `${n++}-${name}`);
  writeFileSync(path, bytes);
  try {
    const wb = await openWorkbook(path, name);
    for (const sheet of wb.sheets) for await (const _row of sheet.rows()) void _row;
    await readFile(path, name, ctx);
    return 'ok';
  } catch (err) {
    if (err instanceof ClubError) return 'refused';
    throw err;
  }
}

const SEEDS = readdirSync(CORPUS)
  .filter((f) => /\.(xlsx|csv)$/.test(f) && !f.startsWith('HOSTILE') && !f.startsWith('SYNTH_HOSTILE'))
  .map((f) => ({ name: f, bytes: readFileSync(new URL(f, CORPUS)) }))
  .filter((s) => s.bytes.length < 60_000);

// The three report workbooks clubcrm writes itself are seeds too (issue 16): its own output,
// mutated, must be read or refused like anyone else's.
beforeAll(() => {
  const asOf = ['--data', 'fixtures/demo-center', '--as-of', '2026-11-20T19:00', '--lang', 'zh'];
  const reports: [string, string[]][] = [
    ['weekly.xlsx', ['weekly-report', '--week', '2026-11-18']],
    ['reallocation.xlsx', ['reallocate', '--week', '2026-11-18']],
    ['director.xlsx', ['director-summary', '--month', '2026-11']],
  ];
  for (const [name, args] of reports) {
    const out = join(dir, name);
    const r = runCli([...args, ...asOf, '--out', out]);
    if (r.status !== 0) throw new Error(`${args[0]} failed: ${r.stderr}`);
    SEEDS.push({ name, bytes: readFileSync(out) });
  }
}, 120_000);

describe('fuzzing the readers', () => {
  it('survives random bytes named .csv and .xlsx (3,000 inputs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.constantFrom('x.csv', 'x.xlsx'), async (bytes, name) => {
        expect(['ok', 'refused']).toContain(await readAll(bytes, name));
      }),
      { numRuns: 3_000, seed: 1 },
    );
  });

  it('survives random text CSVs with quotes, separators and Chinese (3,000 inputs)', async () => {
    const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('日期', '顾问', '联系电话', '呼出类型', '通话结果', '"', '""', '\r\n', ',', '\t', '2026/11/20', '13812345678', '=1+1', '一次邀约', '已邀约'));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }), async (rows) => {
        const text = rows.map((r) => r.join(',')).join('\n');
        expect(['ok', 'refused']).toContain(await readAll(Buffer.from(text, 'utf8'), 'x.csv'));
      }),
      { numRuns: 3_000, seed: 2 },
    );
  });

  it('has the three report workbooks among its seeds', () => {
    expect(SEEDS.map((s) => s.name)).toEqual(expect.arrayContaining(['weekly.xlsx', 'reallocation.xlsx', 'director.xlsx']));
  });

  it('survives mutated real files from the corpus and reports (4,000 inputs)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SEEDS),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.option(fc.nat(), { nil: undefined }),
        async (seed, flips, truncate) => {
          const bytes = Buffer.from(seed.bytes);
          for (const [at, value] of flips) bytes[at % bytes.length] = value;
          const cut = truncate === undefined ? bytes : bytes.subarray(0, truncate % (bytes.length + 1));
          expect(['ok', 'refused']).toContain(await readAll(cut, seed.name));
        },
      ),
      { numRuns: 4_000, seed: 3 },
    );
  }, 300_000);
});
