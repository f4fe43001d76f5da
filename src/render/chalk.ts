/**
 * chalk, loaded only when it may colour something. Loading it costs a cold run ~20 ms of its
 * start-up (its colour detection imports node:tty, and with it node:net and the streams), yet
 * when stdout is not a terminal and nothing forces colour (a report written by a script, every
 * captured or piped run) its level is 0 and every style returns its text unchanged: `plain`
 * does that without loading it. Whenever chalk's own detection could say anything but 0, chalk
 * is loaded and decides, so what is printed is what chalk would print.
 */
import type { ChalkInstance } from 'chalk';

/**
 * Whether chalk's colour level (its vendored supports-color, for stdout) is surely 0: FORCE_COLOR
 * set to 0 or false (which wins over everything), or none of what could colour a stream that is
 * not a terminal: FORCE_COLOR, a --color/--no-color flag, Azure Pipelines (coloured regardless).
 */
export function surelyUncoloured(env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = process.argv, stdoutIsTTY: boolean = process.stdout.isTTY === true): boolean {
  if ('FORCE_COLOR' in env) return env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false';
  if (argv.some((a) => a.startsWith('--color') || a.startsWith('--no-color'))) return false;
  if ('TF_BUILD' in env && 'AGENT_NAME' in env) return false;
  return !stdoutIsTTY;
}

/** chalk's model methods: functions of a colour that return a style. */
const MODELS = new Set(['rgb', 'hex', 'ansi256', 'bgRgb', 'bgHex', 'bgAnsi256']);

/**
 * chalk at level 0: every style and chain of styles returns its text as chalk's does (its
 * arguments joined by spaces, as text), `visible` the empty string.
 */
export function plainChalk(empty = false): ChalkInstance {
  const apply = (...args: unknown[]): string => (empty ? '' : args.length === 1 ? '' + (args[0] as string) : args.join(' '));
  let visible: ChalkInstance | undefined;
  const self: ChalkInstance = new Proxy(apply, {
    get(target, prop) {
      if (prop === 'level') return 0;
      if (typeof prop !== 'string') return Reflect.get(target, prop);
      if (prop === 'visible') return (visible ??= plainChalk(true));
      if (MODELS.has(prop)) return () => self;
      return self;
    },
    set: () => true,
  }) as unknown as ChalkInstance;
  return self;
}

const chalk: ChalkInstance = surelyUncoloured() ? plainChalk() : (await import('chalk')).default;
export default chalk;
