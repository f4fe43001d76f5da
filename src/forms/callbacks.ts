/** `callbacks` - 回访抽查 (§1.1.1(1)③b): one callback check of an advisor's call. */
import { choice, defineForm, field } from './define-form.js';
import type { CallbackRecord } from '../model/records.js';

export const CALLBACKS_FORM = defineForm<CallbackRecord>()({
  id: 'callbacks',
  zh: '回访抽查',
  en: 'Callback checks',
  sheetNames: ['Callbacks', '回访抽查表'],
  essential: ['date', 'advisor'],
  datedBy: 'date',
  fields: [
    field('date', '回访日期', 'Checked on', 'date', { aliases: ['日期'], required: true }),
    field('advisor', '顾问', 'Advisor', 'name', { required: true }),
    field('phone', '联系电话', 'Phone', 'phone', { required: true }),
    field('result', '回访结果', 'Result', 'enum', {
      aliases: ['结果'],
      required: true,
      values: [
        choice('genuine', '属实', 'genuine', '真实'),
        choice('fabricated', '造假', 'fabricated', '不属实', '虚假'),
        choice('unreachable', '未接通', 'unreachable', '未接'),
      ],
    }),
  ],
});
