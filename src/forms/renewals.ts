/** `renewals` - 客户续约计划表 (附表5): one row per planned renewal. */
import { choice, defineForm, field } from './define-form.js';
import type { RenewalRecord } from '../model/records.js';

export const RENEWALS_FORM = defineForm<RenewalRecord>()({
  id: 'renewals',
  zh: '客户续约计划表',
  en: 'Renewal plan',
  sheetNames: ['附表5', 'Renewals', '续约计划表'],
  // The plan counts per advisor and month; the student names the plan.
  essential: ['month', 'advisor', 'student'],
  datedBy: 'submitted',
  fields: [
    field('month', '计划月份', 'Plan month', 'month', { aliases: ['月份'], required: true }),
    field('advisor', '顾问', 'Advisor', 'name', { required: true }),
    field('student', '学员姓名', 'Student', 'text', { aliases: ['孩子姓名', '客户姓名'], required: true }),
    field('phone', '联系电话', 'Phone', 'phone'),
    field('contract_end', '合约到期日', 'Contract end', 'date', { aliases: ['到期日期', '到期日'] }),
    field('lessons_left', '剩余课时', 'Lessons left', 'number', { aliases: ['剩余课时数'] }),
    field('planned_date', '计划续约日期', 'Planned date', 'date', { aliases: ['预计续约日期'] }),
    field('expected_amount', '预计金额', 'Expected amount', 'money', { aliases: ['金额'] }),
    field('submitted', '提交日期', 'Submitted on', 'date', { aliases: ['上交日期'], required: true }),
    field('status', '状态', 'Status', 'enum', {
      values: [
        choice('planned', '计划中', 'planned', '计划'),
        choice('renewed', '已续费', 'renewed', '已续约', '续费'),
        choice('lost', '放弃', 'lost', '流失', '不续'),
      ],
    }),
  ],
});
