/**
 * Small builders for the form definitions, so each form file reads like its table in
 * spec/forms.md (field, 中文, English, aliases, type, R). Header aliases are exactly those of
 * forms.md; enumeration synonyms are forms.md's plus a few everyday words advisors type
 * (未接 for 未接通, 拒绝 for 无意向 ...), none of which could mean another value of the field.
 */
import type { AnyRecord, Origin } from '../model/records.js';
import type { CellValue } from '../read/types.js';
import type { EnumField, EnumValue, FieldDef, FieldKey, FormDef, PlainField, PlainType } from './types.js';

/** One enumeration value: stored `value`, accepted as its Chinese word, English word or a synonym. */
export function choice<V extends string>(value: V, zh: string, en: string, ...synonyms: string[]): EnumValue<V> {
  return { value, zh, en, synonyms };
}

/** The values of every yes/no (bool) field: stored as true for `yes`, false for `no`. */
export const YES_NO: readonly EnumValue<'yes' | 'no'>[] = [
  choice('yes', '是', 'yes', 'y', 'true', '√', '✓', '✔', '1', '有', '对'),
  choice('no', '否', 'no', 'n', 'false', '×', '✗', '✘', '0', '无', '不是'),
];

interface FieldOptions {
  aliases?: string[];
  required?: boolean;
}

/** One field; `required` is the R mark of forms.md. An `enum` field lists its values. */
export function field<K extends string, V extends string>(key: K, zh: string, en: string, type: 'enum', options: FieldOptions & { values: readonly EnumValue<V>[] }): EnumField<K, V>;
export function field<K extends string, T extends PlainType>(key: K, zh: string, en: string, type: T, options?: FieldOptions & { values?: readonly EnumValue[] }): PlainField<K, T>;
export function field(key: string, zh: string, en: string, type: PlainType | 'enum', options: FieldOptions & { values?: readonly EnumValue[] } = {}): PlainField | EnumField {
  const base = { key, zh, en, aliases: options.aliases ?? [], required: options.required ?? false };
  if (type === 'enum') return { ...base, type, values: options.values ?? [] };
  const def: PlainField = { ...base, type };
  if (type === 'bool') def.values = options.values ?? YES_NO;
  else if (options.values) def.values = options.values;
  return def;
}

/** What a form file declares: FormDef without what defineForm makes from it. */
type FormSpec<R extends AnyRecord> = Omit<FormDef<R>, 'record' | 'valuesOf' | 'dateOf'>;

/**
 * The keys of R that neither a field nor `derivedKeys` fills, as a property the spec then lacks
 * (`{ unfilled: 'phone' }`): a compile error names the key a form forgot.
 */
type Complete<R, F extends readonly { key: string }[], D extends readonly string[]> = [Exclude<FieldKey<R>, F[number]['key'] | D[number]>] extends [never]
  ? unknown
  : { unfilled: Exclude<FieldKey<R>, F[number]['key'] | D[number]> };

/**
 * The form whose rows are records R: `defineForm<CallRecord>()({ id: 'calls', fields: [...] })`.
 * Each field's key must be a property of R and read a value that property takes (FieldDef<R>),
 * and every property of R must be a field or a derived key.
 */
export function defineForm<R extends AnyRecord>() {
  return <const F extends readonly FieldDef<R>[], const D extends readonly FieldKey<R>[] = []>(
    spec: FormSpec<R> & { fields: F; derivedKeys?: D } & Complete<R, F, D>,
  ): FormDef<R> => {
    const keys: readonly string[] = [...spec.fields.map((f) => f.key), ...(spec.derivedKeys ?? [])];
    const derive = spec.derive;
    const datedBy = spec.datedBy;
    return {
      ...spec,
      record(values: readonly unknown[], origin: Origin, cellOf?: (key: string) => CellValue): R {
        // Set in order, origin first and then the fields, as JSON shows them; plain keyed writes
        // (Reflect.set is 4x slower over a million rows).
        const built: Record<string, unknown> = { origin };
        for (let i = 0; i < keys.length; i++) built[keys[i]!] = values[i] ?? null;
        // The one assertion of the forms layer, which TypeScript cannot see through a loop: the
        // object is an R, since Complete makes the fields and derivedKeys every key of R and
        // FieldDef<R> makes each field read a value its key takes (derive sets the others).
        const record = built as unknown as R;
        if (cellOf) derive?.(record, cellOf);
        return record;
      },
      valuesOf: (record: R): unknown[] => keys.map((k) => Reflect.get(record, k)),
      dateOf(record: R): string | null {
        if (datedBy === undefined) return null;
        const d = record[datedBy];
        return typeof d === 'string' ? d : null;
      },
    };
  };
}
