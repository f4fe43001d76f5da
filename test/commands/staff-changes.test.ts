/**
 * Issue 12 items 5 and 6 through the real binary: advisors' `from` / `until` dates scale their
 * quotas in a partial week and take them out of weeks outside their dates; `init --advisors`
 * writes the list; a name that matches nobody is an error naming the closest configured name,
 * and its rows show under the name as written, marked not configured.
 */
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { checkJson, resultOf, Sheets } from '../support/staff-workspace.js';

const FULL_WEEK = ['2026-11-18', '2026-11-19', '2026-11-20'];

describe('a Thursday starter and an advisor who leaves on Thursday', () => {
  const s = new Sheets();
  for (const d of FULL_WEEK) s.call('张伟', d, 50);
  s.invite('张伟', '2026-11-18', 15, '一次邀约', '2026-11-21 10:00', '是');
  s.invite('张伟', '2026-11-18', 4, '二次邀约', '2026-11-21 10:00', '是');
  // 李娜 starts on Thursday: two call days.
  s.call('李娜', '2026-11-19', 50).call('李娜', '2026-11-20', 50);
  s.invite('李娜', '2026-11-19', 10, '一次邀约', '2026-11-21 10:00', '是');
  s.invite('李娜', '2026-11-19', 3, '二次邀约', '2026-11-21 10:00', '是');
  // 王芳 leaves after Thursday: two call days too.
  s.call('王芳', '2026-11-18', 50).call('王芳', '2026-11-19', 50);
  s.invite('王芳', '2026-11-18', 10, '一次邀约', '2026-11-21 10:00', '是');
  s.invite('王芳', '2026-11-18', 3, '二次邀约', '2026-11-21 10:00', '是');
  const dir = s.write({ advisors: ['张伟', { name: '李娜', from: '2026-11-19' }, { name: '王芳', until: '2026-11-19' }] });

  it('judges a partial week against the call days inside the dates (100 calls, 10 + 3 invites; was 150, 15 + 4)', () => {
    const { run, json } = checkJson(dir, '2026-11-18', '2026-11-20T19:00');
    for (const advisor of ['李娜', '王芳']) {
      expect(resultOf(json, 'calls.weekly', advisor), advisor).toMatchObject({ status: 'met', actual: 100, target: 100 });
      expect(resultOf(json, 'invites.first', advisor), advisor).toMatchObject({ status: 'met', actual: 10, target: 10 });
      expect(resultOf(json, 'invites.second', advisor), advisor).toMatchObject({ status: 'met', actual: 3, target: 3 });
    }
    expect(resultOf(json, 'calls.weekly', '张伟')).toMatchObject({ status: 'met', target: 150 });
    // No target on the day before 李娜 starts.
    expect(json.advisors.find((a) => a.advisor === '李娜')!.daily.map((d) => d.target)).toEqual([0, 50, 50]);
    expect(resultOf(json, 'team.bonus', null)!.status).toBe('pending');
    expect(run.status).toBe(0);
  });

  it('gives no quota after `until` (excused in the month she served) and leaves her out after that month', () => {
    const nextWeek = checkJson(dir, '2026-11-25', '2026-11-27T19:00').json;
    expect(resultOf(nextWeek, 'calls.weekly', '王芳')).toMatchObject({ status: 'excused', target: 0 });
    expect(resultOf(nextWeek, 'invites.first', '王芳')!.status).toBe('excused');
    const december = checkJson(dir, '2026-12-02', '2026-12-04T19:00').json;
    expect(december.advisors.map((a) => a.advisor)).not.toContain('王芳');
    expect(december.results.some((r) => r.advisor === '王芳')).toBe(false);
  });

  it('refuses a `from` that is not a date, naming the key', () => {
    const bad = new Sheets().call('张伟', '2026-11-18', 1).write({ advisors: [{ name: '张伟', from: '2026-02-30' }] });
    const run = runCli(['check', '--dir', bad, '--as-of', '2026-11-20T19:00', '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('advisors[0].from');
  });
});

describe('clubcrm init --advisors', () => {
  it('writes the list into the config, split at either comma or 、', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'clubcrm-init-')), 'ws');
    const run = runCli(['init', dir, '--advisors', '张伟, 李娜，王芳、张伟']);
    expect(run.status).toBe(0);
    const config = JSON.parse(readFileSync(join(dir, 'clubcrm.config.json'), 'utf8')) as { advisors: unknown };
    expect(config.advisors).toEqual(['张伟', '李娜', '王芳']);
    expect(runCli(['init', `${dir}2`, '--advisors', ' , ']).status).toBe(2);
  });
});

describe('a mistyped advisor name', () => {
  const s = new Sheets();
  for (const d of FULL_WEEK) s.call('张伟', d, 50);
  s.call('张玮', '2026-11-19', 12);
  const dir = s.write({ advisors: ['张伟', { name: '李娜', aliases: ['小李'] }] });

  it('is an error naming the name, its rows and the closest configured name; its rows show under that name', () => {
    const { run, json } = checkJson(dir, '2026-11-18', '2026-11-20T19:00');
    const issue = json.dataIssues.find((i) => i.code === 'unknown-advisor')!;
    expect(issue).toMatchObject({ severity: 'error', value: '张玮' });
    expect(issue.message).toContain('"张玮"');
    expect(issue.message).toContain('12 row(s)');
    expect(issue.message).toContain('the closest is "张伟"');
    const raw = json.advisors.find((a) => a.advisor === '张玮')!;
    expect(raw).toMatchObject({ configured: false });
    expect(raw.metrics.effectiveCalls).toBe(12);
    expect(json.advisors.find((a) => a.advisor === '张伟')).toMatchObject({ configured: true });
    // Shown, never judged: no quota result under the raw name, and the error makes check exit 1.
    expect(json.results.some((r) => r.advisor === '张玮')).toBe(false);
    expect(run.status).toBe(1);
    const table = runCli(['check', '--dir', dir, '--week', '2026-11-18', '--as-of', '2026-11-20T19:00', '--lang', 'en']);
    expect(table.stdout).toContain('张玮 (not configured)');
  });
});
