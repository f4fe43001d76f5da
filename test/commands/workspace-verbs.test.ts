/** The workspace verbs through the real binary: stdout, stderr (no stack trace, phones masked) and exit codes. */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runCli } from '../support/run-cli.js';
import { initialConfigText } from '../../src/workspace/init-config.js';

const HEADERS = '日期,顾问,客户姓名,联系电话,名单类型,呼出类型,通话结果';
const AS_OF = ['--as-of', '2026-11-20T19:00'];

function setup(): { root: string; ws: string; inbox: string } {
  const root = mkdtempSync(join(tmpdir(), 'clubcrm-cli-ws-'));
  const inbox = join(root, 'inbox');
  mkdirSync(inbox);
  // The config alone makes a workspace (init itself is tested in init.test.ts, in-process).
  const ws = join(root, 'center');
  mkdirSync(join(ws, 'sheets'), { recursive: true });
  writeFileSync(join(ws, 'clubcrm.config.json'), initialConfigText('zh'));
  return { root, ws, inbox };
}

function clean(r: { stdout: string; stderr: string }): void {
  expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
  expect(r.stdout + r.stderr).not.toMatch(/13812345678|13912345678/);
}

describe('clubcrm import (binary)', () => {
  it('exits 0 on clean sheets, 1 on a data error, 2 when a file cannot be read; says why on the right stream', async () => {
    const { ws, inbox } = setup();
    writeFileSync(join(inbox, 'ok.csv'), `${HEADERS}\n2026-11-18,张伟,小明,13812345678,新单,一次邀约,已邀约\n`);
    let r = runCli(['import', join(inbox, 'ok.csv'), ...AS_OF], { cwd: ws });
    clean(r);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/ok\.csv → sheets\/ok\.csv/);
    expect(readdirSync(join(ws, 'sheets'))).toEqual(['ok.csv']);

    // A phone typed into the outcome column: the issue names it, masked.
    writeFileSync(join(inbox, 'bad.csv'), `${HEADERS}\n2026-11-18,张伟,小明,13812345678,新单,一次邀约,13912345678\n`);
    r = runCli(['import', join(inbox, 'bad.csv'), '--lang', 'en', ...AS_OF], { cwd: ws });
    clean(r);
    expect(r.status, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toContain('139****5678');
    expect(r.stdout).toMatch(/Data issues \(1\)/);

    writeFileSync(join(inbox, 'page.xlsx'), '<html><body>not a workbook</body></html>');
    writeFileSync(join(inbox, 'ok2.csv'), `${HEADERS}\n2026-11-19,张伟,小刚,13812345670,老单,二次邀约,有意向\n`);
    r = runCli(['import', join(inbox, 'page.xlsx'), join(inbox, 'ok2.csv'), '--lang', 'en', ...AS_OF], { cwd: ws });
    clean(r);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^Error: .*page\.xlsx/m);
    expect(readdirSync(join(ws, 'sheets')).sort()).toEqual(['bad.csv', 'ok.csv', 'ok2.csv']);

    r = runCli(['import', join(inbox, 'ok.csv'), '--json', ...AS_OF], { cwd: ws });
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.files[0]).toMatchObject({ status: 'read', accepted: true, sheets: [{ name: null, form: 'calls', headerRow: 1, rows: 1 }], issues: [] });
    expect(json.copied).toEqual([]);
    expect(json.unchanged).toEqual([{ from: expect.stringContaining('ok.csv'), sameAs: 'sheets/ok.csv' }]);
  });

  it('needs a workspace, and refuses while another clubcrm holds the lock', () => {
    const { root, ws, inbox } = setup();
    writeFileSync(join(inbox, 'ok.csv'), `${HEADERS}\n2026-11-18,张伟,小明,13812345678,新单,一次邀约,已邀约\n`);
    let r = runCli(['import', join(inbox, 'ok.csv'), '--lang', 'en'], { cwd: root });
    clean(r);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/No workspace found/);
    expect(r.stderr).toMatch(/Run .*clubcrm(\.js)? init/);

    writeFileSync(join(ws, '.clubcrm.lock'), JSON.stringify({ pid: process.pid, host: hostname(), started: '2026-11-20T11:00:00.000Z', token: 't' }));
    r = runCli(['import', join(inbox, 'ok.csv'), '--lang', 'en'], { cwd: ws });
    clean(r);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`Another clubcrm is working in this folder (pid ${process.pid}`);
    expect(readdirSync(join(ws, 'sheets'))).toEqual([]);
  });
});

describe('clubcrm inspect (binary)', () => {
  it('--json gives each sheet with its form and the first rows as read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clubcrm-cli-inspect-'));
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('顾问邀约统计表');
    sheet.addRow(['邀约统计']);
    sheet.addRow(['邀约日期', '顾问', '客户姓名', '联系电话', '邀约类型', '活动形式', '预约场次', '是否到访']);
    sheet.addRow([new Date(Date.UTC(2026, 10, 18)), '张伟', null, '13812345678', '一次邀约', 'DEM体验课', new Date(Date.UTC(2026, 10, 21, 10, 30)), '是']);
    sheet.addRow([]);
    sheet.addRow([new Date(Date.UTC(2026, 10, 19)), '张伟', '小红', 13812345679, '二次邀约', '外教沙龙', new Date(Date.UTC(2026, 10, 22, 15)), null]);
    await wb.xlsx.writeFile(join(dir, 'invites.xlsx'));
    const r = runCli(['inspect', join(dir, 'invites.xlsx'), '--json', ...AS_OF], { cwd: dir });
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(r.status, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    const s = json.files[0].sheets[0];
    expect(s).toMatchObject({ name: '顾问邀约统计表', form: 'invites', headerRow: 2, rows: 2 });
    expect(s.cells[0]).toEqual(['邀约统计']);
    expect(s.cells[2]).toEqual(['2026-11-18', '张伟', null, '13812345678', '一次邀约', 'DEM体验课', '2026-11-21T10:30:00', '是']);
    expect(s.cells[3]).toEqual([]);
    expect(s.cells[4]!.slice(0, 4)).toEqual(['2026-11-19', '张伟', '小红', 13812345679]);
    expect(s.columns[0]).toEqual({ index: 0, header: '邀约日期', field: 'date' });

    const text = runCli(['inspect', join(dir, 'invites.xlsx'), ...AS_OF], { cwd: dir });
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('顾问邀约统计表 (invites)');
    expect(text.stdout).not.toContain('13812345678');
  });
});

describe('clubcrm templates (binary)', () => {
  it('writes one English template per form into --out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clubcrm-cli-tpl-'));
    const r = runCli(['templates', '--out', join(dir, 't'), '--lang', 'en']);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(join(dir, 't'))).toContain('Daily calls.xlsx');
    expect(readdirSync(join(dir, 't'))).toHaveLength(11);
    const again = runCli(['templates', '--out', join(dir, 't'), '--lang', 'en']);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/--force/);
  });
});
