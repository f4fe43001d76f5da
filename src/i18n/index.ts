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
import { analysis } from './catalogue/analysis.js';
import { ruleNames } from './catalogue/rule-names.js';
import { checkView } from './catalogue/check-view.js';
import { cli } from './catalogue/cli.js';
import { annotated } from './catalogue/annotated.js';
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

/**
 * One area's messages by key (`export const area = {...} satisfies Catalogue`): every key has
 * both languages, so a missing English (or Chinese) text fails to compile, and `satisfies`
 * keeps the keys themselves in the type for MessageKey.
 */
export type Catalogue = Record<string, Message>;

const CATALOGUE = {
  ...common,
  ...read,
  ...forms,
  ...engine,
  ...weekly,
  ...reallocation,
  ...director,
  ...workspace,
  ...analysis,
  ...ruleNames,
  ...checkView,
  ...cli,
  ...annotated,
  ...csv,
  ...safety,
  ...staff,
  ...trust,
  ...page,
};

/** Every key of the catalogue: `t` takes only these, so an unknown key fails to compile. */
export type MessageKey = keyof typeof CATALOGUE;

/**
 * What follows `prefix` in the keys that start with it: `KeysUnder<'cli.verb.'>` is
 * 'init' | 'check' | ..., the names a run-time key `cli.verb.${name}` may be made of.
 */
export type KeysUnder<P extends string, K extends string = MessageKey> = K extends `${P}${infer Rest}` ? Rest : never;

let current: Lang = 'zh';

/** Sets the language of every later message (the CLI does this once, from --lang or the config). */
export function setLang(lang: Lang): void {
  current = lang;
}

export function getLang(): Lang {
  return current;
}

/**
 * Whether a key made at run time (`rule-name.${id}` for an id read from a config) is in the
 * catalogue; as a type guard it is the typed way from such a string to `t`.
 */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(CATALOGUE, key);
}

/** Every key (tests check both languages of every key). */
export function allMessageKeys(): MessageKey[] {
  return Object.keys(CATALOGUE).filter(hasMessage);
}

/** The message `key` in the current language (or `lang`), with `{name}` replaced from params. */
export function t(key: MessageKey, params: Record<string, unknown> = {}, lang: Lang = current): string {
  // Typed callers cannot miss; a test or a plain-JS caller with an unknown key gets the key back.
  const msg: Message | undefined = CATALOGUE[key];
  if (!msg) return key;
  // `{n|renewal|renewals}`: the singular when n is 1 (English plurals: "1 renewal", "2 renewals").
  return msg[lang]
    .replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (whole, name: string, one: string, many: string) =>
      name in params ? (Number(params[name]) === 1 ? one : many) : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
