/**
 * `clubcrm templates [--out DIR] [--advisor NAME --week DATE]` (spec/commands.md): one .xlsx per
 * form. In a workspace they know the center: its name in the title, its advisors in the advisor
 * column's dropdown, an instructions sheet; `--advisor` (and `--week`) make one advisor's own
 * sheets with the advisor and the week's dates offered.
 */
import { resolve } from 'node:path';
import { addDays } from '../calendar/local-date.js';
import { ClubError } from '../errors.js';
import { FORM_DEFS } from '../forms/index.js';
import { FORM_IDS } from '../model/records.js';
import type { CommonOptions } from '../options.js';
import { renderTemplates } from '../render/workspace-view.js';
import type { TemplateContext } from '../templates/form-template.js';
import { writeTemplates } from '../templates/write-templates.js';
import { workspaceDir } from '../workspace/layout.js';
import { resolveContext, resolveWeek } from './context.js';

export async function run(_operands: string[], options: CommonOptions): Promise<number> {
  const cwd = process.cwd();
  // Inside a workspace: its config, language and templates/ folder; elsewhere: defaults, the current folder.
  const ctx = resolveContext(options, cwd);
  const lang = ctx.config.lang;
  const dir = options.out ? resolve(cwd, options.out) : ctx.workspace ? workspaceDir(ctx.workspace, 'templates') : cwd;
  const advisors = ctx.config.advisors.filter((a) => a.active).map((a) => a.name);
  const context: TemplateContext = { center: ctx.config.center, advisors };
  if (options.advisor !== undefined) {
    const typed = options.advisor.trim();
    const known = ctx.config.advisors.find((a) => a.name === typed || a.aliases.includes(typed));
    if (ctx.config.advisors.length > 0 && !known) {
      throw new ClubError('templates.error.unknown-advisor', { name: typed, advisors: advisors.join('、') || '—' });
    }
    context.advisor = known?.name ?? typed;
  }
  if (options.week !== undefined) {
    const week = resolveWeek(options, ctx);
    context.week = { start: week.start, end: week.end, dates: Array.from({ length: 7 }, (_, i) => addDays(week.start, i)) };
  }
  // A personal sheet is for the forms an advisor fills in (those with an advisor column).
  const forms = FORM_IDS.map((id) => FORM_DEFS[id]).filter((f) => !context.advisor || f.fields.some((x) => x.key === 'advisor'));
  const written = await writeTemplates(dir, forms, lang, { force: options.force, context });
  process.stdout.write(renderTemplates(dir, written));
  return 0;
}
