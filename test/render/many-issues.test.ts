/**
 * Issue 16 item 2: issue lists of any length. The terminal table folds like issues of
 * consecutive rows, shows at most a screenful per file with "… N more", and is never built
 * under --json; 100,000 issues are fine.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DataIssue } from '../../src/model/issues.js';
import { foldIssues, issueTable } from '../../src/render/issue-table.js';
import { hasStackTrace, runCli } from '../support/run-cli.js';

function issue(row: number, over: Partial<DataIssue> = {}): DataIssue {
  return {
    code: 'missing-required',
    severity: 'error',
    file: 'a.csv',
    sheet: null,
    row,
    column: '联系电话',
    field: 'phone',
    value: null,
    message: '“联系电话”是必填项，这一行为空。',
    ...over,
  };
}

describe('foldIssues', () => {
  it('folds like issues of consecutive rows, also when other issues of the same rows come between', () => {
    const issues: DataIssue[] = [];
    for (let r = 2; r <= 6; r++) {
      issues.push(issue(r));
      issues.push(issue(r, { code: 'bad-enum', column: '通话结果', message: 'x' }));
    }
    issues.push(issue(9)); // a gap: a new line
    const lines = foldIssues(issues);
    expect(lines.map((l) => [l.first.column, l.first.row, l.lastRow, l.count])).toEqual([
      ['联系电话', 2, 6, 5],
      ['通话结果', 2, 6, 5],
      ['联系电话', 9, 9, 1],
    ]);
  });

  it('never folds different messages or files', () => {
    const lines = foldIssues([issue(2), issue(3, { message: 'other' }), issue(4, { file: 'b.csv' })]);
    expect(lines).toHaveLength(3);
  });
});

describe('issueTable', () => {
  it('shows at most the given lines per file and says how many more there are', () => {
    const issues: DataIssue[] = [];
    // Every other row: nothing folds.
    for (let r = 2; r < 2 + 2 * 1000; r += 2) issues.push(issue(r));
    for (let r = 2; r < 2 + 2 * 3; r += 2) issues.push(issue(r, { file: 'b.csv' }));
    const text = issueTable(issues, 10);
    expect(text.split('\n').filter((l) => l.includes('a.csv'))).toHaveLength(11);
    expect(text).toContain('另有 990 个问题');
    expect(text.split('\n').filter((l) => l.includes('b.csv'))).toHaveLength(3);
    expect(text).not.toContain('另有 0');
  });

  it('prints a folded run as a row range with its count', () => {
    const text = issueTable([issue(2), issue(3), issue(4)], 10);
    expect(text).toContain('2-4');
    expect(text).toContain('共 3 行');
  });
});

describe('inspect with 100,000 issues (real binary)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clubcrm-issues-'));
  const file = join(dir, 'calls.csv');
  // 50,000 calls, each missing its phone and with an outcome that is not a choice: 100,000
  // issues; every other row's advisor differs so that half the phone issues do not fold.
  const lines = ['日期,顾问,联系电话,呼出类型,通话结果'];
  for (let i = 0; i < 50_000; i++) lines.push(`2026-11-${18 + (i % 3)},张伟,,首邀,好${i % 7}`);
  writeFileSync(file, `${lines.join('\r\n')}\r\n`);

  it('--json: exit 1, valid JSON with every issue', () => {
    const r = runCli(['inspect', file, '--json', '--as-of', '2026-11-20T19:00']);
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout) as { files: { issues: unknown[] }[] };
    expect(json.files[0]!.issues.length).toBeGreaterThanOrEqual(100_000);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('terminal: a bounded table', () => {
    const r = runCli(['inspect', file, '--as-of', '2026-11-20T19:00']);
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n').length).toBeLessThan(150);
    expect(r.stdout).toMatch(/另有 \d+ 个问题/);
    expect(r.stdout).toContain('错误 100000 个');
  });
});
