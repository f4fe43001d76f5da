/** Issue 12 item 1: money by calendar month; only the week-based quotas keep "a week belongs to its Friday's month". */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { calendarMonth, inCalendarMonth } from '../../src/calendar/month.js';
import { runCli } from '../support/run-cli.js';

const CONTRACTS = [
  '签约日期,顾问,学员姓名,联系电话,合约类型,课程类别,合约金额',
  // Signed on Tuesday 12-01, in the week 11-25..12-01 whose Friday (11-27) is November's; in December's on-time plan.
  '2026-12-01,李娜,小华,13811110000,续费,一年,9800',
  // Signed on Tuesday 11-03, in the week 10-28..11-03 whose Friday (10-30) is October's: November's first order.
  '2026-11-03,张伟,小明,13811112222,新单,一年,12800',
  '2026-11-20,李娜,小丽,13811113333,新单,一年,12800',
].join('\n');
const PLANS = ['计划月份,顾问,学员姓名,提交日期', '2026-12,李娜,小华,2026-11-28'].join('\n');

interface Summary {
  period: { start: string; end: string };
  weeks: { start: string; end: string };
  contracts: { count: number; amount: number; byType: Record<string, number> };
  renewals: { counted: { count: number; amount: number }; notCounted: { count: number; amount: number } };
  awards: { firstOrder: string | null };
  salesAmount: number;
}

function summary(dir: string, month: string, out: string): Summary {
  const r = runCli(['director-summary', '--data', dir, '--month', month, '--as-of', '2026-12-03T09:00', '--out', out, '--json', '--force']);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Summary;
}

describe('calendar months for money', () => {
  it('a calendar month is its first to its last day', () => {
    expect(calendarMonth('2026-11')).toEqual({ start: '2026-11-01', end: '2026-11-30' });
    expect(calendarMonth('2028-02')).toEqual({ start: '2028-02-01', end: '2028-02-29' });
    expect(calendarMonth('2026-12')).toEqual({ start: '2026-12-01', end: '2026-12-31' });
    expect(inCalendarMonth('2026-12-01', '2026-11')).toBe(false);
  });

  it('through the binary: a renewal of the 1st counts in its own month; the 3rd is November\'s first order; sheets state their dates', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clubcrm-months-'));
    writeFileSync(join(dir, 'contracts.csv'), CONTRACTS);
    writeFileSync(join(dir, 'plans.csv'), PLANS);
    const out = mkdtempSync(join(tmpdir(), 'clubcrm-months-out-'));
    const nov = summary(dir, '2026-11', join(out, 'nov.xlsx'));
    expect(nov.period).toEqual({ start: '2026-11-01', end: '2026-11-30' });
    expect(nov.weeks).toEqual({ start: '2026-11-04', end: '2026-12-01' });
    // Before: the 12-01 renewal was judged in November (not in November's plan: left out) and never seen in December.
    expect(nov.contracts).toMatchObject({ count: 2, amount: 25600, byType: { new: 2, referral: 0, renewal: 0 } });
    expect(nov.renewals.notCounted.count).toBe(0);
    expect(nov.awards.firstOrder).toBe('张伟');
    const dec = summary(dir, '2026-12', join(out, 'dec.xlsx'));
    expect(dec.period).toEqual({ start: '2026-12-01', end: '2026-12-31' });
    expect(dec.renewals.counted).toEqual({ count: 1, amount: 9800 });
    expect(dec.salesAmount).toBe(9800);

    // Every sheet but About states its dates in its first three rows, both ends as ISO dates, in either language.
    for (const [lang, file, about] of [['zh', 'nov.xlsx', '说明'], ['en', 'nov-en.xlsx', 'About']] as const) {
      if (lang === 'en') runCli(['director-summary', '--data', dir, '--month', '2026-11', '--as-of', '2026-12-03T09:00', '--out', join(out, file), '--lang', 'en']);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(out, file));
      for (const ws of wb.worksheets.filter((w) => w.name !== about)) {
        const top = [1, 2, 3].map((n) => ws.getRow(n).getCell(1).text).join(' ');
        expect(top, `${lang} ${ws.name}`).toMatch(/(2026-11-01 – 2026-11-30|2026-11-04 – 2026-12-01)/);
      }
    }
  });

  it('through the binary: check\'s November month rules leave the 12-01 renewal to December; the team bonus keeps the weeks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clubcrm-months-'));
    writeFileSync(join(dir, 'contracts.csv'), CONTRACTS);
    writeFileSync(join(dir, 'plans.csv'), PLANS);
    const r = runCli(['check', '--data', dir, '--week', '2026-11-25', '--as-of', '2026-12-01T20:00', '--json']);
    const json = JSON.parse(r.stdout) as { results: { rule: string; period: string; deadline: string | null; evidence: { row: number }[] }[] };
    expect(json.results.filter((x) => x.rule === 'renewals.unplanned')).toEqual([]);
    const mix = json.results.find((x) => x.rule === 'contracts.type-mix')!;
    expect(mix).toMatchObject({ period: '2026-11', deadline: '2026-11-30T23:59:59' });
    const bonus = json.results.find((x) => x.rule === 'team.bonus')!;
    expect(bonus).toMatchObject({ period: '2026-11', deadline: '2026-11-29T18:00:00' });
  });
});
