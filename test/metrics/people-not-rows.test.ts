/** Issue 12 item 2: invites and visits count families; the same row twice counts once, for every form. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { familyOf, oncePerFamily } from '../../src/metrics/families.js';
import { runCli } from '../support/run-cli.js';

const INVITE_HEADER = '邀约日期,顾问,客户姓名,联系电话,邀约类型,预约场次,是否到访';

interface CheckJson {
  advisors: { advisor: string; metrics: Record<string, number> }[];
  dataIssues: { code: string; file: string; row: number; message: string }[];
  results: { rule: string; advisor: string | null; actual: number | null }[];
}

function check(dir: string, asOf = '2026-11-22T20:00'): CheckJson {
  const r = runCli(['check', '--data', dir, '--week', '2026-11-18', '--as-of', asOf, '--json', '--lang', 'en']);
  return JSON.parse(r.stdout) as CheckJson;
}

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'clubcrm-people-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('people, not rows', () => {
  it('a family is its phone, else its name; rows naming neither count by themselves', () => {
    expect(familyOf({ phone: '13800000001', customer: '甲' })).toBe(familyOf({ phone: '13800000001', customer: '甲甲' }));
    expect(familyOf({ phone: null, customer: ' 乙 ' })).toBe(familyOf({ phone: '', customer: '乙' }));
    expect(familyOf({ phone: null, customer: null })).toBeNull();
    expect(oncePerFamily([{ phone: null, customer: null }, { phone: null, customer: null }])).toHaveLength(2);
  });

  it('through the binary: a family booked five times is one first invite; visits count families, first and second apart', () => {
    const rows = [
      // 甲 booked five times (re-booked each day, two sessions attended), 乙 once, 丙 without a phone twice.
      '2026-11-18,李娜,甲,13800000001,一邀,2026-11-19 18:30,否',
      '2026-11-18,李娜,甲,13800000001,一邀,2026-11-20 18:30,否',
      '2026-11-19,李娜,甲,13800000001,一邀,2026-11-21 10:00,是',
      '2026-11-19,李娜,甲,13800000001,一邀,2026-11-21 14:30,是',
      '2026-11-20,李娜,甲,13800000001,一邀,2026-11-22 10:00,否',
      '2026-11-18,李娜,乙,13800000002,一邀,2026-11-21 10:00,是',
      '2026-11-18,李娜,丙,,一邀,2026-11-21 10:00,是',
      '2026-11-19,李娜,丙,,一邀,2026-11-22 10:00,是',
      // 甲 also invited a second time and came: first and second are counted apart.
      '2026-11-20,李娜,甲,13800000001,二邀,2026-11-22 14:30,是',
    ];
    const m = check(folder({ 'invites.csv': [INVITE_HEADER, ...rows].join('\n') })).advisors.find((a) => a.advisor === '李娜')!.metrics;
    expect(m.firstInvites).toBe(3);
    expect(m.secondInvites).toBe(1);
    expect(m.firstVisits).toBe(3);
    expect(m.secondVisits).toBe(1);
  });

  it('through the binary: the same row twice counts once and is reported as a duplicate, for every form', () => {
    const sheets: Record<string, string> = {
      'invites.csv': [INVITE_HEADER, '2026-11-18,李娜,甲,13800000001,一邀,2026-11-21 10:00,是'].join('\n'),
      'calls.csv': ['日期,顾问,客户姓名,联系电话,名单类型,呼出类型,通话结果', '2026-11-18,李娜,甲,13800000001,新单,一次邀约,已邀约'].join('\n'),
      'contracts.csv': ['签约日期,顾问,学员姓名,联系电话,合约类型,课程类别,合约金额', '2026-11-21,李娜,甲,13800000001,新单,一年,9800'].join('\n'),
      'leave.csv': ['日期,顾问,请假类型', '2026-11-19,李娜,事假'].join('\n'),
      'talks.csv': ['沟通日期,顾问', '2026-11-19,李娜'].join('\n'),
      'callbacks.csv': ['回访日期,顾问,联系电话,回访结果', '2026-11-21,李娜,13800000001,属实'].join('\n'),
    };
    const once = check(folder(sheets));
    // The same files again under other names (a re-sent sheet): every row a duplicate, nothing counted twice.
    const twice = check(folder({ ...sheets, ...Object.fromEntries(Object.entries(sheets).map(([n, t]) => [`again-${n}`, t])) }));
    const dups = twice.dataIssues.filter((i) => i.code === 'duplicate-row');
    expect(dups.map((i) => i.file.replace(/^.*\//, '').replace(/^again-/, '')).sort()).toEqual(Object.keys(sheets).sort());
    expect(dups.every((i) => /Same (row|call) as .+ row 2/.test(i.message))).toBe(true);
    expect(once.dataIssues.filter((i) => i.code === 'duplicate-row')).toEqual([]);
    const metrics = (c: CheckJson) => c.advisors.find((a) => a.advisor === '李娜')!.metrics;
    expect(metrics(twice)).toEqual(metrics(once));
    expect(metrics(once)).toMatchObject({ firstInvites: 1, firstVisits: 1, effectiveCalls: 1, contracts: 1, amount: 9800 });
    const talks = (c: CheckJson) => c.results.find((r) => r.rule === 'team.talks' && r.advisor === '李娜')?.actual;
    expect(talks(twice)).toBe(1);
    expect(talks(twice)).toBe(talks(once));
  });
});
