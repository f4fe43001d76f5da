/** `leads` - 市场名单分配及反馈对接表 (附表6): one market lead. */
import { choice, defineForm, field } from './define-form.js';
import type { LeadRecord } from '../model/records.js';

export const LEADS_FORM = defineForm<LeadRecord>()({
  id: 'leads',
  zh: '市场名单分配及反馈对接表',
  en: 'Market leads',
  sheetNames: ['附表6', 'Leads', '名单分配表'],
  essential: ['date', 'source'],
  datedBy: 'date',
  fields: [
    field('date', '分配日期', 'Assigned on', 'date', { aliases: ['日期'], required: true }),
    field('source', '名单来源', 'Source', 'text', { aliases: ['来源', '渠道'], required: true }),
    field('customer', '客户姓名', 'Customer', 'text'),
    field('phone', '联系电话', 'Phone', 'phone', { required: true }),
    field('advisor', '分配顾问', 'Advisor', 'name', { aliases: ['顾问'] }),
    field('feedback', '反馈', 'Feedback', 'enum', {
      aliases: ['反馈结果'],
      values: [
        choice('pending', '未联系', 'pending'),
        choice('invalid', '无效', 'invalid', '无效名单'),
        choice('invited', '已邀约', 'invited'),
        choice('visited', '已到访', 'visited'),
        choice('signed', '已签约', 'signed'),
      ],
    }),
  ],
});
