import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultConfig } from '../../src/config/load.js';
import { CACHE_FORMAT, ContentCache, resultKey, toolVersion, type CacheKey } from '../../src/dataset/cache.js';
import { VERSION } from '../../src/version.js';
import { loadDataset } from '../../src/dataset/load.js';
import * as readFileModule from '../../src/dataset/read-file.js';
import { setLang } from '../../src/i18n/index.js';
import { runCli } from '../support/run-cli.js';
import { RULE_SPECS } from '../../src/rules/index.js';

const CALLS = [
  '日期,顾问,客户姓名,联系电话,名单类型,呼出类型,通话结果,备注',
  '2026-11-18,张伟,王子涵,13812345678,新单,一次邀约,已邀约,',
  '11月19日,张伟,李一诺,13912345678,,二次邀约,未接通,"周末再约, 家长说"',
  '2026-11-19,李娜,,13712345678,老单,老客户维系,有意向,',
  '2026-11-25,李娜,,13612345678,老单,老客户维系,有意向,未来的一行',
  '2026-11-19,,,13512345678,老单,老客户维系,有意向,没有顾问',
].join('\n');

let ws: string;
beforeEach(() => {
  setLang('zh');
  ws = mkdtempSync(join(tmpdir(), 'clubcrm-cache-'));
  writeFileSync(join(ws, '附表1.csv'), CALLS);
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(ws, { recursive: true, force: true });
});

const load = (asOf = '2026-11-20T19:00:00', cache: ContentCache | null = new ContentCache(join(ws, '.clubcrm', 'cache'))) =>
  loadDataset({ paths: [join(ws, '附表1.csv')], baseDir: ws, config: defaultConfig(RULE_SPECS), asOf, cache });

const entries = () => readdirSync(join(ws, '.clubcrm', 'cache')).filter((n) => n.endsWith('.json'));

describe('the content cache', () => {
  it('gives back exactly what reading the file gave, without parsing it again', async () => {
    const uncached = await load(undefined, null);
    const first = await load();
    expect(entries()).toHaveLength(1);
    const parse = vi.spyOn(readFileModule, 'readFile');
    const second = await load();
    expect(parse).not.toHaveBeenCalled();
    expect(second).toEqual(first);
    expect(second).toEqual(uncached);
    // The steps that depend on the as-of time are applied afresh, not cached.
    expect(second.issues.some((i) => i.code === 'future-date')).toBe(true);
    expect(second.records.calls.map((c) => c.date)).toEqual(['2026-11-18', '2026-11-19', '2026-11-19']);
  });

  it('reads the file again when its content changes', async () => {
    await load();
    writeFileSync(join(ws, '附表1.csv'), CALLS.replace('王子涵', '王梓萱'));
    const changed = await load();
    expect(changed.records.calls.at(0)!.customer).toBe('王梓萱');
    expect(entries()).toHaveLength(1); // the changed file's entry replaced, not added to
  });

  it('reads the file again for another tool version, as-of date or language', async () => {
    await load();
    const path = join(ws, '.clubcrm', 'cache', entries()[0]!);
    const stored = JSON.parse(readFileSync(path, 'utf8')) as { key: CacheKey; sheets: { count: number; data: unknown[] }[] };
    // An entry of another version that claims another customer must not be believed.
    stored.key.version = '0.0.0-other';
    stored.sheets[0]!.data[3] = new Array(stored.sheets[0]!.count).fill('不该出现');
    writeFileSync(path, JSON.stringify({ ...stored, format: CACHE_FORMAT }));
    expect((await load()).records.calls.at(0)!.customer).toBe('王子涵');
    // The as-of date gives 11月19日 its year: a year later, the cached parse is not used.
    const later = await load('2027-11-20T19:00:00');
    expect(later.records.calls.map((c) => c.date)).toContain('2027-11-19');
    setLang('en');
    const english = await load();
    expect(english.issues.find((i) => i.code === 'future-date')!.message).toMatch(/[a-z]/);
    expect(english.issues.find((i) => i.code === 'future-date')!.message).not.toMatch(/[\u4e00-\u9fff]{3}/);
  });

  it('ignores a corrupt or unreadable entry and rewrites it', async () => {
    const expected = await load();
    const path = join(ws, '.clubcrm', 'cache', entries()[0]!);
    for (const junk of ['{"format":1,"key":', '[]', '{"format":1}', JSON.stringify({ format: CACHE_FORMAT, key: JSON.parse(readFileSync(path, 'utf8')).key, file: {}, sheets: [{ values: [[1]] }] })]) {
      writeFileSync(path, junk);
      expect(await load()).toEqual(expected);
      expect(JSON.parse(readFileSync(path, 'utf8')).format).toBe(CACHE_FORMAT);
    }
  });

  it('refuses an entry of the previous format (records as rows) and rewrites it', async () => {
    const expected = await load();
    const path = join(ws, '.clubcrm', 'cache', entries()[0]!);
    const stored = JSON.parse(readFileSync(path, 'utf8')) as { key: CacheKey };
    const old = { format: 1, key: stored.key, file: {}, sheets: [{ name: '附表1', form: 'calls', rows: 1, issues: [], values: [[2, '2026-11-19', '不该出现']] }] };
    writeFileSync(path, JSON.stringify(old));
    expect(await load()).toEqual(expected);
    expect(JSON.parse(readFileSync(path, 'utf8')).format).toBe(CACHE_FORMAT);
  });

  it('ignores an entry whose columns are cut or index outside their values', async () => {
    const expected = await load();
    const path = join(ws, '.clubcrm', 'cache', entries()[0]!);
    const good = readFileSync(path, 'utf8');
    const breakers: ((sheet: { count: number; data: unknown[] }) => void)[] = [
      (s) => (s.data[1] = []),
      (s) => (s.data[1] = { dict: [], ids: new Array(s.count).fill(0) }),
      (s) => (s.data = s.data.slice(1)),
      (s) => (s.count += 1),
    ];
    for (const breakIt of breakers) {
      const stored = JSON.parse(good) as { sheets: { count: number; data: unknown[] }[] };
      breakIt(stored.sheets[0]!);
      writeFileSync(path, JSON.stringify(stored));
      expect(await load()).toEqual(expected);
      expect(JSON.parse(readFileSync(path, 'utf8')).format).toBe(CACHE_FORMAT);
    }
  });

  it('counts the build in the version, so a rebuilt tool does not reuse what the last build cached', () => {
    expect(toolVersion().startsWith(`${VERSION}+`)).toBe(true);
    expect(toolVersion()).toMatch(/\+[1-9]\d*\.\d{10,}$/);
    expect(toolVersion()).toBe(toolVersion());
  });

  it('keeps no cache without a workspace', () => {
    expect(ContentCache.of(null)).toBeNull();
    expect(ContentCache.of(ws)!.dir).toBe(join(ws, '.clubcrm', 'cache'));
  });

  it('keeps a verb result under a key of all its inputs, and nothing else', () => {
    const cache = ContentCache.of(ws)!;
    const key = resultKey({ inputs: [['a.csv', 'abc']], week: '2026-11-18' });
    cache.putResult('check', 'w', key, { answer: 42 });
    expect(cache.getResult('check', 'w', key)).toEqual({ answer: 42 });
    expect(cache.getResult('check', 'w', resultKey({ inputs: [['a.csv', 'abd']], week: '2026-11-18' }))).toBeNull();
    expect(cache.getResult('check', 'other', key)).toBeNull();
    const [file] = readdirSync(cache.dir).filter((n) => n.endsWith('.result.json'));
    writeFileSync(join(cache.dir, file!), '{"format":1,"key":"');
    expect(cache.getResult('check', 'w', key)).toBeNull();
  });

  it('gives check the same report from the cache, and a new one when a file changes', () => {
    writeFileSync(join(ws, 'clubcrm.config.json'), JSON.stringify({ center: '测试中心' }));
    const args = ['check', '--dir', ws, '--data', join(ws, '附表1.csv'), '--week', '2026-11-18', '--as-of', '2026-11-20T19:00', '--json'];
    const cold = runCli(args);
    expect(readdirSync(join(ws, '.clubcrm', 'cache')).some((n) => n.endsWith('.result.json'))).toBe(true);
    const warm = runCli(args);
    expect(warm.stdout).toBe(cold.stdout);
    expect(warm.status).toBe(cold.status);
    writeFileSync(join(ws, '附表1.csv'), CALLS.replace('13812345678,新单,一次邀约,已邀约', '13812345678,新单,一次邀约,未接通'));
    const changed = JSON.parse(runCli(args).stdout) as { advisors: { advisor: string; metrics: { effectiveCalls: number } }[] };
    const before = JSON.parse(cold.stdout) as typeof changed;
    const calls = (r: typeof changed) => r.advisors.find((a) => a.advisor === '张伟')!.metrics.effectiveCalls;
    expect(calls(changed)).toBe(calls(before) - 1);
  });
});
