import { describe, expect, it } from 'vitest';
import { typeErrors } from '../support/type-errors.js';

describe('FormDef<R> is typed by its record', () => {
  it('refuses a field that is not a property, reads a value the property cannot take, or a property no field fills', () => {
    const errors = typeErrors(`
      import { choice, defineForm, field } from '../src/forms/define-form.js';
      import type { TalkRecord } from '../src/model/records.js';
      const fields = {
        date: field('date', '日期', 'Date', 'date', { required: true }),
        advisor: field('advisor', '顾问', 'Advisor', 'name', { required: true }),
        kind: field('kind', '形式', 'Kind', 'enum', { values: [choice('formal', '正式', 'formal'), choice('informal', '非正式', 'informal')] }),
        notes: field('notes', '内容', 'Notes', 'text'),
      };
      const base = { id: 'talks', zh: '沟通记录表', en: 'Talks', sheetNames: [], essential: ['date', 'advisor'], datedBy: 'date' } as const;
      export const ok = defineForm<TalkRecord>()({ ...base, sheetNames: [], essential: ['date', 'advisor'], fields: [fields.date, fields.advisor, fields.kind, fields.notes] });
      const record: TalkRecord = ok.record(['2026-11-20', '张伟', 'formal', null], { file: 'a.xlsx', sheet: null, row: 2 });
      export const wrongKey = defineForm<TalkRecord>()({ ...base, sheetNames: [], essential: ['date'], fields: [fields.date, fields.advisor, fields.kind, fields.notes,
        // @ts-expect-error: TalkRecord has no property topic
        field('topic', '主题', 'Topic', 'text')] });
      export const wrongValue = defineForm<TalkRecord>()({ ...base, sheetNames: [], essential: ['date'], fields: [fields.date, fields.advisor, fields.notes,
        // @ts-expect-error: 'phone' is not a TalkKind
        field('kind', '形式', 'Kind', 'enum', { values: [choice('formal', '正式', 'formal'), choice('phone', '电话', 'phone')] })] });
      export const wrongType = defineForm<TalkRecord>()({ ...base, sheetNames: [], essential: ['date'], fields: [fields.date, fields.advisor, fields.kind,
        // @ts-expect-error: a number is not the notes' text
        field('notes', '内容', 'Notes', 'number')] });
      // @ts-expect-error: no field fills notes
      export const unfilled = defineForm<TalkRecord>()({ ...base, sheetNames: [], essential: ['date'], fields: [fields.date, fields.advisor, fields.kind] });
      // @ts-expect-error: essential names a property of the record
      export const badEssential = defineForm<TalkRecord>()({ ...base, sheetNames: [], essential: ['day'], fields: [fields.date, fields.advisor, fields.kind, fields.notes] });
      export { record };
    `);
    expect(errors).toEqual([]);
  });
});
