import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allMessageKeys } from '../../src/i18n/index.js';
import { ROOT } from '../support/run-cli.js';
import { typeErrors } from '../support/type-errors.js';

describe('message keys are typed', () => {
  it('refuses an unknown key, a run-time string without hasMessage and a message missing a language', () => {
    const errors = typeErrors(`
      import { hasMessage, t, type Catalogue, type KeysUnder, type MessageKey } from '../src/i18n/index.js';
      t('error.output-exists', { path: 'a.xlsx' });
      // @ts-expect-error: a typo is not a key
      t('error.output-exist', { path: 'a.xlsx' });
      // @ts-expect-error: nor is a key no area holds
      const none: MessageKey = 'no.such.key';
      declare const severity: 'error' | 'warning' | 'info';
      t(\`annotate.severity.\${severity}\`);
      declare const code: 'bad-date' | 'no-such-code';
      // @ts-expect-error: a made key is checked for every value it can take
      t(\`fix.\${code}\`);
      declare const made: string;
      // @ts-expect-error: a string known only at run time is checked first
      t(made);
      if (hasMessage(made)) t(made);
      const verb: KeysUnder<'cli.verb.'> = 'check';
      // @ts-expect-error: no message cli.verb.frobnicate
      const unknownVerb: KeysUnder<'cli.verb.'> = 'frobnicate';
      // @ts-expect-error: a message without its English
      const noEnglish = { 'x.y': { zh: '甲' } } satisfies Catalogue;
      // @ts-expect-error: nor with a language the catalogue does not have
      const extra = { 'x.y': { zh: '甲', en: 'a', fr: 'b' } } satisfies Catalogue;
      export { none, verb, unknownVerb, noEnglish, extra };
    `);
    expect(errors).toEqual([]);
  });

  it('holds each key in one area only (a spread would hide the other silently)', async () => {
    const dir = join(ROOT, 'src', 'i18n', 'catalogue');
    const where = new Map<string, string[]>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const area: Record<string, object> = await import(join(dir, file));
      for (const messages of Object.values(area)) for (const key of Object.keys(messages)) where.set(key, [...(where.get(key) ?? []), file]);
    }
    expect([...where].filter(([, files]) => files.length > 1)).toEqual([]);
    expect([...where.keys()].sort()).toEqual([...allMessageKeys()].sort());
  });
});
