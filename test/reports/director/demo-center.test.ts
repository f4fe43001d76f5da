/**
 * The demo center's November (fixtures/demo-center, expected.json "month"), read from the real
 * sheets by the real loader and engine: every figure the director sees, the workbook written by
 * the real binary, and no phone in full anywhere in it.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveAsOf } from '../../../src/calendar/local-date.js';
import { defaultConfig } from '../../../src/config/load.js';
import { loadDataset } from '../../../src/dataset/load.js';
import { checkMonth } from '../../../src/engine/check-week.js';
import { buildDirectorSummary, type DirectorSummary } from '../../../src/reports/director/model.js';
import { terminalSummary } from '../../../src/commands/director-summary.js';
import { ROOT, hasStackTrace, runCli } from '../../support/run-cli.js';
import { RULE_SPECS } from '../../../src/rules/index.js';

const DEMO = join(ROOT, 'fixtures', 'demo-center');
interface Expected {
  month: {
    month: string;
    contracts: { count: number; amount: number; byType: Record<string, number>; byCourse: Record<string, number> };
    typeMix: Record<string, { share: number; status: string }>;
    courseMix: Record<string, { share: number; status: string }>;
    salesAmount: number;
    renewals: {
      counted: { count: number; amount: number };
      notCounted: { count: number; amount: number };
      list: { date: string; advisor: string; amount: number; counted: boolean; reason: string | null }[];
    };
    teamBonus: { status: string; asOf: string; reasons: { week: string; advisor: string; rule: string; actual: number; target: number }[] };
    enrollmentsByAdvisor: Record<string, number>;
    awards: { enrollment: string; enrollmentTie: { advisor: string; reachedOn: string }[]; firstOrder: string; firstOrderContract: { date: string } };
    referralRewardsDue: { advisor: string; start: string; due: string; amount: number }[];
    referralOwnerWarnings: { advisor: string }[];
    talks: Record<string, number>;
  };
}
const expected = (JSON.parse(readFileSync(join(DEMO, 'expected.json'), 'utf8')) as Expected).month;
const config = defaultConfig(RULE_SPECS);
const asOf = resolveAsOf(expected.teamBonus.asOf, config.timeZone)!;
let s: DirectorSummary;

beforeAll(async () => {
  const dataset = await loadDataset({ paths: [DEMO], baseDir: DEMO, config, asOf: asOf.local });
  s = buildDirectorSummary({ dataset, config, month: expected.month, asOf, check: checkMonth(dataset, config, expected.month, asOf) });
});

describe("demo center, November (calendar month; the week 11-25..12-01 is November's for the bonus and trend)", () => {
  it('counts the contracts and mixes', () => {
    expect([s.monthStart, s.monthEnd]).toEqual(['2026-11-01', '2026-11-30']);
    expect([s.weeksStart, s.weeksEnd]).toEqual(['2026-11-04', '2026-12-01']);
    expect(s.contracts).toEqual(expected.contracts);
    for (const [mix, want] of [[s.typeMix, expected.typeMix], [s.courseMix, expected.courseMix]] as const) {
      const worst = Object.values(want).some((x) => x.status === 'missed') ? 'missed' : 'met';
      expect(mix.status).toBe(worst);
      for (const share of mix.shares) {
        expect(share.share).toBe(want[share.key]!.share);
        expect(share.off).toBe(want[share.key]!.status === 'missed');
      }
    }
  });
  it('leaves the late-plan and unplanned renewals out of sales', () => {
    expect(s.salesAmount).toBe(expected.salesAmount);
    expect(s.renewals.counted).toEqual(expected.renewals.counted);
    expect(s.renewals.notCounted).toEqual(expected.renewals.notCounted);
    const reason = { 'renewals.plan-due': 'plan-late', 'renewals.unplanned': 'not-in-plan' } as Record<string, string>;
    expect(s.renewals.done.map((r) => [r.date, r.advisor, r.amount, r.counted, r.counted ? null : r.reason])).toEqual(
      expected.renewals.list.map((r) => [r.date, r.advisor, r.amount, r.counted, r.reason === null ? null : reason[r.reason]]),
    );
  });
  it('cancels the team bonus for the one reason of the story', () => {
    expect(s.teamBonus.status).toBe(expected.teamBonus.status);
    expect(s.teamBonus.reasons.map((r) => ({ week: r.week, advisor: r.advisor, rule: r.kind === 'calls-weekly' ? 'calls.weekly' : r.kind, actual: r.actual, target: r.target }))).toEqual(
      expected.teamBonus.reasons,
    );
  });
  it('gives the awards: enrollment on the tie to the first to reach it, first complete new contract', () => {
    for (const a of s.advisors) expect(a.enrollments.actual, a.advisor).toBe(expected.enrollmentsByAdvisor[a.advisor]);
    expect(s.awards.enrollment).toBe(expected.awards.enrollment);
    expect(s.awards.enrollmentTied).toEqual(expected.awards.enrollmentTie.map((x) => x.advisor));
    expect(s.awards.enrollmentReachedOn).toBe(expected.awards.enrollmentTie[0]!.reachedOn);
    expect(s.awards.firstOrder).toBe(expected.awards.firstOrder);
    expect(s.awards.firstOrderDate).toBe(expected.awards.firstOrderContract.date);
  });
  it('lists the referral rewards due, the owner warnings and the talks', () => {
    expect(s.referralRewards.due.map((r) => ({ advisor: r.advisor, start: r.start, due: r.due, amount: r.amount }))).toEqual(
      expected.referralRewardsDue.map((r) => ({ advisor: r.advisor, start: r.start, due: r.due, amount: r.amount })),
    );
    expect(s.referralOwner.map((w) => w.advisor)).toEqual(expected.referralOwnerWarnings.map((w) => w.advisor));
    for (const a of s.advisors) expect(a.talks, a.advisor).toBe(expected.talks[a.advisor]);
    expect(s.advisors.find((a) => a.advisor === '赵强')!.talksStatus).toBe('missed');
  });
});

describe('director-summary on the demo (real binary)', () => {
  it('writes the workbook, prints JSON with the spec fields, and masks every phone', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'director-demo-')), '月度汇总.xlsx');
    const args = ['director-summary', '--data', DEMO, '--month', '2026-11', '--as-of', expected.teamBonus.asOf, '--out', out, '--no-image'];
    const r = runCli([...args, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({
      month: '2026-11',
      contracts: expected.contracts,
      salesAmount: expected.salesAmount,
      renewals: { counted: expected.renewals.counted, notCounted: expected.renewals.notCounted },
      teamBonus: { status: 'cancelled' },
      awards: { enrollment: expected.awards.enrollment, firstOrder: expected.awards.firstOrder },
      file: out,
    });
    expect(r.stdout).not.toMatch(/1\d{10}/);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['本月结论', '总览', '顾问', '周趋势', '图表', '续费', '续费明细', '续费跟进', '名单来源', '转介绍奖励', '说明']);
    const leaks: string[] = [];
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value;
          const text = v instanceof Date ? '' : typeof v === 'object' && v && 'richText' in v ? v.richText.map((x) => x.text).join('') : String(v ?? '');
          if (/1\d{10}/.test(text)) leaks.push(`${ws.name}!${cell.address}`);
        }),
      );
    }
    expect(leaks).toEqual([]);
    // The trend covers November's four weeks, the one reaching into December included.
    const weeks = new Set<string>();
    wb.getWorksheet('周趋势')!.eachRow((row, n) => n > 2 && weeks.add((row.getCell(1).value as Date).toISOString().slice(0, 10)));
    // Every sheet but About states its dates in its first three rows, both ends as ISO dates.
    for (const ws of wb.worksheets.filter((w) => w.name !== '说明')) {
      const top = [1, 2, 3].map((n) => ws.getRow(n).getCell(1).text).join(' ');
      expect(top, ws.name).toMatch(ws.name === '周趋势' ? /2026-11-04 – 2026-12-01/ : /2026-11-01 – 2026-11-30/);
    }
    expect([...weeks]).toEqual(['2026-11-04', '2026-11-11', '2026-11-18', '2026-11-25']);

    // Again without --force: refused before reading the sheets, exit 2, no stack trace.
    const again = runCli(args);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('--force');
    expect(hasStackTrace(again.stderr)).toBe(false);
  });
  it('prints a short terminal summary with the decision, its reason and the path', () => {
    const text = terminalSummary(s, 'reports/月度汇总_2026-11.xlsx');
    expect(text).toContain('团队奖金：取消');
    expect(text).toContain('王芳：2026-11-18 周有效呼出 149，未达 150');
    expect(text).toContain('招生人数奖：张伟；首单奖：李娜');
    expect(text.split('\n').at(-1)).toBe('已写入：reports/月度汇总_2026-11.xlsx');
  });
});
