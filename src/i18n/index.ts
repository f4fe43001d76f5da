/**
 * The one message catalogue: every user-facing sentence, Chinese (default) and English.
 * Messages live in `catalogue/<area>.ts` (one file per area, so areas do not collide) and are
 * looked up by key with `{placeholder}` parameters.
 */
import type { Lang } from './lang.js';
import { common } from './catalogue/common.js';
import { read } from './catalogue/read.js';
import { forms } from './catalogue/forms.js';
import { engine } from './catalogue/engine.js';
import { weekly } from './catalogue/weekly.js';
import { reallocation } from './catalogue/reallocation.js';
import { director } from './catalogue/director.js';
import { workspace } from './catalogue/workspace.js';
import { ruleNames } from './catalogue/rule-names.js';
import { checkView } from './catalogue/check-view.js';
import { cli } from './catalogue/cli.js';
import { annotated } from './catalogue/annotated.js';
import { analysis } from './catalogue/analysis.js';
import { csv } from './catalogue/csv.js';
import { safety } from './catalogue/safety.js';
import { staff } from './catalogue/staff.js';
import { trust } from './catalogue/trust.js';
import { page } from './catalogue/page.js';

/** A message in both languages. */
export interface Message {
  zh: string;
  en: string;
}

const CATALOGUE: Record<string, Message> = {
  ...common,
  ...read,
  ...forms,
  ...engine,
  ...weekly,
  ...reallocation,
  ...director,
  ...workspace,
  ...ruleNames,
  ...checkView,
  ...cli,
  ...annotated,
  ...analysis,
  ...csv,
  ...safety,
  ...staff,
  ...trust,
  ...page,
};

let current: Lang = 'zh';

/** Sets the language of every later message (the CLI does this once, from --lang or the config). */
export function setLang(lang: Lang): void {
  current = lang;
}

export function getLang(): Lang {
  return current;
}

/** Whether the key exists (tests check both languages of every key). */
export function hasMessage(key: string): boolean {
  return key in CATALOGUE;
}

export function allMessageKeys(): string[] {
  return Object.keys(CATALOGUE);
}

/** The message `key` in the current language (or `lang`), with `{name}` replaced from params. */
export function t(key: string, params: Record<string, unknown> = {}, lang: Lang = current): string {
  const msg = CATALOGUE[key];
  if (!msg) return key;
  // `{n|renewal|renewals}`: the singular when n is 1 (English plurals: "1 renewal", "2 renewals").
  return msg[lang]
    .replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (whole, name: string, one: string, many: string) =>
      name in params ? (Number(params[name]) === 1 ? one : many) : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
