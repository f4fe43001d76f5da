import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/load.js';
import { loadDataset } from '../../src/dataset/load.js';
import { setLang } from '../../src/i18n/index.js';
import { RULE_SPECS } from '../../src/rules/index.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'forms', 'kitchen-sink');
const CALLS = '顾问每日工作日程表.csv';

beforeEach(() => setLang('zh'));

describe('kitchen sink', () => {
  it('reports every problem of the folder, each at its file, row and column', async () => {
    const config = defaultConfig(RULE_SPECS);
    config.advisors = [
      { name: '张伟', aliases: ['小张'], active: true },
      { name: '李娜', aliases: [], active: true },
    ];
    const ds = await loadDataset({ paths: [DIR], baseDir: DIR, config, asOf: '2026-11-20T19:00:00' });
    expect(ds.issues.map((i) => [i.file, i.row, i.column, i.code])).toEqual([
      ['notes.csv', null, null, 'unknown-form'],
      ['客户续约计划表.csv', 2, '剩余课时', 'bad-number'],
      ['请假登记.csv', 1, null, 'empty-sheet'],
      [CALLS, 2, 'Phone', 'duplicate-header'],
      [CALLS, 5, '日期', 'missing-required'],
      [CALLS, 6, '日期', 'bad-date'],
      [CALLS, 7, '联系电话', 'bad-phone'],
      [CALLS, 8, '呼出类型', 'bad-enum'],
      [CALLS, 9, '联系电话', 'missing-required'],
      [CALLS, 10, '预约时间', 'bad-date'],
      [CALLS, 13, '日期', 'future-date'],
      [CALLS, 12, '顾问', 'unknown-advisor'],
      [CALLS, 4, null, 'duplicate-row'],
      ['客户管理表.csv', 3, null, 'ownership-conflict'],
    ]);
    // Kept: rows 3 (小张 -> 张伟), 7, 8 (bad optional-for-counting cells), 9 (no phone), 10 and 12.
    expect(ds.records.calls.map((c) => [c.origin.row, c.advisor])).toEqual([
      [3, '张伟'],
      [7, '张伟'],
      [8, '张伟'],
      [9, '张伟'],
      [10, '张伟'],
      [12, '赵六'],
    ]);
    expect(ds.records.renewals).toMatchObject([{ month: '2026-12', lessons_left: null, expected_amount: 1280 }]);
    expect(ds.files.map((f) => [f.path, f.sheets[0]!.form])).toEqual([
      ['notes.csv', null],
      ['客户管理表.csv', 'customers'],
      ['客户续约计划表.csv', 'renewals'],
      ['请假登记.csv', 'leave'],
      [CALLS, 'calls'],
    ]);
    expect(JSON.stringify(ds.issues)).not.toMatch(/1\d{10}/);
  });
});
