/** `calls` - 顾问每日工作日程表 (附表1): one row per call (spec/forms.md). */
import type { CALL_FIELDS } from '../model/call-store.js';
import { choice, defineForm, field } from './define-form.js';
import type { CallRecord } from '../model/records.js';

/**
 * The form's fields are the call store's columns, by name and in order (model/call-store.ts
 * CALL_FIELDS, the one list: the model is below the forms, so the form is typed by it; the
 * form's record type, CallRecord, is what the list is checked against there).
 */
type FieldsKeyed<T extends readonly string[]> = { readonly [I in keyof T]: { readonly key: T[I] } };
type CallFormFields = FieldsKeyed<typeof CALL_FIELDS>;

export const CALLS_FORM = defineForm<CallRecord>()({
  id: 'calls',
  zh: '顾问每日工作日程表',
  en: 'Daily calls',
  sheetNames: ['附表1', 'Calls', 'Call log', '每日工作日程表', '工作日程表'],
  essential: ['date', 'advisor'],
  datedBy: 'date',
  fields: [
    field('date', '日期', 'Date', 'date', { aliases: ['呼出日期', '拨打日期'], required: true }),
    field('advisor', '顾问', 'Advisor', 'name', { aliases: ['课程顾问', '顾问姓名'], required: true }),
    field('customer', '客户姓名', 'Customer', 'text', { aliases: ['客户', '学员姓名', '孩子姓名', '家长姓名'] }),
    field('phone', '联系电话', 'Phone', 'phone', { aliases: ['电话', '手机', '手机号', '联系方式'], required: true }),
    field('list', '名单类型', 'List', 'enum', {
      aliases: ['新老单', '名单'],
      values: [choice('new', '新单', 'new', '新', '新名单'), choice('old', '老单', 'old', '老', '老名单')],
    }),
    field('purpose', '呼出类型', 'Call type', 'enum', {
      aliases: ['类型', '通话类型', '邀约类型'],
      required: true,
      values: [
        choice('first_invite', '一次邀约', 'first invite', '一邀', '首邀', 'first'),
        choice('second_invite', '二次邀约', 'second invite', '二邀', 'second'),
        choice('member_care', '老客户维系', 'member care', '维系', '会员维系', '老客户维护'),
      ],
    }),
    field('outcome', '通话结果', 'Outcome', 'enum', {
      aliases: ['结果', '呼出结果'],
      required: true,
      values: [
        choice('invited', '已邀约', 'invited', '邀约成功', '约到'),
        choice('interested', '有意向', 'interested', '意向'),
        choice('declined', '无意向', 'declined', '拒绝', '没意向', '不感兴趣'),
        choice('no_answer', '未接通', 'no answer', '未接', '无人接听', '没接'),
        choice('invalid_number', '空号', 'invalid number'),
        choice('wrong_number', '错号', 'wrong number', '号码错误'),
        choice('long_distance', '长途', 'long distance'),
        choice('suspended', '停机', 'suspended', '欠费停机'),
      ],
    }),
    field('appointment', '预约时间', 'Appointment', 'datetime', { aliases: ['预约日期', '邀约时间'] }),
    field('notes', '备注', 'Notes', 'text', { aliases: ['说明'] }),
  ] satisfies CallFormFields,
});
