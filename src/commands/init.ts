/** `clubcrm init [DIR]` (spec/commands.md): a workspace with every default and the blank templates. */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONFIG_FILE } from '../config/load.js';
import { ClubError } from '../errors.js';
import { FORM_DEFS } from '../forms/index.js';
import { setLang } from '../i18n/index.js';
import { cliCommand } from '../io/invocation.js';
import { writeErrorReason, writeOutput } from '../io/write-output.js';
import { FORM_IDS } from '../model/records.js';
import type { CommonOptions } from '../options.js';
import { renderInit } from '../render/workspace-view.js';
import { RULE_SPECS } from '../rules/index.js';
import { writeTemplates } from '../templates/write-templates.js';
import { initialConfigText, parseAdvisorList } from '../workspace/init-config.js';
import { WORKSPACE_DIRS } from '../workspace/layout.js';

export async function run(operands: string[], options: CommonOptions): Promise<number> {
  const lang = options.lang ?? 'zh';
  setLang(lang);
  const dir = resolve(process.cwd(), operands[0] ?? '.');
  const configPath = join(dir, CONFIG_FILE);
  const advisors = options.advisors !== undefined ? parseAdvisorList(options.advisors) : [];
  if (options.advisors !== undefined && advisors.length === 0) throw new ClubError('error.bad-advisors-option', {});
  if (existsSync(configPath) && !options.force) {
    throw new ClubError('error.workspace-exists', { path: configPath });
  }
  try {
    for (const sub of [WORKSPACE_DIRS.sheets, WORKSPACE_DIRS.reports, WORKSPACE_DIRS.templates]) {
      mkdirSync(join(dir, sub), { recursive: true });
    }
  } catch (err) {
    throw new ClubError('error.output-unwritable', { path: dir, reason: writeErrorReason(err) }, { cause: err });
  }
  await writeOutput(configPath, initialConfigText(RULE_SPECS, lang, advisors), { force: options.force });
  // Existing templates (a re-init) are kept unless --force: the supervisor may have adapted them.
  const templates = await writeTemplates(
    join(dir, WORKSPACE_DIRS.templates),
    FORM_IDS.map((id) => FORM_DEFS[id]),
    lang,
    { force: options.force, skipExisting: true },
  );
  process.stdout.write(renderInit(dir, configPath, templates, cliCommand()));
  return 0;
}
