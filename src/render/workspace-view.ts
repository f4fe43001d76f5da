/** Terminal text of `init` and `templates`: what was written, and what to do next. */
import { relative, resolve } from 'node:path';
import chalk from './chalk.js';
import { t } from '../i18n/index.js';
import { shellQuote } from '../io/invocation.js';
import type { TemplateWritten } from '../templates/write-templates.js';

function shown(path: string, from: string = process.cwd()): string {
  const rel = relative(from, path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}

function templateLines(templates: TemplateWritten[]): string[] {
  return templates.map((w) =>
    `  ${w.action === 'written' ? chalk.green('✔') : chalk.dim('–')} ${shown(w.path)}${w.action === 'kept' ? chalk.dim(` (${t('init.kept')})`) : ''}`,
  );
}

/** What `init` prints. */
export function renderInit(dir: string, configPath: string, templates: TemplateWritten[], cmd: string): string {
  // The user stays where they ran init: name the workspace unless it is that folder.
  const dirArg = resolve(dir) === resolve(process.cwd()) ? '' : ` --dir ${shellQuote(shown(dir))}`;
  const lines = [
    chalk.bold(t('init.done', { dir: shown(dir) })),
    `  ${t('init.config', { path: shown(configPath) })}`,
    `  ${t('init.templates', { count: templates.length })}`,
    ...templateLines(templates),
    '',
    chalk.bold(t('init.next')),
    `  1. ${t('init.next.advisors', { path: shown(configPath) })}`,
    `  2. ${t('init.next.templates')}`,
    `  3. ${t('init.next.import', { cmd, dirArg })}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** What `templates` prints. */
export function renderTemplates(dir: string, templates: TemplateWritten[]): string {
  return `${[chalk.bold(t('templates.done', { count: templates.length, dir: shown(dir) })), ...templateLines(templates)].join('\n')}\n`;
}
