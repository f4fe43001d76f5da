/** `leave` - 请假登记: one day of leave. */
import { choice, defineForm, field } from './define-form.js';
import type { LeaveRecord } from '../model/records.js';

export const LEAVE_FORM = defineForm<LeaveRecord>()({
  id: 'leave',
  zh: '请假登记',
  en: 'Leave log',
  sheetNames: ['Leave', '请假登记表'],
  essential: ['date', 'advisor'],
  datedBy: 'date',
  fields: [
    field('date', '日期', 'Date', 'date', { aliases: ['请假日期'], required: true }),
    field('advisor', '顾问', 'Advisor', 'name', { required: true }),
    field('type', '请假类型', 'Leave type', 'enum', {
      aliases: ['类型'],
      required: true,
      values: [
        choice('sick', '病假', 'sick'),
        choice('personal', '事假', 'personal'),
        choice('annual', '年假', 'annual', '年休假'),
        choice('other', '其他', 'other'),
      ],
    }),
    field('proof', '证明', 'Proof', 'bool', { aliases: ['病假条', '是否备案'] }),
  ],
});
