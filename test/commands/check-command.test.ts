import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exitCodeOf } from '../../src/engine/check-week.js';
import { renderCheckTable } from '../../src/render/check-table.js';
import { runCli, hasStackTrace } from '../support/run-cli.js';
import { check, DataBuilder } from '../support/builder.js';

/** Display width as a terminal shows it: CJK and full-width characters take two columns. */
function width(line: string): number {
  // eslint-disable-next-line no-control-regex
  const plain = line.replace(/\x1b\[[0-9;]*m/g, '');
  let w = 0;
  for (const ch of plain) w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch) ? 2 : 1;
  return w;
}

function demoWeek() {
  const b = new DataBuilder();
  b.advisors = ['张伟', '欧阳娜娜', 'Li'];
  for (const d of ['2026-11-18', '2026-11-19', '2026-11-20']) b.calls('张伟', d, 50);
  b.calls('欧阳娜娜', '2026-11-18', 149);
  b.invites('Li', '2026-11-18', 15, 'first', '2026-11-21T10:00:00');
  return b.build();
}

describe('check table', () => {
  const report = check(demoWeek(), '2026-11-18', '2026-11-20T19:00');

  it('aligns columns with Chinese names and marks each quota with a symbol', () => {
    const text = renderCheckTable(report, 'zh');
    const tableLines = text.split('\n').filter((l) => /^[┌│├└]/.test(l));
    expect(tableLines.length).toBeGreaterThan(4);
    const widths = new Set(tableLines.map(width));
    expect([...widths]).toHaveLength(1);
    expect(text).toContain('150/150 ✔');
    expect(text).toContain('149/150 ✘');
    expect(text).toMatch(/0\/20 …/); // a make-up owed, still open
  });

  it('lists findings with their action and deadline, then the data-issue line', () => {
    const text = renderCheckTable(report, 'en');
    expect(text).toMatch(/✘ 欧阳娜娜 +Weekly effective calls +149\/150 +due Fri 20 Nov 18:00 +→ the team's bonus for the month is cancelled/);
    expect(text).toContain('20 extra effective calls over the weekend, by 2026-11-22 close');
    expect(text).not.toContain('calls.weekly');
    expect(text).toMatch(/Data issues: none/);
  });
});

describe('check exit code', () => {
  it('is 1 for a missed quota or an error-level data issue, 0 otherwise', () => {
    const b = new DataBuilder();
    b.advisors = ['张伟'];
    for (const d of ['2026-11-18', '2026-11-19', '2026-11-20']) b.calls('张伟', d, 50);
    b.invites('张伟', '2026-11-18', 15, 'first', '2026-11-19T19:00:00');
    b.invites('张伟', '2026-11-18', 4, 'second', '2026-11-19T19:00:00');
    // Friday evening: calls and invites final, visits pending; warnings never make it fail.
    const ok = check(b.build(), '2026-11-18', '2026-11-20T19:00');
    expect(ok.results.some((r) => r.status === 'missed' && r.severity !== 'quota')).toBe(true);
    expect(exitCodeOf(ok)).toBe(0);
    b.issues.push({ code: 'bad-date', severity: 'error', file: 'a.xlsx', sheet: null, row: 3, column: '日期', field: 'date', value: 'x', message: '' });
    expect(exitCodeOf(check(b.build(), '2026-11-18', '2026-11-20T19:00'))).toBe(1);
    expect(exitCodeOf(check(demoWeek(), '2026-11-18', '2026-11-20T19:00'))).toBe(1);
  });
});

describe('clubcrm rules', () => {
  it('lists every rule with section, default and value in force, as JSON alone on stdout', () => {
    const run = runCli(['rules', '--json']);
    expect(run.status).toBe(0);
    const rows = JSON.parse(run.stdout) as { id: string; section: string; defaults: Record<string, unknown>; value: Record<string, unknown>; title: { zh: string; en: string } }[];
    expect(rows.map((r) => r.id)).toContain('calls.weekly');
    const weekly = rows.find((r) => r.id === 'calls.weekly')!;
    expect(weekly).toMatchObject({ section: '1.1.1(1)③a,c,d', defaults: { perCallDay: 50 }, value: { perCallDay: 50 } });
    expect(weekly.title.zh).toContain('150');
  });
  it('shows the config\'s value in force beside the default', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clubcrm-rules-'));
    writeFileSync(join(dir, 'clubcrm.config.json'), JSON.stringify({ rules: { 'invites.first': { perWeek: 12 } } }));
    const run = runCli(['rules', '--json', '--dir', dir]);
    const rows = JSON.parse(run.stdout) as { id: string; defaults: Record<string, unknown>; value: Record<string, unknown> }[];
    expect(rows.find((r) => r.id === 'invites.first')).toMatchObject({ defaults: { perWeek: 15 }, value: { perWeek: 12 } });
  });
  it('prints a table in English without a stack trace', () => {
    const run = runCli(['rules', '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('team.bonus');
    expect(run.stdout).toContain('In force');
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});

describe('figures in messages', () => {
  it('shows ratios as percentages that never round a shortfall up to 100%, and money with separators', async () => {
    const { percentText, moneyText } = await import('../../src/rules/finding.js');
    expect(percentText(0.1429)).toBe('14.3%');
    expect(percentText(0.99989)).toBe('99.9%');
    expect(percentText(1)).toBe('100%');
    expect(moneyText(12800)).toBe('12,800');
  });
});
