import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClubError } from '../../../src/errors.js';
import { buildWeeklyModel } from '../../../src/reports/weekly/model.js';
import { writeWeeklyWorkbook } from '../../../src/reports/weekly/workbook.js';
import { STATUS_COLORS } from '../../../src/workbook/workbook-style.js';
import { weeklyOutputPath } from '../../../src/commands/weekly-report.js';
import { readFile } from '../../../src/dataset/read-file.js';
import type { Lang } from '../../../src/config/types.js';
import { buildWeeklyWorkbook } from '../../../src/reports/weekly/workbook.js';
import { emptyRecords } from '../../../src/dataset/types.js';
import { checkReport, config, dataset, FRIDAY, HOSTILE_NAME, PLUS_NAME, SUNDAY, WEEK } from '../../support/weekly-fixture.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'weekly-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function written(final: boolean, lang: Lang = 'zh', name = `${final ? 'sun' : 'fri'}-${lang}.xlsx`) {
  const report = checkReport(final);
  const model = buildWeeklyModel({ report, dataset: dataset(), config: config(), week: WEEK, asOf: final ? SUNDAY : FRIDAY });
  const path = join(dir, name);
  await writeWeeklyWorkbook(model, { config: config(), files: dataset().files, version: '9.9.9', lang }, path, true);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return { wb, report, model, path };
}

/** Column index of a sub-header under a group header of the summary (rows 2-3). */
function summaryCol(ws: ExcelJS.Worksheet, group: string, sub: string): number {
  let groupStart = 0;
  for (let c = 1; c <= ws.columnCount; c++) {
    const g = ws.getCell(2, c);
    if (g.value === group && (!g.isMerged || g.master === g)) groupStart = c;
    if (groupStart && c >= groupStart && ws.getCell(3, c).value === sub) return c;
  }
  throw new Error(`no column ${group}/${sub}`);
}

const fillOf = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

describe('weekly report workbook', () => {
  it('has the sheets in order, About last', async () => {
    const { wb } = await written(false);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '周报汇总',
      '图表',
      '每日呼出',
      '邀约与到访',
      '问题与处理',
      '续费跟进',
      '目标分解',
      '数据问题',
      '周末场次安排',
      '回访抽查',
      '说明',
    ]);
    const en = await written(false, 'en');
    expect(en.wb.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Charts',
      'Daily calls',
      'Invites and visits',
      'Findings and actions',
      'Renewal follow-up',
      'Targets as weekly work',
      'Data issues',
      'Weekend sessions',
      'Callback checks',
      'About',
    ]);
    for (const ws of en.wb.worksheets) expect(ws.name).toMatch(/^[^\\/?*[\]:]{1,31}$/);
  });

  it('summary: a row per advisor, names alone, figures as numbers, statuses coloured and worded', async () => {
    const { wb, report } = await written(false);
    const ws = wb.getWorksheet('周报汇总')!;
    expect([4, 5, 6].map((r) => ws.getCell(r, 1).value)).toEqual(['张伟', '李娜', '王芳']);
    expect(ws.getCell(7, 1).value).toBe('中心合计');
    const actual = summaryCol(ws, '有效呼出', '实际');
    expect(ws.getCell(4, actual).value).toBe(152);
    expect(ws.getCell(4, actual).type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getCell(4, actual).numFmt).toBe('#,##0');
    expect(ws.getCell(4, actual + 1).value).toBe(150);
    const status = ws.getCell(4, actual + 2);
    expect(status.value).toBe('✔ 达标');
    expect(fillOf(status)).toBe(STATUS_COLORS.met.fill);
    expect(ws.getCell(5, actual + 2).value).toBe('✘ 未达标');
    expect(fillOf(ws.getCell(5, actual + 2))).toBe(STATUS_COLORS.missed.fill);
    expect(ws.getCell(6, actual + 2).value).toBe('– 免除');
    expect(fillOf(ws.getCell(6, actual + 2))).toBe(STATUS_COLORS.excused.fill);
    // Center total: sum of the advisors' figures and targets.
    expect(ws.getCell(7, actual).value).toBe(292);
    expect(ws.getCell(7, actual + 1).value).toBe(300);
    const amount = summaryCol(ws, '签约', '金额');
    expect(ws.getCell(4, amount).value).toBe(25600);
    expect(ws.getCell(4, amount).numFmt).toBe('"¥"#,##0');
    const rate = summaryCol(ws, '签约率', '实际');
    expect(ws.getCell(4, rate).value).toBe(report.advisors[0]!.metrics.signRate);
    expect(ws.getCell(4, rate).numFmt).toBe('0%');
    // Look: frozen header and name column, filter on the sub-header row, A4 landscape fit to width.
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 3 });
    expect(ws.autoFilter).toBeTruthy();
    expect(String(ws.autoFilter)).toMatch(/^A3:[A-Z]+6$/);
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, paperSize: 9 });
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(6);
  });

  it('Friday evening: make-ups owed with their Sunday due time and visits pending; consequences worded', async () => {
    const { wb } = await written(false);
    const ws = wb.getWorksheet('周报汇总')!;
    const owed = summaryCol(ws, '周末补打', '应补');
    expect(ws.getCell(4, owed).value).toBe(20);
    const due = ws.getCell(4, owed + 2);
    expect(due.value).toEqual(new Date('2026-11-22T18:00:00Z'));
    expect(due.numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(ws.getCell(4, owed + 3).value).toBe('… 待定');
    expect(fillOf(ws.getCell(4, owed + 3))).toBe(STATUS_COLORS.pending.fill);
    const visits = summaryCol(ws, '到访合计', '状态');
    expect(ws.getCell(4, visits).value).toBe('… 待定');
    const cards = summaryCol(ws, '后果', '名单卡调出');
    expect(ws.getCell(5, cards).value).toBe('✘ 调出 1/5 名单卡');
    expect(fillOf(ws.getCell(5, cards))).toBe(STATUS_COLORS.missed.fill);
    expect(ws.getCell(5, cards + 1).value).toBe('… 未达标则新名单减 1/5');
    expect(fillOf(ws.getCell(5, cards + 1))).toBe(STATUS_COLORS.pending.fill);
    expect(ws.getCell(5, cards + 2).value).toBe('✘ 全队本月奖金取消');
    expect(ws.getCell(4, cards + 2).value).toBe('… 团队奖金有风险');
    expect(ws.getCell(7, cards + 2).value).toBe('✘ 2026-11 团队奖金取消');
    // The targets block below the table.
    const targetsTitle = ws.getCell(9, 1);
    expect(targetsTitle.value).toBe('本周销售目标（销售目标表）');
    expect(ws.getCell(11, 1).value).toBe('中心');
    expect(ws.getCell(11, 2).value).toBe(5);
    expect(ws.getCell(11, 5).value).toBe(50000);
    expect(ws.getCell(11, 6).value).toBe(25600);
  });

  it('Sunday evening: make-ups and visits are final', async () => {
    const { wb } = await written(true);
    const ws = wb.getWorksheet('周报汇总')!;
    const owed = summaryCol(ws, '周末补打', '应补');
    expect([ws.getCell(4, owed + 1).value, ws.getCell(4, owed + 3).value]).toEqual([22, '✔ 达标']);
    expect(ws.getCell(5, owed + 3).value).toBe('✘ 未达标');
    const visits = summaryCol(ws, '到访合计', '状态');
    expect([ws.getCell(4, visits).value, ws.getCell(5, visits).value]).toEqual(['✔ 达标', '✘ 未达标']);
    const cut = summaryCol(ws, '后果', '新名单削减');
    expect(ws.getCell(5, cut).value).toBe('✘ 下周新名单减 1/5');
  });

  it('findings equal the CheckReport cell by cell', async () => {
    const { wb, model } = await written(false);
    const ws = wb.getWorksheet('问题与处理')!;
    expect(ws.getRow(1).values).toEqual([
      undefined, '顾问', '规则', '手册章节', '考核期', '实际', '目标', '状态', '级别', '处理', '截止时间', '说明', '文件', '工作表', '行', '更多出处', '规则编号',
    ]);
    expect(ws.rowCount).toBe(model.report.results.length + 1);
    model.findings.forEach((r, i) => {
      const row = ws.getRow(i + 2);
      expect(row.getCell(1).value).toBe(r.advisor ?? '中心');
      expect(row.getCell(16).value).toBe(r.rule);
      expect(row.getCell(2).value).not.toBe(r.rule);
      expect(row.getCell(3).value).toBe(`§${r.section}`);
      expect(row.getCell(5).value ?? null).toBe(r.actual);
      expect(row.getCell(6).value ?? null).toBe(r.target);
      expect(String(row.getCell(7).value)).toContain({ met: '达标', missed: '未达标', pending: '待定', excused: '免除' }[r.status]);
      expect(fillOf(row.getCell(7))).toBe(STATUS_COLORS[r.status].fill);
      expect(row.getCell(10).value).toEqual(r.deadline ? new Date(`${r.deadline}Z`) : null);
      expect(row.getCell(12).value ?? null).toBe(r.evidence[0]?.file ?? null);
      expect(row.getCell(14).value ?? null).toBe(r.evidence[0]?.row ?? null);
    });
    // Missed first; the action in words with its due time; evidence file/sheet/row.
    const second = model.findings.findIndex((r) => r.rule === 'invites.second' && r.advisor === '张伟') + 2;
    expect(ws.getCell(second, 9).value).toBe('周末补打 20 个有效电话，截止 2026-11-22 18:00');
    expect([ws.getCell(second, 12).value, ws.getCell(second, 13).value, ws.getCell(second, 14).value]).toEqual([
      'sheets/2026-11-18/张伟.xlsx', '顾问邀约统计表', 7,
    ]);
    expect(ws.getCell(2, 7).value).toBe('✘ 未达标');
    const weekly = model.findings.findIndex((r) => r.rule === 'calls.weekly' && r.advisor === '张伟') + 2;
    expect(ws.getCell(weekly, 15).value).toBe('sheets/2026-11-18/张伟.xlsx / 顾问每日工作日程表 / 3');
  });

  it('summary and daily figures equal the CheckReport cell by cell', async () => {
    const { wb, report } = await written(false);
    const ws = wb.getWorksheet('周报汇总')!;
    const cols: [string, string, keyof (typeof report.advisors)[0]['metrics']][] = [
      ['有效呼出', '实际', 'effectiveCalls'],
      ['呼出明细', '新单', 'newCalls'],
      ['呼出明细', '老单', 'oldCalls'],
      ['呼出明细', '无效', 'invalidCalls'],
      ['一次邀约', '实际', 'firstInvites'],
      ['二次邀约', '实际', 'secondInvites'],
      ['一次到访', '实际', 'firstVisits'],
      ['二次到访', '实际', 'secondVisits'],
      ['签约', '签约数', 'contracts'],
      ['签约', '金额', 'amount'],
      ['签约率', '实际', 'signRate'],
      ['周末补打', '已补', 'makeupCalls'],
    ];
    report.advisors.forEach((a, i) => {
      for (const [g, s, key] of cols) expect(ws.getCell(4 + i, summaryCol(ws, g, s)).value).toBe(a.metrics[key]);
    });
    const daily = wb.getWorksheet('每日呼出')!;
    expect(daily.getCell(1, 8).value).toBe('一次邀约（36）');
    const days = report.advisors.flatMap((a) => a.daily.map((d) => ({ advisor: a.advisor, d })));
    expect(daily.rowCount).toBe(days.length + 1);
    days.forEach(({ advisor, d }, i) => {
      const row = daily.getRow(i + 2);
      expect(row.getCell(1).value).toBe(advisor);
      expect(row.getCell(2).value).toEqual(new Date(`${d.date}T00:00:00Z`));
      expect(row.getCell(2).numFmt).toBe('yyyy-mm-dd');
      expect([5, 6, 8, 9, 10, 11].map((c) => row.getCell(c).value)).toEqual([
        d.effectiveCalls, d.target, d.firstInviteCalls, d.secondInviteCalls, d.memberCareCalls, d.invalidCalls,
      ]);
    });
    expect(daily.getCell(2, 7).value).toBe('✔ 达标');
    expect(daily.getCell(6, 7).value).toBe('✘ 未达标'); // 李娜, Thursday: 45 of 50
    expect(daily.getCell(8, 4).value).toBe('病假');
    expect(daily.getCell(8, 7).value).toBe('– 免除');
  });

  it('writes user text as text, never as a formula', async () => {
    const { wb } = await written(false);
    const ws = wb.getWorksheet('周末场次安排')!;
    const cell = ws.getCell(2, 7);
    expect(cell.value).toBe(`${HOSTILE_NAME}、${PLUS_NAME}`);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
    wb.eachSheet((sheet) =>
      sheet.eachRow((row) => row.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula))),
    );
  });

  it('session plan: helper needed and observers with their rules', async () => {
    const { wb } = await written(false);
    const ws = wb.getWorksheet('周末场次安排')!;
    const rows = [2, 3, 4, 5].map((r) => [4, 5, 6, 8, 10, 12].map((c) => ws.getCell(r, c).value ?? null));
    expect(rows).toEqual([
      ['张伟', '带客', 2, '是：请安排助手', '场次需要助手', 'sessions.helper-needed'],
      ['李娜', '带客', 1, null, null, null],
      ['王芳', '观察员', 0, null, '旁听顾问', 'sessions.observer'],
      ['李娜', '带客', 1, null, null, null],
    ]);
    expect(ws.getCell(2, 1).value).toEqual(new Date('2026-11-21T10:00:00Z'));
    expect(ws.getCell(2, 9).value).toBe('… 待定');
  });

  it('callback sample: laid out as the callbacks form, result blank, phones in full', async () => {
    const { wb, model } = await written(false);
    const ws = wb.getWorksheet('回访抽查')!;
    // The form's columns, then (issue 12 item 9) whom to ask for and what the advisor recorded, to compare.
    expect(ws.getRow(1).values).toEqual([undefined, '回访日期', '顾问', '联系电话', '回访结果', '客户姓名（参考）', '通话日期（参考）', '顾问记录的通话结果（参考）']);
    expect(ws.rowCount).toBe(model.callbacks.items.length + 1);
    expect(model.callbacks.items).toHaveLength(10);
    model.callbacks.items.forEach((item, i) => {
      const row = ws.getRow(i + 2);
      expect(row.getCell(1).value).toEqual(new Date('2026-11-20T00:00:00Z'));
      expect(row.getCell(2).value).toBe(item.advisor);
      expect(row.getCell(3).value).toBe(item.phone);
      expect(row.getCell(3).value).toMatch(/^1\d{10}$/);
      expect(row.getCell(4).value).toBeNull();
      expect(row.getCell(4).dataValidation).toMatchObject({ type: 'list', formulae: ['"属实,造假,未接通"'] });
      expect(row.getCell(5).value ?? null).toBe(item.customer);
      expect(row.getCell(6).value).toEqual(new Date(`${item.callDate}T00:00:00Z`));
      expect(['有意向', '已邀约', '无意向']).toContain(row.getCell(7).value);
    });
    const en = await written(false, 'en');
    expect(en.wb.getWorksheet('Callback checks')!.getRow(1).values).toEqual([
      undefined, 'Checked on', 'Advisor', 'Phone', 'Result', 'Customer (for reference)', 'Call date (for reference)', 'Outcome the advisor recorded (for reference)',
    ]);
  });

  it('callback sample re-reads as the callbacks form, and no other report sheet passes for a form', async () => {
    const { path, model } = await written(false);
    const { sheets } = await readFile(path, 'weekly.xlsx', { asOf: '2026-11-23T12:00:00', config: config() });
    const callbacks = sheets.find((s) => s.name === '回访抽查')!;
    expect(callbacks.form).toBe('callbacks');
    expect(callbacks.records.map((r) => [r.advisor, (r as { phone: string }).phone, (r as { result: unknown }).result])).toEqual(
      model.callbacks.items.map((i) => [i.advisor, i.phone, null]),
    );
    // Blank results are what customer service still has to fill in.
    expect(callbacks.issues.every((i) => i.code === 'missing-required' && i.field === 'result')).toBe(true);
    // (The shared About sheet is left out here: its 周期 label reads as a targets header.)
    const others = sheets.filter((s) => s.name !== '回访抽查' && s.name !== '说明');
    expect(others.map((s) => [s.name, s.form])).toEqual(others.map((s) => [s.name, null]));
  });

  it('About: center, period, as-of, version, seed, config, input files', async () => {
    const { wb, model } = await written(false);
    const ws = wb.getWorksheet('说明')!;
    const pairs = new Map<string, unknown>();
    ws.eachRow((row) => pairs.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(pairs.get('中心')).toBe('测试中心');
    expect(String(pairs.get('周期'))).toContain('2026-11-18 至 2026-11-24');
    expect(pairs.get('截至时间')).toBe('2026-11-20T19:00:00+08:00');
    expect(pairs.get('工具版本')).toBe('clubcrm 9.9.9');
    expect(pairs.get('随机种子')).toBe(model.callbacks.seed);
    expect(pairs.get('回访抽查')).toBe('5');
    expect(pairs.get('每周有效呼出')).toContain('"perCallDay":50');
    expect(pairs.get('sheets/2026-11-18/张伟.xlsx')).toBe(12345);
  });

  it('data issues: code, severity, file, sheet, row, column, message', async () => {
    const { wb } = await written(false);
    const ws = wb.getWorksheet('数据问题')!;
    expect([1, 2, 3, 4, 5, 6, 8].map((c) => ws.getCell(2, c).value ?? null)).toEqual([
      '错误', 'missing-required', 'sheets/2026-11-18/李娜.csv', null, 12, '联系电话', '第 12 行缺少“联系电话”。',
    ]);
    expect(fillOf(ws.getCell(2, 1))).toBe(STATUS_COLORS.missed.fill);
  });

  it('a week without data still gives a complete workbook that says so', async () => {
    const report = { ...checkReport(false), advisors: [], results: [], dataIssues: [] };
    const empty = { files: [], records: emptyRecords(), issues: [], advisors: [] };
    const model = buildWeeklyModel({ report, dataset: empty, config: config(), week: WEEK, asOf: FRIDAY });
    const wb = await buildWeeklyWorkbook(model, { config: config(), files: [], version: '9.9.9', lang: 'zh' });
    // The fixture's report has no trend (a report made before issue 15): no 趋势 sheet; the
    // renewal follow-up and the targets say they are empty.
    expect(wb.worksheets).toHaveLength(11);
    expect(wb.getWorksheet('周报汇总')!.getCell(4, 1).value).toBe('中心合计');
    expect(wb.getWorksheet('目标分解')!.getCell(2, 1).value).toBe('本月没有销售目标（销售目标表）。');
    expect(wb.getWorksheet('数据问题')!.getCell(2, 1).value).toBe('没有数据问题。');
    expect(wb.getWorksheet('周末场次安排')!.getCell(2, 1).value).toBe('本周末（2026-11-21、2026-11-22）没有预约场次。');
  });

  it('never replaces an existing file without --force, and leaves no temp file', async () => {
    const { path } = await written(false, 'zh', 'exists.xlsx');
    const model = buildWeeklyModel({ report: checkReport(false), dataset: dataset(), config: config(), week: WEEK, asOf: FRIDAY });
    const info = { config: config(), files: [], version: '9.9.9', lang: 'zh' as const };
    const err = await writeWeeklyWorkbook(model, info, path, false).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ClubError);
    expect((err as ClubError).exitCode).toBe(2);
    await writeWeeklyWorkbook(model, info, path, true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('default output: reports/周报_<week start>_初版.xlsx (终版 once every close passed) in the workspace, else under the cwd; --out file or folder', () => {
    expect(weeklyOutputPath('2026-11-18', undefined, '/ws', '/cwd')).toBe(join('/ws', 'reports', '周报_2026-11-18_初版.xlsx'));
    expect(weeklyOutputPath('2026-11-18', undefined, '/ws', '/cwd', true)).toBe(join('/ws', 'reports', '周报_2026-11-18_终版.xlsx'));
    expect(weeklyOutputPath('2026-11-18', undefined, null, '/cwd')).toBe(join('/cwd', 'reports', '周报_2026-11-18_初版.xlsx'));
    expect(weeklyOutputPath('2026-11-18', 'out/x.xlsx', null, '/cwd', true)).toBe(join('/cwd', 'out', 'x.xlsx'));
    expect(weeklyOutputPath('2026-11-18', dir, null, '/cwd')).toBe(join(dir, '周报_2026-11-18_初版.xlsx'));
    expect(weeklyOutputPath('2026-11-18', 'new/', null, '/cwd', true)).toBe(join('/cwd', 'new', '周报_2026-11-18_终版.xlsx'));
    expect(existsSync(join(dir, '周报_2026-11-18.xlsx'))).toBe(false);
  });
});
