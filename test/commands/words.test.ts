/**
 * Issue 12 item 9 (and the session plan of item 8) through the real binary: the words follow
 * the state - a done make-up is not asked again, a pending bonus names the weeks it waits for,
 * the callback sample carries the customer and the recorded result, clubcrm's own reallocation
 * workbook never adds its roster a second time, and observers are never taken from a session
 * they host at the same time.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { checkJson, resultOf, Sheets } from '../support/staff-workspace.js';

const FULL_WEEK = ['2026-11-18', '2026-11-19', '2026-11-20'];

describe('a short invite week whose make-up is done', () => {
  const s = new Sheets();
  for (const d of FULL_WEEK) s.call('张伟', d, 50);
  s.invite('张伟', '2026-11-18', 12, '一次邀约', '2026-11-21 10:00', '是');
  s.invite('张伟', '2026-11-18', 4, '二次邀约', '2026-11-21 10:00', '是');
  s.call('张伟', '2026-11-21', 20);
  const dir = s.write({ advisors: ['张伟'] });

  it('on Friday asks for the make-up; on Sunday says it is done and asks nothing', () => {
    const friday = resultOf(checkJson(dir, '2026-11-18', '2026-11-20T19:00').json, 'invites.first', '张伟')!;
    expect(friday).toMatchObject({ status: 'missed', action: { type: 'weekend-makeup' } });
    expect(friday.message).toContain('20 extra effective calls');
    const sunday = checkJson(dir, '2026-11-18', '2026-11-22T20:00').json;
    const first = resultOf(sunday, 'invites.first', '张伟')!;
    expect(first.status).toBe('missed');
    expect(first.action).toBeUndefined();
    expect(first.message).toContain('make-up is done (20/20');
    expect(resultOf(sunday, 'invites.makeup', '张伟')!.status).toBe('met');
    const table = runCli(['check', '--dir', dir, '--week', '2026-11-18', '--as-of', '2026-11-22T20:00', '--lang', 'en']).stdout;
    expect(table).not.toContain('extra effective calls over the weekend');
  });

  it('a pending team bonus names the weeks still open', () => {
    const bonus = resultOf(checkJson(dir, '2026-11-18', '2026-11-22T20:00').json, 'team.bonus', null)!;
    expect(bonus.status).toBe('pending');
    expect(bonus.message).toContain('waits for these weeks to close: 2026-11-25 ~ 2026-11-29');
    expect(bonus.message).not.toContain('2026-11-18 ~');
  });
});

describe('the weekly report and the reallocation workbook read back', () => {
  const s = new Sheets();
  for (const d of FULL_WEEK) s.call('张伟', d, 50).call('李娜', d, 50);
  s.invite('张伟', '2026-11-18', 15, '一次邀约', '2026-11-21 10:00', '是');
  s.invite('张伟', '2026-11-18', 4, '二次邀约', '2026-11-21 10:00', '是');
  // 李娜 brings two families to a Thursday-evening session, and one to the Saturday 10:00 demo
  // that runs at the same time as 张伟's: she is no observer of his.
  s.invite('李娜', '2026-11-18', 2, '一次邀约', '2026-11-19 18:30', '是');
  s.invite('李娜', '2026-11-18', 1, '一次邀约', '2026-11-21 10:00', '是', '外教沙龙');
  s.extra['roster.csv'] = [['客户编号', '顾问', '客户姓名', '联系电话'], ...Array.from({ length: 10 }, (_, i) => [`C${i}`, i < 5 ? '张伟' : '李娜', `卡${i}`, s.phone()])];
  const dir = s.write({ advisors: ['张伟', '李娜', '王芳'] });

  it('callback sample: the customer\'s name and the result the advisor recorded beside the form', async () => {
    const run = runCli(['weekly-report', '--dir', dir, '--week', '2026-11-18', '--as-of', '2026-11-20T19:00']);
    expect(run.status).toBe(0);
    const file = join(dir, 'reports', readdirSync(join(dir, 'reports')).find((n) => n.startsWith('周报') && n.endsWith('.xlsx'))!);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('回访抽查')!;
    expect(ws.getRow(1).values).toEqual([undefined, '回访日期', '顾问', '联系电话', '回访结果', '客户姓名（参考）', '通话日期（参考）', '顾问记录的通话结果（参考）']);
    expect(String(ws.getCell(2, 5).value)).toMatch(/^客户\d+$/);
    expect(ws.getCell(2, 7).value).toBe('有意向');
    // Sessions: the weekday session with two families of one advisor is planned for its helper;
    // 王芳 observes the Saturday demo, 李娜 (hosting the salon at 10:00) does not.
    const plan = wb.getWorksheet('周末场次安排')!;
    const rows: string[][] = [];
    plan.eachRow((row, n) => {
      if (n > 1) rows.push([String(row.getCell(1).value instanceof Date ? (row.getCell(1).value as Date).toISOString().slice(0, 16) : ''), String(row.getCell(4).value), String(row.getCell(5).value)]);
    });
    expect(rows).toContainEqual(['2026-11-19T18:30', '李娜', '带客']);
    const demoAt10 = rows.filter((r) => r[0] === '2026-11-21T10:00');
    expect(demoAt10.filter((r) => r[2] === '观察员').map((r) => r[1])).toEqual(['王芳']);
  });

  it('a folder holding clubcrm\'s own reallocation workbook counts each card once', () => {
    const first = runCli(['reallocate', '--dir', dir, '--week', '2026-11-18', '--as-of', '2026-11-22T20:00', '--json']);
    expect(first.status).toBe(0);
    const written = JSON.parse(first.stdout) as { file: string };
    const workbook = join(dir, 'reports', readdirSync(join(dir, 'reports')).find((n) => n.startsWith('名单重新分配'))!);
    expect(existsSync(workbook)).toBe(true);
    expect(written.file).toContain('名单重新分配');
    // Read the sheets and the workbook together: 10 cards, not 20.
    const again = runCli(['reallocate', '--dir', dir, '--data', join(dir, 'sheets'), workbook, '--week', '2026-11-18', '--as-of', '2026-11-22T20:00', '--json', '--out', join(dir, 'again.xlsx')]);
    expect(again.status).toBe(0);
    const summary = JSON.parse(again.stdout) as { advisors: { advisor: string; cardsHeld: number }[] };
    expect(summary.advisors.reduce((n, a) => n + a.cardsHeld, 0)).toBe(10);
  });
});
