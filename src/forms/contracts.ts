/** `contracts` - 签约登记: one row per signed contract. */
import { choice, defineForm, field } from './define-form.js';
import { courseMonths } from './course-months.js';
import type { ContractRecord } from '../model/records.js';

export const CONTRACTS_FORM = defineForm<ContractRecord>()({
  id: 'contracts',
  zh: '签约登记',
  en: 'Contracts',
  sheetNames: ['签约登记表', 'Signed contracts'],
  essential: ['date', 'advisor'],
  datedBy: 'date',
  fields: [
    field('date', '签约日期', 'Signed on', 'date', { aliases: ['日期'], required: true }),
    field('advisor', '顾问', 'Advisor', 'name', { required: true }),
    field('student', '学员姓名', 'Student', 'text', { aliases: ['孩子姓名', '客户姓名'] }),
    field('phone', '联系电话', 'Phone', 'phone', { required: true }),
    field('type', '合约类型', 'Contract type', 'enum', {
      aliases: ['类型'],
      required: true,
      values: [
        choice('new', '新单', 'new', '新签'),
        choice('referral', '转介绍', 'referral', '介绍'),
        choice('renewal', '续费', 'renewal', '续约', '续单'),
      ],
    }),
    field('course', '课程类别', 'Course', 'enum', {
      aliases: ['课程', '课程类型'],
      required: true,
      values: [
        choice('one_year', '一年', 'one year', '1年', 'ele-babies', 'ele-babies+1年', '一年制'),
        choice('multi_year', '二至三年', 'multi year', '2年', '3年', 'ele-babies+2年', 'ele-babies+3年', '两年', '二年', '三年'),
        choice('installment', '分期', 'installment', '2m', '6m', '分期付款'),
      ],
    }),
    field('amount', '合约金额', 'Amount', 'money', { aliases: ['金额', '实收金额'], required: true }),
    field('referrer', '介绍人', 'Referrer', 'text', { aliases: ['转介绍人'] }),
    field('contract_no', '合同编号', 'Contract no.', 'text', { aliases: ['合同号'] }),
    field('start', '开课日期', 'Start date', 'date', { aliases: ['开课时间'] }),
    // Optional (issue 15): the contract's end; when blank it is derived from the course words.
    field('end', '到期日期', 'End date', 'date', { aliases: ['合约到期日', '到期日'] }),
  ],
  derivedKeys: ['course_months'],
  derive(record, cellOf) {
    record.course_months = courseMonths(cellOf('course'));
  },
});
