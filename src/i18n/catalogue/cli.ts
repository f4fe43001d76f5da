/** commander's own texts in the user's language (src/cli-i18n.ts). */
import type { Catalogue } from '../index.js';

export const cli = {
  /** The one colon style: full-width in Chinese (no space after it), ': ' in English. */
  'word.colon': { zh: '：', en: ': ' },
  'word.list-sep': { zh: '、', en: ', ' },
  'cli.title.usage': { zh: '用法：', en: 'Usage:' },
  'cli.title.options': { zh: '选项：', en: 'Options:' },
  'cli.title.commands': { zh: '命令：', en: 'Commands:' },
  'cli.title.arguments': { zh: '参数：', en: 'Arguments:' },
  'cli.title.global-options': { zh: '全局选项：', en: 'Global options:' },
  'cli.usage.options': { zh: '[选项]', en: '[options]' },
  'cli.usage.command': { zh: '[命令]', en: '[command]' },
  'cli.help.choices': { zh: '可选：{choices}', en: 'choices: {choices}' },
  'cli.arg.paths': { zh: '文件或文件夹', en: 'paths' },
  'cli.arg.files': { zh: '文件', en: 'files' },
  'cli.arg.dir': { zh: '文件夹', en: 'dir' },
  'cli.arg.command': { zh: '命令', en: 'command' },
  'cli.help-command': { zh: '显示某个命令的帮助', en: 'show help for a command' },
  'cli.error.unknown-command': { zh: '错误：没有这个命令：{name}（运行 {cmd} --help 查看全部命令）', en: 'Error: unknown command {name} (run {cmd} --help for every command)' },
  'cli.error.unknown-option': { zh: '错误：没有这个选项：{name}（加 --help 查看这个命令的选项）', en: 'Error: unknown option {name} (add --help for the options of this command)' },
  'cli.error.missing-argument': { zh: '错误：缺少必需的参数 {name}', en: 'Error: missing the required argument {name}' },
  'cli.error.option-missing-argument': { zh: '错误：选项 {option} 后面要写一个值', en: 'Error: the option {option} needs a value' },
  'cli.error.bad-choice': { zh: '错误：选项 {option} 的值 “{value}” 无效，可选：{choices}', en: 'Error: invalid value "{value}" for {option}; choices: {choices}' },
  'cli.error.too-many-arguments': { zh: '错误：参数太多（应为 {expected} 个，实际 {got} 个）', en: 'Error: too many arguments (expected {expected}, got {got})' },
  'cli.error.did-you-mean': { zh: '（是不是要用 {names}？）', en: '(Did you mean {names}?)' },
} satisfies Catalogue;
