/**
 * The lazily loaded chalk (src/render/chalk.ts): chalk is left unloaded only when its own colour
 * detection would surely say level 0, and the plain stand-in prints what chalk prints at level 0.
 */
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { plainChalk, surelyUncoloured } from '../../src/render/chalk.js';

describe('surelyUncoloured', () => {
  const argv = ['node', 'clubcrm', 'check'];
  it('is true for a stream that is not a terminal, with nothing forcing colour', () => {
    expect(surelyUncoloured({}, argv, false)).toBe(true);
    expect(surelyUncoloured({ TERM: 'xterm-256color', COLORTERM: 'truecolor', CI: '1', GITHUB_ACTIONS: '1' }, argv, false)).toBe(true);
  });
  it('is true whenever FORCE_COLOR is 0 or false, terminal or not', () => {
    for (const v of ['0', 'false']) {
      expect(surelyUncoloured({ FORCE_COLOR: v }, argv, true)).toBe(true);
      expect(surelyUncoloured({ FORCE_COLOR: v }, [...argv, '--color'], false)).toBe(true);
    }
  });
  it('leaves chalk to decide on a terminal, with FORCE_COLOR, a colour flag, or on Azure Pipelines', () => {
    expect(surelyUncoloured({}, argv, true)).toBe(false);
    for (const v of ['', '1', '2', '3', 'true']) expect(surelyUncoloured({ FORCE_COLOR: v }, argv, false)).toBe(false);
    for (const flag of ['--color', '--colors', '--color=256', '--color=16m', '--no-color']) expect(surelyUncoloured({}, [...argv, flag], false)).toBe(false);
    expect(surelyUncoloured({ TF_BUILD: 'True', AGENT_NAME: 'Hosted' }, argv, false)).toBe(false);
  });
});

describe('the plain stand-in', () => {
  const plain = plainChalk();
  const real = new Chalk({ level: 0 });
  it('prints what chalk prints at level 0, for styles, chains and arguments', () => {
    const args: unknown[][] = [['周报'], [''], [42], [null], [undefined], ['a', 'b', 3], [], [new Date(0)]];
    const styles = [
      (c: typeof real) => c.bold,
      (c: typeof real) => c.green,
      (c: typeof real) => c.red.bold,
      (c: typeof real) => c.bold.yellow,
      (c: typeof real) => c.dim,
      (c: typeof real) => c.gray,
      (c: typeof real) => c.hex('#ff0000').bold,
      (c: typeof real) => c.bgRgb(1, 2, 3),
      (c: typeof real) => c.visible,
      (c: typeof real) => c.bold.visible.red,
    ];
    for (const style of styles) {
      for (const a of args) expect(style(plain)(...a)).toBe(style(real)(...a));
    }
    expect(plain('x')).toBe(real('x'));
    expect(plain.level).toBe(0);
  });
});
