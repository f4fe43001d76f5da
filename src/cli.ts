/**
 * The commander program: every verb and its flags, and the only place that turns errors into
 * exit codes. Each verb's module is loaded only when that verb runs, to keep start-up short.
 */
import { Command, CommanderError, Option } from 'commander';
import { ClubError } from './errors.js';
import { setLang, t, type KeysUnder, type MessageKey } from './i18n/index.js';
import type { Lang } from './config/types.js';
import { READING_OPTIONS, SHARED_OPTIONS, type CommonOptions, type Describe, type SharedOptionName } from './options.js';
import { maskPhones } from './privacy/mask.js';
import { localizeCommander } from './cli-i18n.js';
import { cliCommand } from './io/invocation.js';
import { tierForShortRun } from './io/v8-tiering.js';
import { terminalName } from './render/terminal-text.js';

import { VERSION as version } from './version.js';

/** A verb's entry point: operands and options in, exit code out. */
export type VerbRun = (operands: string[], options: CommonOptions) => Promise<number>;

interface VerbSpec {
  /** The verb, described by the catalogue's `cli.verb.<name>`. */
  name: KeysUnder<'cli.verb.'>;
  args?: string;
  options: SharedOptionName[];
  extra?: (d: Describe) => Option[];
  load: () => Promise<{ run: VerbRun }>;
}

const VERBS: VerbSpec[] = [
  {
    name: 'init',
    args: '[dir]',
    options: ['lang', 'force'],
    extra: (d) => [new Option('--advisors <names>', d('opt.advisors'))],
    load: () => import('./commands/init.js'),
  },
  {
    name: 'templates',
    options: ['dir', 'out', 'lang', 'force', 'week'],
    extra: (d) => [new Option('--advisor <name>', d('opt.advisor'))],
    load: () => import('./commands/templates.js'),
  },
  {
    name: 'import',
    args: '<paths...>',
    options: ['dir', 'asOf', 'lang', 'json', 'force'],
    extra: (d) => [new Option('--annotate', d('opt.annotate'))],
    load: () => import('./commands/import.js'),
  },
  {
    name: 'check',
    options: [...READING_OPTIONS, 'week'],
    extra: (d) => [new Option('--all', d('opt.all')), new Option('--messages', d('opt.messages'))],
    load: () => import('./commands/check.js'),
  },
  {
    name: 'weekly-report',
    options: [...READING_OPTIONS, 'week', 'out', 'force', 'noImage'],
    load: () => import('./commands/weekly-report.js'),
  },
  {
    name: 'reallocate',
    options: [...READING_OPTIONS, 'week', 'month', 'out', 'force'],
    extra: (d) => [
      new Option('--seed <n>', d('opt.seed')),
      new Option('--hold <name...>', d('opt.hold')),
    ],
    load: () => import('./commands/reallocate.js'),
  },
  {
    name: 'director-summary',
    options: [...READING_OPTIONS, 'month', 'out', 'force', 'noImage'],
    load: () => import('./commands/director-summary.js'),
  },
  { name: 'rules', options: ['dir', 'lang', 'json'], load: () => import('./commands/rules.js') },
  { name: 'inspect', args: '<files...>', options: READING_OPTIONS, load: () => import('./commands/inspect.js') },
  { name: 'cache', args: '<action>', options: ['dir', 'lang'], load: () => import('./commands/cache.js') },
];

/** The language asked for on the command line, before commander parses (so --help is localized too). */
function langFromArgv(argv: string[]): Lang | undefined {
  const i = argv.indexOf('--lang');
  const v = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--lang='))?.slice(7);
  return v === 'en' || v === 'zh' ? v : undefined;
}

function buildProgram(setExit: (code: number) => void): Command {
  const d = (key: MessageKey) => t(key);
  const program = new Command('clubcrm')
    .description(d('cli.description'))
    .version(version, '-v, --version', d('cli.version'))
    .helpOption('-h, --help', d('cli.help'))
    .showSuggestionAfterError()
    .exitOverride();
  localizeCommander(program);
  for (const verb of VERBS) {
    const cmd = program.command(verb.args ? `${verb.name} ${verb.args}` : verb.name).description(d(`cli.verb.${verb.name}`));
    cmd.helpOption('-h, --help', d('cli.help'));
    for (const name of verb.options) cmd.addOption(SHARED_OPTIONS[name](d));
    for (const opt of verb.extra?.(d) ?? []) cmd.addOption(opt);
    cmd.action(async (...args: unknown[]) => {
      const command = args[args.length - 1] as Command;
      const operands = command.args;
      const options = command.opts() as CommonOptions;
      if (options.lang) setLang(options.lang);
      const mod = await verb.load();
      setExit(await mod.run(operands, options));
    });
  }
  return program;
}

/** Prints a stopping error once, in the user's language, without a stack trace. */
export function reportError(err: unknown): number {
  if (err instanceof ClubError) {
    // File and sheet names in a message are the user's: control characters shown as escapes.
    process.stderr.write(`${t('error.prefix')}${t('word.colon')}${terminalName(maskPhones(err.localized()))}\n`);
    const hint = err.localizedHint({ cmd: cliCommand() });
    if (hint) process.stderr.write(`${t('error.hint')}${t('word.colon')}${terminalName(maskPhones(hint))}\n`);
    return err.exitCode;
  }
  const detail = err instanceof Error ? err.message : String(err);
  process.stderr.write(`${t('error.prefix')}${t('word.colon')}${terminalName(maskPhones(t('error.internal', { detail })))}\n`);
  if (process.env.CLUBCRM_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  return 2;
}

export async function main(argv: string[]): Promise<number> {
  const lang = langFromArgv(argv) ?? (process.env.CLUBCRM_LANG === 'en' ? 'en' : undefined);
  if (lang) setLang(lang);
  let code = 0;
  const program = buildProgram((c) => (code = c));
  try {
    // -V (commander's habit) still prints the version; -v is the documented flag.
    await program.parseAsync(argv[0] === '-V' && argv.length === 1 ? ['-v'] : argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version exit 0; usage errors were already printed by commander.
      return err.exitCode === 0 ? 0 : 2;
    }
    return reportError(err);
  }
}

// `clubcrm check --json | head`: the reader went away; that is not an error worth a message.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

process.on('uncaughtException', (err) => {
  process.exitCode = reportError(err);
});
process.on('unhandledRejection', (err) => {
  process.exitCode = reportError(err);
});

// Most commands are short: V8 optimises late until a command turns out long (io/v8-tiering.ts).
tierForShortRun();
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
