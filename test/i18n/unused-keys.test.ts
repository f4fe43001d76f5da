/**
 * Every message in the catalogue is one the code can print: named literally in src/, reached
 * through a key built at run time from a literal prefix (`fix.${code}`), or the `.hint` of a
 * message that is. A message nothing prints is text nobody maintains (eight were found dead when
 * this test was written: old check-table and about-sheet lines).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allMessageKeys, hasMessage } from '../../src/i18n/index.js';

const SRC = new URL('../../src/', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'catalogue' ? [] : sources(path);
    return path.endsWith('.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}

/** The keys no code can reach, by the rules above. */
export function unusedKeys(keys: readonly string[], code: string): string[] {
  const prefixes = [...code.matchAll(/`([A-Za-z0-9._-]+)\$\{/g)].map((m) => m[1]!);
  const named = (k: string) => code.includes(`'${k}'`) || code.includes(`"${k}"`) || prefixes.some((p) => k.startsWith(p));
  return keys.filter((k) => !(named(k) || (k.endsWith('.hint') && hasMessage(k.slice(0, -'.hint'.length)))));
}

describe('message catalogue', () => {
  it('holds no message the code cannot print', () => {
    expect(unusedKeys(allMessageKeys(), sources(SRC).join('\n'))).toEqual([]);
  });

  it('tells a dead key from a live one (literal, built from a prefix, a hint)', () => {
    const code = "t('cli.version'); t(`fix.${code}`);";
    expect(unusedKeys(['cli.version', 'fix.anything', 'cli.version.hint', 'cli.help'], code)).toEqual(['cli.help']);
  });
});
