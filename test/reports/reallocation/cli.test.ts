/**
 * `clubcrm reallocate` through the real binary on small CSV sheets: --json shape, the seed,
 * --hold, the same seed giving the same workbook, a different seed a different draw, and no
 * phone in full on stderr.
 */
import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedFromText } from '../../../src/random/seeded.js';
import { hasStackTrace, runCli } from '../../support/run-cli.js';

const ADVISORS = ['张伟', '李娜', '王芳', '刘洋'];
const dir = mkdtempSync(join(tmpdir(), 'clubcrm-realloc-'));
const data = join(dir, 'sheets');
const AS_OF = ['--as-of', '2026-11-24T19:00'];

beforeAll(() => {
  mkdirSync(data, { recursive: true });
  const roster = ['客户编号,顾问,客户姓名,联系电话,名单来源,意向等级,客户状态,建卡日期,最近跟进'];
  for (let i = 0; i < 60; i++) {
    const status = i % 10 === 0 ? '会员' : i % 10 === 1 ? '流失' : '潜在';
    roster.push(`K${i},${ADVISORS[i % 4]},客户${i},1390000${String(i).padStart(4, '0')},地推,B,${status},2026-09-01,2026-11-0${(i % 9) + 1}`);
  }
  writeFileSync(join(data, '客户管理表.csv'), `${roster.join('\r\n')}\r\n`);
  const leads = ['分配日期,名单来源,客户姓名,联系电话,分配顾问,反馈'];
  for (let i = 0; i < 23; i++) leads.push(`2026-11-17,大众点评,新客${i},1370000${String(i).padStart(4, '0')},,`);
  writeFileSync(join(data, '市场名单分配及反馈对接表.csv'), `${leads.join('\r\n')}\r\n`);
  // 张伟 books no second invite; 王芳's families do not come (visits.total missed).
  const invites = ['邀约日期,顾问,客户姓名,联系电话,邀约类型,活动形式,预约场次,是否到访'];
  for (const a of ADVISORS) {
    for (let k = 0; k < 6; k++) {
      const kind = a !== '张伟' && k < 2 ? '二次邀约' : '一次邀约';
      const visited = a === '王芳' ? '否' : '是';
      invites.push(`2026-11-19,${a},客${k},1380000${String(k).padStart(4, '0')},${kind},DEM体验课,2026-11-21 10:00,${visited}`);
    }
  }
  writeFileSync(join(data, '顾问邀约统计表.csv'), `${invites.join('\r\n')}\r\n`);
  writeFileSync(join(data, '客户投诉.csv'), '投诉日期,顾问,客户姓名,是否属实,备注\r\n2026-11-19,刘洋,某家长,是,态度\r\n');
});

function reallocate(extra: string[], out: string) {
  const r = runCli(['reallocate', '--data', data, '--week', '2026-11-18', ...AS_OF, '--out', join(dir, out), '--json', ...extra]);
  expect(hasStackTrace(r.stderr)).toBe(false);
  expect(r.stderr).not.toMatch(/1[3-9]\d{9}/);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

async function sheetValues(path: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((ws) => ws.getSheetValues());
}

describe('clubcrm reallocate', () => {
  it('prints the plan as JSON: the penalty, the cut, the hold, the rotation, phones in full', () => {
    const json = reallocate(['--hold', '李娜'], 'a.xlsx');
    expect(json.seed).toBe(seedFromText('reallocate:2026-11-18'));
    expect(Object.keys(json).sort()).toEqual(['advisors', 'file', 'month', 'newLeads', 'rotation', 'seed', 'transfers', 'week']);
    // 张伟 holds 15 cards, 3 of them member or lost: round(12/5) = 2 move.
    expect(json.transfers).toHaveLength(2);
    expect(json.transfers.every((t: { from: string; rule: string; phone: string }) => t.from === '张伟' && t.rule === 'invites.second-zero' && /^1390000\d{4}$/.test(t.phone))).toBe(true);
    const leads = Object.fromEntries(json.advisors.map((a: { advisor: string; newLeads: number }) => [a.advisor, a.newLeads]));
    // 23 leads / 4 = 5.75: 王芳 cut to floor(4.6) = 4, 李娜 held, 19 over 张伟 and 刘洋.
    expect(leads['王芳']).toBe(4);
    expect(leads['李娜']).toBe(0);
    expect(leads['张伟'] + leads['刘洋']).toBe(19);
    expect(json.newLeads).toHaveLength(23);
    expect(json.rotation.at(-1)).toBe('刘洋');
    expect(json.file).toBe(join(dir, 'a.xlsx'));
  });

  it('gives the same workbook for the same seed, and another draw for another seed', async () => {
    const a = reallocate(['--seed', '7'], 'b.xlsx');
    const b = reallocate(['--seed', '7'], 'c.xlsx');
    const c = reallocate(['--seed', '8'], 'd.xlsx');
    expect(a.seed).toBe(7);
    expect({ ...a, file: null }).toEqual({ ...b, file: null });
    expect(await sheetValues(join(dir, 'b.xlsx'))).toEqual(await sheetValues(join(dir, 'c.xlsx')));
    expect({ ...a, file: null }).not.toEqual({ ...c, file: null });
  });

  it('refuses an unknown --hold name and an existing output without --force (exit 2)', () => {
    const r = runCli(['reallocate', '--data', data, '--week', '2026-11-18', ...AS_OF, '--out', join(dir, 'e.xlsx'), '--hold', '无名氏', '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/无名氏/);
    reallocate([], 'f.xlsx');
    const again = runCli(['reallocate', '--data', data, '--week', '2026-11-18', ...AS_OF, '--out', join(dir, 'f.xlsx')]);
    expect(again.status).toBe(2);
  });
});
