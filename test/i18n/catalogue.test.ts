import { describe, expect, it } from 'vitest';
import { allMessageKeys, t } from '../../src/i18n/index.js';

describe('message catalogue', () => {
  it('has every message in both languages, with the same placeholders', () => {
    for (const key of allMessageKeys()) {
      const zh = t(key, {}, 'zh');
      const en = t(key, {}, 'en');
      expect(zh, key).not.toBe('');
      expect(en, key).not.toBe('');
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(zh), key).toEqual(names(en));
    }
  });
  it('fills placeholders', () => {
    expect(t('error.output-exists', { path: 'a.xlsx' }, 'en')).toBe('The output file already exists: a.xlsx');
  });
});
