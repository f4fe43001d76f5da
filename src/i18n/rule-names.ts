/** A rule's or a consequence's name in the user's words (catalogue/rule-names.ts). */
import type { Lang } from './lang.js';
import { hasMessage, t } from './index.js';

/** 每周有效呼出 / Weekly effective calls for `calls.weekly`; an unknown id is shown as it is. */
export function ruleName(id: string, lang?: Lang): string {
  const key = `rule-name.${id}`;
  return hasMessage(key) ? t(key, {}, lang) : id;
}

/** The name of a consequence (an Action's type). */
export function consequenceName(type: string, lang?: Lang): string {
  const key = `consequence-name.${type}`;
  return hasMessage(key) ? t(key, {}, lang) : type;
}
