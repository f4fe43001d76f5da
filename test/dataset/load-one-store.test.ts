import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/types.js';
import { loadDataset } from '../../src/dataset/load.js';
import { readFile } from '../../src/dataset/read-file.js';
import type { Dataset } from '../../src/dataset/types.js';
import { finishSheet } from '../../src/forms/read-sheet.js';
import { setLang } from '../../src/i18n/index.js';
import { CallList } from '../../src/model/call-store.js';
import type { CallRecord } from '../../src/model/records.js';

const ASOF = '2026-11-20T19:00:00';
const HEADER = ['日期', '顾问', '客户姓名', '联系电话', '名单类型', '呼出类型', '通话结果', '备注'];
const OUTCOMES = ['已邀约', '未接通', '无意向', '有意向'];

function config(): Config {
  const c = defaultConfig();
  c.advisors = [
    { name: '张伟', aliases: ['小张'], active: true },
    { name: '李娜', aliases: [], active: true },
  ];
  return c;
}

/** Calls of one file: its own phones (no repeated call across files), an alias, a name the config lacks, a future date. */
function callRows(file: number, n: number): string[][] {
  const rows = [HEADER];
  for (let i = 0; i < n; i++) {
    const advisor = ['张伟', '小张', '李娜', '赵六'][(i + file) % 4]!;
    const date = i % 17 === 5 ? '2026-11-23' : `2026-11-${18 + (i % 3)}`;
    rows.push([date, advisor, `客户${file}-${i}`, `139${String(file).padStart(2, '0')}${String(i).padStart(6, '0')}`, i % 3 ? '老单' : '新单', '一次邀约', OUTCOMES[i % 4]!, i % 9 ? '' : `备注${i}`]);
  }
  return rows;
}

const csv = (rows: string[][]) => rows.map((r) => r.join(',')).join('\r\n');

let dir: string;
let paths: string[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'clubcrm-one-store-'));
  // Sizes differ so that a threshold between them reads some files straight into the store and copies the others in.
  writeFileSync(join(dir, 'a.csv'), csv(callRows(1, 40)));
  writeFileSync(join(dir, 'b.csv'), iconv.encode(csv(callRows(2, 400)), 'gb18030'));
  writeFileSync(join(dir, 'c-leave.csv'), csv([['日期', '顾问', '请假类型'], ['2026-11-19', '小张', '病假']]));
  writeFileSync(join(dir, 'd.csv'), csv(callRows(4, 7)));
  writeFileSync(join(dir, 'e.csv'), `\uFEFF${csv(callRows(5, 900))}`);
  paths = ['a.csv', 'b.csv', 'c-leave.csv', 'd.csv', 'e.csv'].map((f) => join(dir, f));
});

beforeEach(() => setLang('zh'));

const load = (bigFileBytes: number) => loadDataset({ paths: [dir], baseDir: dir, config: config(), asOf: ASOF, bigFileBytes });

/** What a dataset says, calls as records. */
function plain(d: Dataset) {
  return { ...d, records: { ...d.records, calls: d.records.calls.toArray() } };
}

describe('loading many call logs into one store', () => {
  it('gives what copying each file\'s store in gives, whichever files are read straight into the store', async () => {
    const copied = plain(await load(Infinity));
    expect(copied.records.calls.length).toBeGreaterThan(1000);
    const middle = statSync(paths[1]!).size;
    for (const threshold of [0, middle]) expect(plain(await load(threshold))).toEqual(copied);
  });

  it('holds every file\'s calls in the one store the files were read into (no merged copy)', async () => {
    const all = await load(0);
    const calls = all.records.calls;
    // Future calls are left out of the list but stay in the store they were read into.
    const read = all.files.reduce((n, f) => n + f.sheets.filter((s) => s.form === 'calls').reduce((m, s) => m + s.rows, 0), 0);
    expect(calls.store.size).toBe(read);
    expect(calls.length).toBeLessThan(read);
  });

  it('gives what reading the files one by one gives', async () => {
    const ctx = { asOf: ASOF, config: config() };
    const calls: CallRecord[] = [];
    const issues = [];
    for (const path of paths) {
      const { sheets } = await readFile(path, path.slice(dir.length + 1), { ...ctx, parseOnly: true });
      for (const read of sheets) {
        const sheet = finishSheet(read, path.slice(dir.length + 1), ctx);
        issues.push(...sheet.issues);
        if (sheet.records instanceof CallList) calls.push(...sheet.records);
      }
    }
    const all = await load(0);
    expect(all.records.calls.toArray()).toEqual(calls);
    expect(all.issues).toEqual(issues);
    // Each unknown name is reported once per sheet, with its own sheet's count.
    expect(issues.filter((i) => i.code === 'unknown-advisor').map((i) => i.file)).toEqual(['a.csv', 'b.csv', 'd.csv', 'e.csv']);
  });
});
