/**
 * commander in the user's language: its help titles, usage words and the errors it prints
 * (unknown command or option, missing argument, bad choice, too many arguments) are taken from
 * the catalogue. commander's own English is matched by pattern; a message it adds in a later
 * version and not matched here is shown as commander wrote it.
 */
import type { Command, Help, Option } from 'commander';
import { hasMessage, t, type MessageKey } from './i18n/index.js';
import { cliCommand } from './io/invocation.js';
import { displayWidth, terminalWidth, wrapLine } from './render/terminal-width.js';

const TITLES: Record<string, MessageKey> = {
  'Usage:': 'cli.title.usage',
  'Options:': 'cli.title.options',
  'Commands:': 'cli.title.commands',
  'Arguments:': 'cli.title.arguments',
  'Global Options:': 'cli.title.global-options',
};

/** commander's error patterns and the catalogue key of each (the groups are its placeholders). */
const ERRORS: [RegExp, MessageKey, string[]][] = [
  [/^error: unknown command '(.*?)'/, 'cli.error.unknown-command', ['name']],
  [/^error: unknown option '(.*?)'/, 'cli.error.unknown-option', ['name']],
  [/^error: missing required argument '(.*?)'/, 'cli.error.missing-argument', ['name']],
  [/^error: option '(.*?)' argument missing/, 'cli.error.option-missing-argument', ['option']],
  [/^error: option '(.*?)' argument '(.*?)' is invalid\. Allowed choices are (.*)\./, 'cli.error.bad-choice', ['option', 'value', 'choices']],
  [/^error: too many arguments(?: for '(.*?)')?\. Expected (\d+) arguments? but got (\d+)\./, 'cli.error.too-many-arguments', ['command', 'expected', 'got']],
];

/** An operand's name in the user's words (`paths` -> 文件或文件夹). */
function argName(name: string): string {
  const key = `cli.arg.${name}`;
  return hasMessage(key) ? t(key) : name;
}

/** A commander error text in the current language (its "Did you mean" line too). */
export function translateCommanderText(text: string): string {
  const [first, ...rest] = text.replace(/\n$/, '').split('\n');
  let line = first!;
  for (const [re, key, names] of ERRORS) {
    const m = re.exec(line);
    if (!m) continue;
    // The command that works where the user is (npx clubcrm in the clone, clubcrm once installed).
    const params: Record<string, string> = { cmd: cliCommand() };
    names.forEach((n, i) => (params[n] = n === 'name' && key === 'cli.error.missing-argument' ? argName(m[i + 1] ?? '') : (m[i + 1] ?? '')));
    line = t(key, params);
    break;
  }
  const more = rest.map((l) => {
    const m = /^\(Did you mean (?:one of )?(.*)\?\)$/.exec(l);
    return m ? t('cli.error.did-you-mean', { names: m[1] }) : l;
  });
  return `${[line, ...more].join('\n')}\n`;
}

/** Applies the language to a program before its commands are added (they inherit it). */
export function localizeCommander(program: Command): void {
  program.configureOutput({ outputError: (str, write) => write(translateCommanderText(str)) });
  program.configureHelp({
    styleTitle: (str: string) => (TITLES[str] ? t(TITLES[str]!) : str),
    styleUsage: (str: string) =>
      str
        .replace('[options]', t('cli.usage.options'))
        .replace('[command]', t('cli.usage.command'))
        .replace(/([<[])(\w+)(\.\.\.)?([>\]])/g, (whole, open: string, name: string, dots: string | undefined, close: string) => `${open}${argName(name)}${dots ?? ''}${close}`),
    optionDescription(this: Help, option: Option): string {
      const extra: string[] = [];
      if (option.argChoices) extra.push(t('cli.help.choices', { choices: option.argChoices.join(', ') }));
      return extra.length > 0 ? `${option.description} (${extra.join(', ')})` : option.description;
    },
    // CJK characters take two columns: commander's own count would misalign the help.
    displayWidth: (str: string) => displayWidth(str),
    // Chinese has no spaces to break at: wrap by display width (commander breaks only at spaces).
    boxWrap: (str: string, width: number) => str.split('\n').flatMap((l) => wrapLine(l, width, '')).join('\n'),
    ...(Number.isFinite(terminalWidth()) ? { helpWidth: terminalWidth() } : {}),
    subcommandTerm: (cmd: Command) => {
      const args = cmd.registeredArguments.map((a) => (a.required ? `<${argName(a.name())}${a.variadic ? '...' : ''}>` : `[${argName(a.name())}${a.variadic ? '...' : ''}]`));
      return [cmd.name(), cmd.options.length > 0 ? t('cli.usage.options') : '', ...args].filter(Boolean).join(' ');
    },
  });
  program.helpCommand('help [command]', t('cli.help-command'));
}
