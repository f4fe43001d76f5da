/** `targets` - 销售目标 (§1.1.1 目标管理): a target for a week or a month. */
import { defineForm, field } from './define-form.js';
import type { TargetRecord } from '../model/records.js';

export const TARGETS_FORM = defineForm<TargetRecord>()({
  id: 'targets',
  zh: '销售目标',
  en: 'Targets',
  sheetNames: ['销售目标表', 'Sales targets'],
  essential: ['period'],
  fields: [
    field('period', '周期', 'Period', 'period', { aliases: ['目标周期'], required: true }),
    field('advisor', '顾问', 'Advisor', 'name'),
    field('enrollments', '招生人数', 'Enrollments', 'number', { aliases: ['目标人数'] }),
    field('amount', '销售额', 'Sales amount', 'money', { aliases: ['目标金额'] }),
  ],
});
