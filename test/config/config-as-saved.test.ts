/** Issue 12 item 7: the config as people save it (encodings, JSON mistakes, values outside sense, unknown keys). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { decodeConfigText } from '../../src/commands/config-text.js';
import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/load.js';
import { findJsonMistake } from '../../src/config/json-text.js';
import { ClubError } from '../../src/errors.js';
import { setLang } from '../../src/i18n/index.js';
import { hasStackTrace, runCli } from '../support/run-cli.js';

const TEXT = '{\n  "center": "朝阳中心",\n  "advisors": ["张伟", {"name": "李娜", "aliases": ["小李"]}]\n}\n';

function configFile(content: Buffer | string): string {
  const dir = mkdtempSync(join(tmpdir(), 'clubcrm-cfg-'));
  writeFileSync(join(dir, 'clubcrm.config.json'), content);
  return join(dir, 'clubcrm.config.json');
}

function refusal(content: string): ClubError {
  try {
    loadConfigFile(configFile(content), decodeConfigText);
  } catch (err) {
    return err as ClubError;
  }
  throw new Error('accepted');
}

describe('the config as people save it', () => {
  setLang('en');
  const encodings: [string, Buffer][] = [
    ['GBK (Notepad ANSI, WPS)', iconv.encode(TEXT, 'gbk')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')])],
    ['UTF-16LE with BOM (Notepad "Unicode")', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf16le')])],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(TEXT, 'utf16-be')])],
    ['UTF-8', Buffer.from(TEXT, 'utf8')],
  ];
  for (const [name, bytes] of encodings) {
    it(`reads ${name}`, () => {
      const cfg = loadConfigFile(configFile(bytes), decodeConfigText);
      expect(cfg.center).toBe('朝阳中心');
      expect(cfg.advisors.map((a) => [a.name, a.aliases])).toEqual([
        ['张伟', []],
        ['李娜', ['小李']],
      ]);
    });
  }

  it('names the line and column of a JSON mistake and hints at its usual cause', () => {
    const fullQuote = refusal('{\n  "center": “朝阳中心”\n}');
    expect(fullQuote.key).toBe('config.json-mistake');
    expect(fullQuote.params).toMatchObject({ line: 2, column: 13 });
    expect(fullQuote.localized()).toContain('full-width (Chinese) quote');
    const fullComma = refusal('{\n  "center": "朝阳"，\n  "lang": "en"\n}');
    expect(fullComma.params).toMatchObject({ line: 2, column: 17 });
    expect(fullComma.localized()).toContain('full-width (Chinese) comma');
    const trailing = refusal('{\n  "advisors": ["张伟", "李娜",],\n  "lang": "en"\n}');
    expect(trailing.params).toMatchObject({ line: 2, column: 27 });
    expect(trailing.localized()).toContain('comma after the last entry');
    const trailingObject = refusal('{\n  "lang": "en",\n}\n');
    expect(trailingObject.params).toMatchObject({ line: 3, column: 1 });
    expect(trailingObject.localized()).toContain('comma after the last entry');
    const end = refusal('{ "center": "x"');
    expect(end.localized()).toContain('ends too early');
    expect(findJsonMistake('{"a": [1, 2, {"b": null}], "c": "\\u4e2d"}')).toBeNull();
  });

  it('refuses values outside sense naming the key', () => {
    const field = (config: unknown) => (refusal(JSON.stringify(config)).params as { field: string }).field;
    expect(field({ rules: { 'invites.first': { perWeek: -1 } } })).toBe('rules.invites.first.perWeek');
    expect(refusal('{"rules": {"calls.weekly": {"perCallDay": 1e999}}}').params.field).toBe('rules.calls.weekly.perCallDay');
    expect(field({ rules: { 'contracts.sign-rate': { target: 30 } } })).toBe('rules.contracts.sign-rate.target');
    expect(field({ rules: { 'contracts.type-mix': { tolerance: -0.1 } } })).toBe('rules.contracts.type-mix.tolerance');
    expect(field({ rules: { 'renewals.plan-due': { dueDayOfMonth: 40 } } })).toBe('rules.renewals.plan-due.dueDayOfMonth');
    expect(field({ callbackSample: 5000 })).toBe('callbackSample');
    expect(field({ callbackSample: 2.5 })).toBe('callbackSample');
    expect(field({ rules: { 'calls.weekly': { excusedLeave: ['__proto__'] } } })).toBe('rules.calls.weekly.excusedLeave');
    expect(field({ effectiveOutcomes: ['invited', 'constructor'] })).toBe('effectiveOutcomes');
    expect(field({ advisors: ['__proto__'] })).toBe('advisors[0]');
    expect(field({ advisors: [{ name: '张伟', aliases: ['  '] }] })).toBe('advisors[0].aliases[0]');
    // A rule id that is a prototype's key is no rule, and nothing reaches Object.prototype.
    expect(refusal('{"rules": {"__proto__": {"polluted": 1}}}').params.field).toBe('rules.__proto__');
    expect(field({ rules: { 'calls.weekly': { toString: 1 } } })).toBe('rules.calls.weekly.toString');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Sense is not strictness: a share of 1, a zero quota and a sample of 0 are fine.
    const ok = loadConfigFile(configFile(JSON.stringify({ callbackSample: 0, rules: { 'data.completeness': { target: 1 }, 'invites.second': { perWeek: 0 } } })), decodeConfigText);
    expect(ok.callbackSample).toBe(0);
  });

  it('names the closest rule or parameter of a mistyped one', () => {
    expect(refusal(JSON.stringify({ rules: { 'invites.frist': {} } })).localized()).toContain('did you mean invites.first?');
    expect(refusal(JSON.stringify({ rules: { 'invites.first': { perWek: 10 } } })).localized()).toContain('did you mean rules.invites.first.perWeek?');
  });

  it('warns of unknown keys with the closest known key, and applies the rest', () => {
    const cfg = loadConfigFile(
      configFile(JSON.stringify({ centre: 'x', lang: 'en', advisors: [{ name: '张伟', alias: ['小张'], from: '2026-11-19' }], calendar: { holiday: [] }, swap: { reading: 'keep-30', readng: 1 }, zzzz: 1 })),
      decodeConfigText,
    );
    expect(cfg.lang).toBe('en');
    expect(cfg.warnings).toEqual([
      { key: 'centre', closest: 'center' },
      { key: 'zzzz', closest: null },
      { key: 'advisors[0].alias', closest: 'aliases' },
      { key: 'calendar.holiday', closest: 'holidays' },
      { key: 'swap.readng', closest: 'reading' },
    ]);
  });

  it('through the binary: a GBK config is read, an unknown key warned of, a JSON mistake named', () => {
    const file = configFile(iconv.encode('{"center": "朝阳中心", "lang": "en", "centre": "x"}', 'gbk'));
    const dir = join(file, '..');
    const r = runCli(['check', '--dir', dir, '--data', 'fixtures/demo-center', '--week', '2026-11-18', '--as-of', '2026-11-20T19:00', '--json']);
    expect(JSON.parse(r.stdout).center).toBe('朝阳中心');
    expect(r.stderr).toContain('Warning: The config key centre is not a known setting and is ignored (did you mean center?).');
    const bad = configFile('{\n  "center": "朝阳中心"，\n  "lang": "en"\n}');
    const b = runCli(['check', '--dir', join(bad, '..'), '--data', 'fixtures/demo-center', '--as-of', '2026-11-20T19:00']);
    expect(b.status).toBe(2);
    expect(b.stderr).toContain('第 2 行第 19 列');
    expect(b.stderr).toContain('中文逗号');
    expect(hasStackTrace(b.stderr)).toBe(false);
  });
});
