/** `clubcrm templates [--out DIR]` (spec/commands.md): one blank .xlsx per form. */
import { resolve } from 'node:path';
import { findWorkspace, resolveConfig } from '../config/load.js';
import { decodeConfigText } from './config-text.js';
import { FORM_DEFS } from '../forms/index.js';
import { setLang } from '../i18n/index.js';
import { FORM_IDS } from '../model/records.js';
import type { CommonOptions } from '../options.js';
import { renderTemplates } from '../render/workspace-view.js';
import { writeTemplates } from '../templates/write-templates.js';
import { workspaceDir } from '../workspace/layout.js';

export async function run(_operands: string[], options: CommonOptions): Promise<number> {
  const cwd = process.cwd();
  // Inside a workspace: its language and its templates/ folder; elsewhere: Chinese, the current folder.
  const workspace = findWorkspace(undefined, cwd);
  const lang = options.lang ?? (workspace ? resolveConfig(workspace, decodeConfigText).lang : 'zh');
  setLang(lang);
  const dir = options.out ? resolve(cwd, options.out) : workspace ? workspaceDir(workspace, 'templates') : cwd;
  const written = await writeTemplates(dir, FORM_IDS.map((id) => FORM_DEFS[id]), lang, { force: options.force });
  process.stdout.write(renderTemplates(dir, written));
  return 0;
}
