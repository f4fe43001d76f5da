import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeConfigText } from '../../src/commands/config-text.js';
import { describe, expect, it } from 'vitest';
import { defaultConfig, findWorkspace, loadConfigFile, resolveConfig } from '../../src/config/load.js';
import { ClubError } from '../../src/errors.js';
import { choices, count, dayOfMonth, flag, share, type RuleSpec } from '../../src/config/rule-params.js';
import { RULE_SPECS } from '../../src/rules/index.js';
import { initialConfig } from '../../src/workspace/init-config.js';

function workspaceWith(config: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'clubcrm-config-'));
  writeFileSync(join(dir, 'clubcrm.config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return dir;
}

describe('config', () => {
  it('has every rule of the manual with its defaults', () => {
    const cfg = defaultConfig(RULE_SPECS);
    expect(Object.keys(cfg.rules)).toEqual(RULE_SPECS.map((s) => s.id));
    expect(cfg.rules['calls.weekly']!.perCallDay).toBe(50);
    expect(cfg.timeZone).toBe('Asia/Shanghai');
    expect(cfg.lang).toBe('zh');
    expect(cfg.calendar.holidays).toContain('2026-10-01');
    expect(cfg.calendar.workdays).toContain('2026-10-10');
  });

  it('overrides defaults from the file and extends the official calendar', () => {
    const dir = workspaceWith({
      center: '朝阳中心',
      lang: 'en',
      advisors: [{ name: '张伟', aliases: ['小张'] }, '李娜', { name: '王芳', active: false }],
      calendar: { holidays: ['2026-11-19'] },
      rules: { 'calls.weekly': { perCallDay: 40, section: 'ignored' } },
    });
    const cfg = resolveConfig(dir, decodeConfigText, RULE_SPECS);
    expect(cfg.center).toBe('朝阳中心');
    expect(cfg.lang).toBe('en');
    expect(cfg.advisors).toEqual([
      { name: '张伟', aliases: ['小张'], active: true },
      { name: '李娜', aliases: [], active: true },
      { name: '王芳', aliases: [], active: false },
    ]);
    expect(cfg.calendar.holidays).toContain('2026-11-19');
    expect(cfg.calendar.holidays).toContain('2026-10-01');
    expect(cfg.rules['calls.weekly']!.perCallDay).toBe(40);
    expect(cfg.rules['invites.first']!.perWeek).toBe(15);
  });

  it('names the bad entry of a bad config', () => {
    const dir = workspaceWith({ rules: { 'calls.weekly': { perCallDay: 'fifty' } } });
    expect(() => resolveConfig(dir, decodeConfigText, RULE_SPECS)).toThrowError(ClubError);
    try {
      resolveConfig(dir, decodeConfigText, RULE_SPECS);
    } catch (err) {
      expect((err as ClubError).key).toBe('error.bad-config');
      expect((err as ClubError).params.field).toBe('rules.calls.weekly.perCallDay');
    }
    expect(() => loadConfigFile(join(workspaceWith('{ "center": '), 'clubcrm.config.json'), decodeConfigText, RULE_SPECS)).toThrowError(/config file/);
    expect(() => resolveConfig(workspaceWith({ rules: { 'no.such': {} } }), decodeConfigText, RULE_SPECS)).toThrowError(ClubError);
    expect(() => resolveConfig(workspaceWith({ timeZone: 'Mars/Olympus' }), decodeConfigText, RULE_SPECS)).toThrowError(ClubError);
  });

  it('knows a rule only from the registry it is given: defaults, init\'s config and the checks of each kind', () => {
    // What a new rule file declares; config/ has no list of rules to update.
    const added: RuleSpec = {
      id: 'zz.new',
      section: '9.9',
      params: { perWeek: count(3), part: share(0.5), due: dayOfMonth(2), words: choices(['a', 'b'], ['a']), on: flag(true) },
    };
    const specs: readonly RuleSpec[] = [...RULE_SPECS, added];
    expect(defaultConfig(specs).rules['zz.new']).toStrictEqual({ perWeek: 3, part: 0.5, due: 2, words: ['a'], on: true });
    expect(defaultConfig(RULE_SPECS).rules['zz.new']).toBeUndefined();
    const init = initialConfig(specs, 'zh') as { rules: Record<string, unknown> };
    expect(Object.keys(init.rules).at(-1)).toBe('zz.new');
    expect(init.rules['zz.new']).toStrictEqual({ section: '9.9', perWeek: 3, part: 0.5, due: 2, words: ['a'], on: true });
    const load = (over: unknown, with_ = specs) => resolveConfig(workspaceWith({ rules: { 'zz.new': over } }), decodeConfigText, with_);
    expect(load({ perWeek: 4, words: ['b'] }).rules['zz.new']).toMatchObject({ perWeek: 4, words: ['b'], part: 0.5 });
    const refused = (over: unknown, with_ = specs) => {
      try {
        load(over, with_);
      } catch (err) {
        return (err as ClubError).params;
      }
      return null;
    };
    expect(refused({ perWeek: 1 }, RULE_SPECS)).toMatchObject({ field: 'rules.zz.new' });
    expect(refused({ perWeek: -1 })).toMatchObject({ field: 'rules.zz.new.perWeek', expected: expect.stringMatching(/0/) });
    expect(refused({ part: 1.5 })).toMatchObject({ field: 'rules.zz.new.part' });
    expect(refused({ due: 29 })).toMatchObject({ field: 'rules.zz.new.due' });
    expect(refused({ words: ['c'] })).toMatchObject({ field: 'rules.zz.new.words', expected: expect.stringContaining('a, b') });
    expect(refused({ on: 'yes' })).toMatchObject({ field: 'rules.zz.new.on', expected: 'boolean' });
    expect(refused({ perWek: 1 })).toMatchObject({ field: 'rules.zz.new.perWek' });
  });

  it('finds the workspace from a sub-folder upward', () => {
    const dir = workspaceWith({});
    const sub = join(dir, 'sheets', '2026-11-18');
    mkdirSync(sub, { recursive: true });
    expect(findWorkspace(undefined, sub)).toBe(dir);
    expect(findWorkspace(undefined, tmpdir())).toBeNull();
    expect(() => findWorkspace(tmpdir(), '/')).toThrowError(ClubError);
  });
});
