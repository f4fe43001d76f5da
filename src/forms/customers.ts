/** `customers` - 客户管理表 (the cards): one row per card. */
import { choice, defineForm, field } from './define-form.js';
import type { CustomerRecord } from '../model/records.js';

export const CUSTOMERS_FORM = defineForm<CustomerRecord>()({
  id: 'customers',
  zh: '客户管理表',
  en: 'Customer roster',
  sheetNames: ['Customers', 'Roster', '客户名单'],
  // A card also needs a key: its id, else its phone (read-sheet drops a card with neither).
  essential: ['advisor', 'customer'],
  fields: [
    field('id', '客户编号', 'Customer ID', 'text', { aliases: ['编号', '卡号'] }),
    field('advisor', '顾问', 'Advisor', 'name', { aliases: ['所属顾问'], required: true }),
    field('customer', '客户姓名', 'Customer', 'text', { aliases: ['学员姓名', '孩子姓名'], required: true }),
    field('phone', '联系电话', 'Phone', 'phone', { required: true }),
    field('source', '名单来源', 'Source', 'text', { aliases: ['来源', '渠道'] }),
    field('grade', '意向等级', 'Grade', 'enum', {
      aliases: ['意向', '客户等级'],
      values: [choice('A', 'A', 'A', 'A类'), choice('B', 'B', 'B', 'B类'), choice('C', 'C', 'C', 'C类')],
    }),
    field('status', '客户状态', 'Status', 'enum', {
      aliases: ['状态'],
      values: [
        choice('prospect', '潜在', 'prospect', '潜在客户'),
        choice('deposit', '已交定金', 'deposit', '定金', '已交订金'),
        choice('visited', '到访未报名', 'visited', '已到访'),
        choice('member', '会员', 'member', '已报名'),
        choice('lost', '流失', 'lost'),
      ],
    }),
    field('created', '建卡日期', 'Created', 'date', { aliases: ['建档日期'] }),
    field('last_follow_up', '最近跟进', 'Last follow-up', 'date', { aliases: ['最近跟进日期', '最后跟进'] }),
  ],
});
