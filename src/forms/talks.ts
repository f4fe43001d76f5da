/** `talks` - 沟通记录表 (§1.2.3): one supervisor-advisor talk. */
import { choice, defineForm, field } from './define-form.js';
import type { TalkRecord } from '../model/records.js';

export const TALKS_FORM = defineForm<TalkRecord>()({
  id: 'talks',
  zh: '沟通记录表',
  en: 'Talks',
  sheetNames: ['沟通记录', 'Talk log'],
  essential: ['date', 'advisor'],
  datedBy: 'date',
  fields: [
    field('date', '沟通日期', 'Date', 'date', { aliases: ['日期'], required: true }),
    field('advisor', '顾问', 'Advisor', 'name', { required: true }),
    field('kind', '沟通形式', 'Kind', 'enum', {
      aliases: ['形式'],
      values: [choice('formal', '正式', 'formal', '正式沟通'), choice('informal', '非正式', 'informal', '非正式沟通')],
    }),
    field('notes', '沟通内容', 'Notes', 'text', { aliases: ['内容', '备注'] }),
  ],
});
