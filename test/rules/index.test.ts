import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_DEFAULTS } from '../../src/config/defaults.js';
import { hasMessage } from '../../src/i18n/index.js';
import { RULES } from '../../src/rules/index.js';

describe('rule index', () => {
  it('holds every rule of the manual\'s table, sorted, and nothing else', () => {
    const ids = [...RULES.keys()];
    expect(ids).toEqual([...ids].sort());
    expect(ids).toEqual(Object.keys(RULE_DEFAULTS).sort());
  });

  for (const [id, rule] of RULES) {
    it(`${id} has its section, both messages, and a test file`, () => {
      expect(rule.meta.id).toBe(id);
      expect(rule.meta.section).not.toBe('');
      expect(rule.meta.section).toBe(RULE_DEFAULTS[id]!.section);
      expect(['week', 'month']).toContain(rule.meta.scope);
      expect(['quota', 'warning', 'info']).toContain(rule.meta.severity);
      for (const key of [`rule.${id}`, `rule.${id}.title`]) expect(hasMessage(key), key).toBe(true);
      for (const lang of ['zh', 'en'] as const) {
        expect(rule.meta.messages[lang]).not.toBe(`rule.${id}`);
        expect(rule.meta.title[lang]).not.toBe(`rule.${id}.title`);
      }
      expect(existsSync(join(import.meta.dirname, `${id}.test.ts`)), `test/rules/${id}.test.ts`).toBe(true);
    });
  }
});
