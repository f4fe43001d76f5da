/** Writes the blank template of every form into a folder (used by `templates` and `init`). */
import { join } from 'node:path';
import type { Lang } from '../config/types.js';
import type { SomeFormDef } from '../forms/types.js';
import { ensureWritable } from '../io/write-output.js';
import { saveExcelJsWorkbook } from '../workbook/exceljs-workbook.js';
import { buildTemplate, templateFileName, type TemplateContext } from './form-template.js';

/** What happened to one template file. */
export interface TemplateWritten {
  form: string;
  path: string;
  /** `kept`: it existed and `skipExisting` was asked for. */
  action: 'written' | 'kept';
}

/**
 * Writes one template per form into `dir`. Every target is checked before the first is
 * written, so a refusal (existing file without --force) leaves the folder as it was; with
 * `skipExisting`, existing files are kept instead of refused.
 */
export async function writeTemplates(
  dir: string,
  forms: readonly SomeFormDef[],
  lang: Lang,
  options: { force?: boolean; skipExisting?: boolean; context?: TemplateContext } = {},
): Promise<TemplateWritten[]> {
  // One advisor's own sheets: 顾问每日工作日程表_张伟_2026-11-25.xlsx.
  const ctx = options.context;
  const suffix = ctx?.advisor ? `_${ctx.advisor}${ctx.week ? `_${ctx.week.start}` : ''}` : '';
  const plan = forms.map((form) => ({ form, path: join(dir, templateFileName(form, lang).replace(/\.xlsx$/, `${suffix}.xlsx`)) }));
  const kept = new Set<string>();
  for (const { path } of plan) {
    if (options.skipExisting && !options.force) {
      try {
        ensureWritable(path, false);
      } catch {
        kept.add(path);
      }
    } else {
      ensureWritable(path, options.force);
    }
  }
  const done: TemplateWritten[] = [];
  for (const { form, path } of plan) {
    if (kept.has(path)) {
      done.push({ form: form.id, path, action: 'kept' });
      continue;
    }
    await saveExcelJsWorkbook(await buildTemplate(form, lang, ctx), path, options.force);
    done.push({ form: form.id, path, action: 'written' });
  }
  return done;
}
