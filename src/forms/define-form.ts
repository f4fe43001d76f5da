/**
 * Small builders for the form definitions, so each form file reads like its table in
 * spec/forms.md (field, 中文, English, aliases, type, R). Header aliases are exactly those of
 * forms.md; enumeration synonyms are forms.md's plus a few everyday words advisors type
 * (未接 for 未接通, 拒绝 for 无意向 ...), none of which could mean another value of the field.
 */
import type { EnumValue, FieldDef, FieldType } from './types.js';

/** One enumeration value: stored `value`, accepted as its Chinese word, English word or a synonym. */
export function choice(value: string, zh: string, en: string, ...synonyms: string[]): EnumValue {
  return { value, zh, en, synonyms };
}

/** The values of every yes/no (bool) field: stored as true for `yes`, false for `no`. */
export const YES_NO: EnumValue[] = [
  choice('yes', '是', 'yes', 'y', 'true', '√', '✓', '✔', '1', '有', '对'),
  choice('no', '否', 'no', 'n', 'false', '×', '✗', '✘', '0', '无', '不是'),
];

interface FieldOptions {
  aliases?: string[];
  required?: boolean;
  values?: EnumValue[];
}

/** One field; `required` is the R mark of forms.md. Its key keeps its literal type (forms/calls.ts checks it). */
export function field<K extends string>(key: K, zh: string, en: string, type: FieldType, options: FieldOptions = {}): FieldDef & { key: K } {
  const def: FieldDef & { key: K } = { key, zh, en, aliases: options.aliases ?? [], type, required: options.required ?? false };
  if (type === 'bool') def.values = options.values ?? YES_NO;
  else if (options.values) def.values = options.values;
  return def;
}
