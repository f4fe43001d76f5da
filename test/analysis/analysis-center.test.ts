/**
 * Issue 15 through the real binary: the seeded analysis center (scripts/make-analysis-center.mjs,
 * ten weeks) - a visits decline caused by one advisor's first invites, a sign-rate decline with
 * basics met, steady weeks that flag nothing, the renewal pipeline and the targets plan.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error - a plain .mjs script without types
import { generateAnalysisCenter } from '../../scripts/make-analysis-center.mjs';
import ExcelJS from 'exceljs';
import type { CheckReport, RuleResult } from '../../src/model/results.js';
import { runCli } from '../support/run-cli.js';

let dir = '';
const reports = new Map<string, CheckReport>();

/** check --json for the week starting `week`, as of its Sunday evening (visits final). */
function checkWeek(week: string, lang = 'zh'): CheckReport {
  const key = `${week}/${lang}`;
  const held = reports.get(key);
  if (held) return held;
  const sunday = new Date(Date.parse(`${week}T00:00:00Z`) + 4 * 86_400_000).toISOString().slice(0, 10);
  const run = runCli(['check', '--data', dir, '--week', week, '--as-of', `${sunday}T20:00`, '--json', '--lang', lang]);
  expect(run.stderr).toBe('');
  const report = JSON.parse(run.stdout) as CheckReport;
  reports.set(key, report);
  return report;
}

const one = (r: CheckReport, rule: string): RuleResult[] => r.results.filter((x) => x.rule === rule);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'clubcrm-analysis-'));
  generateAnalysisCenter(dir);
});

describe('declines traced to their cause', () => {
  it('finds the visits decline of week 9 and names 吴刚 with his first invites as the cause', () => {
    const r = checkWeek('2026-08-26');
    const [visits] = one(r, 'analysis.visits-decline');
    expect(visits).toMatchObject({ status: 'missed', severity: 'warning', advisor: null, actual: 13, target: 18, section: '1.1.2(1)' });
    expect(visits!.detail!.advisors).toEqual([{ advisor: '吴刚', metric: 'visits', previous: 6, current: 1, cause: 'first-invites' }]);
    expect(visits!.message).toContain('吴刚：一次邀约不足');
    // The sign rate fell 2.6 points only: not a decline.
    expect(one(r, 'analysis.sign-rate-decline')[0]).toMatchObject({ status: 'met', detail: { advisors: [] } });
  });

  it('finds the sign-rate decline of week 10 and names 郑丽, whose basics were met (a talk)', () => {
    const r = checkWeek('2026-09-02');
    const [sign] = one(r, 'analysis.sign-rate-decline');
    expect(sign).toMatchObject({ status: 'missed', actual: 0.25, target: 0.3077 });
    expect(sign!.detail!.advisors).toEqual([{ advisor: '郑丽', metric: 'signRate', previous: 0.3333, current: 0, cause: 'signing' }]);
    expect(sign!.message).toContain('§1.2.3');
    expect(one(r, 'analysis.visits-decline')[0]!.status).toBe('met');
  });

  it('flags nothing in the steady weeks of July and August', () => {
    for (const week of ['2026-07-29', '2026-08-05', '2026-08-12', '2026-08-19']) {
      const r = checkWeek(week);
      const analysis = r.results.filter((x) => x.rule.startsWith('analysis.'));
      expect(analysis.map((x) => [x.rule, x.status])).toEqual([
        ['analysis.sign-rate-decline', 'met'],
        ['analysis.visits-decline', 'met'],
      ]);
    }
  });

  it('says the cause in English too', () => {
    const [visits] = one(checkWeek('2026-08-26', 'en'), 'analysis.visits-decline');
    expect(visits!.message).toBe('Center visits 13, last week 18, 4-week average 18 (a marked fall). 吴刚: first invites short');
  });
});

describe('trend', () => {
  it('holds the last 8 weeks of the center and each advisor, null before an advisor was hired', () => {
    const { trend } = checkWeek('2026-09-02');
    expect(trend!.weeks).toEqual(['2026-07-15', '2026-07-22', '2026-07-29', '2026-08-05', '2026-08-12', '2026-08-19', '2026-08-26', '2026-09-02']);
    expect(trend!.center.visits).toEqual([18, 18, 18, 18, 18, 18, 13, 24]);
    expect(trend!.center.signRate.slice(-2)).toEqual([0.3077, 0.25]);
    expect(Object.keys(trend!.center)).toEqual(['effectiveCalls', 'firstInvites', 'secondInvites', 'visits', 'contracts', 'amount', 'signRate']);
    expect(trend!.advisors['孙悦']!.visits).toEqual([null, null, null, null, null, null, null, 6]);
    expect(trend!.advisors['吴刚']!.firstInvites[6]).toBe(6);
  });

  it('is null for the center in weeks the data does not hold', () => {
    const { trend } = checkWeek('2026-07-08');
    expect(trend!.center.visits).toEqual([null, null, null, null, null, null, 18, 18]);
    expect(trend!.center.amount.slice(0, 6)).toEqual([null, null, null, null, null, null]);
  });
});

describe('renewal pipeline', () => {
  it('lists a derived end missing from the plan and a written end in it, phones masked', () => {
    const r = checkWeek('2026-09-02');
    const mine = r.renewalPipeline!['周敏']!;
    const ending = mine.filter((e) => e.reason === 'ending');
    expect(ending).toEqual([
      { student: '老学员甲', phone: expect.stringMatching(/^139\*{4}\d{4}$/), end: '2026-09-07', endDerived: true, reason: 'ending', inPlan: false },
      { student: '老学员乙', phone: expect.stringMatching(/^139\*{4}\d{4}$/), end: '2026-10-15', endDerived: false, reason: 'ending', inPlan: true },
    ]);
    // About one month (28-41 days) into classes: the contracts of weeks 4 and 5, classes from
    // 2026-08-01 to 08-09; a year of 一年 ends the day before the start's anniversary.
    const first = mine.filter((e) => e.reason === 'first-month');
    expect(first.map((e) => e.end)).toEqual(['2027-07-31', '2027-08-01', '2027-08-07', '2027-08-08']);
    expect(first.every((e) => e.endDerived && !e.inPlan)).toBe(true);
    const [warning] = one(r, 'renewals.pipeline');
    expect(warning).toMatchObject({ advisor: '周敏', status: 'missed', actual: 1, target: 2 });
    expect(warning!.message).toContain('老学员甲（2026-09-07 到期）');
    expect(warning!.message).not.toContain('老学员乙');
    expect(JSON.stringify(r)).not.toMatch(/139\d{8}/);
  });
});

describe('in a workspace, through the content cache', () => {
  it('keeps the derived contract ends when the sheets come from the cache', () => {
    const ws = join(dir, 'ws');
    mkdirSync(ws, { recursive: true });
    writeFileSync(join(ws, 'clubcrm.config.json'), JSON.stringify({ center: '分析中心' }));
    // A minute apart: the check report is not reused, the sheets are (same as-of date).
    const runs = ['19:00', '19:01'].map((time) => {
      const run = runCli(['check', '--dir', ws, '--data', dir, '--week', '2026-09-02', '--as-of', `2026-09-06T${time}`, '--json']);
      return JSON.parse(run.stdout) as CheckReport;
    });
    expect(existsSync(join(ws, '.clubcrm', 'cache'))).toBe(true);
    expect(runs[1]!.renewalPipeline).toEqual(runs[0]!.renewalPipeline);
    expect(runs[1]!.renewalPipeline!['周敏']![0]).toMatchObject({ student: '老学员甲', end: '2026-09-07', endDerived: true });
  });
});

describe('targets turned into weekly work', () => {
  it('works back with own rates, the manual rates for a new advisor, and nothing for a target met', () => {
    const plan = checkWeek('2026-09-02').targetPlan!;
    expect(plan['周敏']).toEqual({
      month: '2026-09',
      target: { contracts: 8, amount: 80000 },
      done: { contracts: 2, amount: 19600 },
      // 6.16 contracts left (the amount at ¥9,800 a contract) over 3 weeks, at 1/3 sign rate ...
      perWeek: { contracts: 3, visits: 7, invites: 21, effectiveCalls: 164 },
      weeksLeft: 3,
      rates: { signRate: 0.3333, visitRate: 0.3038, inviteRate: 0.1242, source: 'own' },
    });
    expect(plan['孙悦']!.rates).toEqual({ signRate: 0.3, visitRate: 0.2632, inviteRate: 0.1267, source: 'manual' });
    expect(plan['孙悦']!.perWeek).toEqual({ contracts: 2, visits: 5, invites: 17, effectiveCalls: 134 });
    expect(plan['吴刚']).toMatchObject({ done: { contracts: 2, amount: 19600 }, perWeek: { contracts: 0, visits: 0, invites: 0, effectiveCalls: 0 } });
    expect(plan['郑丽']).toBeUndefined();
  });
});

describe('check on the terminal and the weekly report', () => {
  it('prints one target line per advisor under the table (--all; by default its title and where to look)', () => {
    const brief = runCli(['check', '--data', dir, '--week', '2026-09-02', '--as-of', '2026-09-06T20:00']);
    expect(brief.stdout).toContain('目标分解（2026-09，剩余 3 周）：各顾问的数字加 --all 查看');
    const run = runCli(['check', '--data', dir, '--week', '2026-09-02', '--as-of', '2026-09-06T20:00', '--all']);
    expect(run.stdout).toContain('目标分解（2026-09，剩余 3 周）每周需要：');
    expect(run.stdout).toContain('  周敏：签约 3、到访 7、邀约 21、有效呼出 164（已完成 2/8 单，¥19,600/¥80,000；本人比率）');
    expect(run.stdout).toContain('  孙悦：签约 2、到访 5、邀约 17、有效呼出 134（已完成 2/6 单，¥19,600/¥58,800；手册比率）');
    expect(run.stdout).toContain('  吴刚：本月目标已达成（2/2 单，¥19,600/¥19,600）');
  });

  it('writes the 趋势, 续费跟进 and 目标分解 sheets with real numbers and masked phones', async () => {
    const out = join(dir, 'out', 'weekly.xlsx');
    const run = runCli(['weekly-report', '--data', dir, '--week', '2026-09-02', '--as-of', '2026-09-06T20:00', '--out', out]);
    expect(run.status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const trend = wb.getWorksheet('趋势')!;
    expect(trend.getRow(1).values).toEqual([undefined, '指标', '顾问', '2026-07-15', '2026-07-22', '2026-07-29', '2026-08-05', '2026-08-12', '2026-08-19', '2026-08-26', '2026-09-02']);
    const visits = trend.getRows(2, trend.rowCount - 1)!.find((r) => r.getCell(1).value === '到访' && r.getCell(2).value === '全中心')!;
    expect(visits.getCell(9).value).toBe(13);
    expect(visits.getCell(10).value).toBe(24);
    const newcomer = trend.getRows(2, trend.rowCount - 1)!.find((r) => r.getCell(1).value === '签约率' && r.getCell(2).value === '孙悦')!;
    expect(newcomer.getCell(3).value).toBeNull();
    expect(newcomer.getCell(10).value).toBe(0.3333);
    expect(newcomer.getCell(10).numFmt).toBe('0.0%');
    const renewals = wb.getWorksheet('续费跟进')!;
    const jia = renewals.getRows(2, renewals.rowCount - 1)!.find((r) => r.getCell(2).value === '老学员甲')!;
    expect(jia.getCell(3).value).toMatch(/^139\*{4}\d{4}$/);
    expect(jia.getCell(4).value).toEqual(new Date('2026-09-07T00:00:00Z'));
    expect([jia.getCell(5).value, jia.getCell(6).value, jia.getCell(7).value]).toEqual(['按课程推算', '即将到期', '否']);
    const targets = wb.getWorksheet('目标分解')!;
    const zhou = targets.getRows(2, targets.rowCount - 1)!.find((r) => r.getCell(1).value === '周敏')!;
    expect([8, 9, 10, 11].map((c) => zhou.getCell(c).value)).toEqual([3, 7, 21, 164]);
    expect(zhou.getCell(4).value).toBe(80000);
  });
});
