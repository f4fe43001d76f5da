import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_DEFAULTS } from '../../src/config/defaults.js';
import { defaultValues } from '../../src/config/rule-params.js';
import { hasMessage } from '../../src/i18n/index.js';
import { RULES, RULE_SPECS } from '../../src/rules/index.js';

describe('rule index', () => {
  it('holds every rule of the manual\'s table, sorted, and nothing else', () => {
    const ids = [...RULES.keys()];
    expect(ids).toEqual([...ids].sort());
    expect(RULE_SPECS.map((s) => s.id)).toEqual(Object.keys(RULE_DEFAULTS));
  });

  it('carries the sections and default figures the defaults module held', () => {
    for (const spec of RULE_SPECS) {
      expect(spec.section, spec.id).toBe(RULE_DEFAULTS[spec.id]!.section);
      expect(defaultValues(spec.params), spec.id).toStrictEqual(RULE_DEFAULTS[spec.id]!.params);
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
