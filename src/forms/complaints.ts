/** `complaints` - 客户投诉 (§1.1.1(4)②b): one complaint. */
import { defineForm, field } from './define-form.js';
import type { ComplaintRecord } from '../model/records.js';

export const COMPLAINTS_FORM = defineForm<ComplaintRecord>()({
  id: 'complaints',
  zh: '客户投诉',
  en: 'Complaints',
  sheetNames: ['客户投诉表', 'Customer complaints'],
  essential: ['date', 'advisor'],
  datedBy: 'date',
  fields: [
    field('date', '投诉日期', 'Date', 'date', { aliases: ['日期'], required: true }),
    field('advisor', '顾问', 'Advisor', 'name', { required: true }),
    field('customer', '客户姓名', 'Customer', 'text'),
    field('verified', '是否属实', 'Verified', 'bool', { aliases: ['属实', '核实'], required: true }),
    field('notes', '备注', 'Notes', 'text', { aliases: ['投诉内容'] }),
  ],
});
