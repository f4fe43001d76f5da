import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultValues } from '../../src/config/rule-params.js';
import { hasMessage } from '../../src/i18n/index.js';
import { renderRulesMarkdown } from '../../src/render/rules-markdown.js';
import { RULES, RULE_SPECS } from '../../src/rules/index.js';
import { ruleRows } from '../../src/rules/listing.js';
import { initialConfig } from '../../src/workspace/init-config.js';
import { ROOT } from '../support/run-cli.js';

/** The rule files of src/rules/: a file named by a rule id (`calls.weekly.ts`), the shared helpers aside. */
const ruleFiles = (): string[] =>
  readdirSync(join(ROOT, 'src', 'rules')).filter((f) => /^[a-z]+\.[a-z-]+\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, '')).sort();

describe('rule index', () => {
  it('lists every rule file of src/rules/, and the map is sorted by id', () => {
    const ids = [...RULES.keys()];
    expect(ids).toEqual([...ids].sort());
    expect([...ids].sort()).toEqual(ruleFiles());
    expect(new Set(RULE_SPECS.map((s) => s.id)).size).toBe(RULE_SPECS.length);
  });

  it('a rule\'s metadata reaches rules, init\'s config and the README table from its file alone', () => {
    const rows = ruleRows(null);
    const config = initialConfig(RULE_SPECS, 'zh') as { rules: Record<string, Record<string, unknown>> };
    const table = renderRulesMarkdown('en');
    for (const [id, rule] of RULES) {
      const { meta } = rule;
      // Read from the file itself, not through the registry: what the file declares is what shows.
      const source = readFileSync(join(ROOT, 'src', 'rules', `${id}.ts`), 'utf8');
      expect(source, id).toContain(`id: '${id}'`);
      expect(source, id).toContain(`section: '${meta.section}'`);
      const defaults = defaultValues(meta.params);
      expect(rows.find((r) => r.id === id), id).toMatchObject({ section: meta.section, scope: meta.scope, severity: meta.severity, defaults });
      expect(config.rules[id], id).toStrictEqual({ section: meta.section, ...defaults });
      expect(table, id).toContain(`| \`${id}\` | ${meta.section} |`);
    }
  });

  for (const [id, rule] of RULES) {
    it(`${id} has its section, its messages, and a test file`, () => {
      expect(rule.meta.id).toBe(id);
      expect(rule.meta.section).not.toBe('');
      expect(['week', 'month']).toContain(rule.meta.scope);
      expect(['quota', 'warning', 'info']).toContain(rule.meta.severity);
      expect(rule.meta.messageKeys).toEqual(expect.arrayContaining([`rule.${id}`, `rule.${id}.title`, `rule-name.${id}`]));
      for (const key of rule.meta.messageKeys) expect(hasMessage(key), key).toBe(true);
      for (const lang of ['zh', 'en'] as const) {
        expect(rule.meta.messages[lang]).not.toBe(`rule.${id}`);
        expect(rule.meta.title[lang]).not.toBe(`rule.${id}.title`);
      }
      expect(existsSync(join(import.meta.dirname, `${id}.test.ts`)), `test/rules/${id}.test.ts`).toBe(true);
    });
  }
});
