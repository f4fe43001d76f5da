/**
 * The same calls in every layout real files come in - phones as shared strings, as numbers,
 * inline strings, UTF-8 CSV, GBK/GB18030 CSV - give the identical `check --json` through the
 * real binary (issue 17: "zero characters altered, identical check --json for every layout").
 * The only thing that may differ is what names the place: the file's extension and the sheet
 * (a CSV has no sheet name), so each result's places are named alike before comparing.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
// The benchmark's own generator (scripts/bench): one writer per layout, from one list of rows.
import { LAYOUTS, writeCallsLayout } from '../../scripts/bench/calls-workbook.mjs';

type Row = [number, string, string, number | string, string, string, string, null, string | null];

const SHEET = '顾问每日工作日程表';
// Text as advisors type it: CJK (rare and astral characters too), Latin, and the characters
// each format must escape - but no leading/trailing blanks and no CR (XML reads a CR as LF).
const char = fc.constantFrom(...'张伟李娜王芳䶮𠮷鑫淼 Jürgen&<>"\',;\t\n“”：第1行abcXYZ0123'.split(/(?=[\s\S])/u));
const text = fc.array(char, { minLength: 1, maxLength: 12 }).map((cs) => cs.join('').trim()).filter((s) => s.length > 0);
const row: fc.Arbitrary<Row> = fc.tuple(
  fc.integer({ min: 46342, max: 46350 }), // 2026-11-16 .. 24: in, before and after the week
  fc.constantFrom('张伟', '李娜', '王芳', '赵䶮'),
  text,
  fc.oneof(fc.integer({ min: 13000000000, max: 19999999999 }), fc.constantFrom('010-62345678', '1381234567', '')),
  fc.constantFrom('新单', '老单', '', '新'),
  fc.constantFrom('一次邀约', '二次邀约', '老客户维系', '三次邀约'),
  fc.constantFrom('已邀约', '有意向', '无意向', '未接通', '空号', '聊得很好'),
  fc.constant(null),
  fc.option(text, { nil: null }),
) as fc.Arbitrary<Row>;

/** check --json over one file, its origins named alike (file `calls`, sheet as the xlsx's). */
function checkJson(dir: string, file: string): string {
  const r = runCli(['check', '--data', file, '--week', '2026-11-18', '--as-of', '2026-11-20T19:00', '--json'], { cwd: dir });
  expect(r.stderr).toBe('');
  // In messages a place is `calls.xlsx（顾问每日工作日程表）第 3 行` or `calls.csv 第 3 行`.
  return r.stdout
    .replace(new RegExp(`calls\\.xlsx（${SHEET}）`, 'g'), 'calls ')
    .replace(/calls\.(xlsx|csv)/g, 'calls')
    .replace(/"sheet": null/g, `"sheet": "${SHEET}"`);
}

describe('every layout of the same calls', () => {
  it('gives the identical check --json (shared, numeric, inline, UTF-8 CSV, GBK CSV)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'clubcrm-layouts-'));
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 40 }), async (rows) => {
        rows[0]![0] = 46344; // one call in the week at least: some advisor is judged
        rows.push([...rows[0]!]); // and one repeated call, whose message names the other's place
        const results = new Map<string, string>();
        for (const layout of LAYOUTS) {
          const dir = join(root, `${run}-${layout}`);
          mkdirSync(dir, { recursive: true });
          const file = layout.startsWith('csv') ? 'calls.csv' : 'calls.xlsx';
          // A phone typed as digits is a number in the numeric layout only; text elsewhere.
          await writeCallsLayout(join(dir, file), layout, { rows: rows.length, rowAt: (i: number) => rows[i] });
          results.set(layout, checkJson(dir, file));
        }
        run++;
        const shared = results.get('shared')!;
        expect(JSON.parse(shared).advisors.length).toBeGreaterThan(0);
        for (const layout of LAYOUTS) expect(results.get(layout), layout).toBe(shared);
      }),
      { seed: 17, numRuns: 5, endOnFailure: true },
    );
  }, 300_000);
});
