/** `invites` - 顾问邀约统计表 (附表3; also the 体验课统计表): one row per booked invitation. */
import { choice, defineForm, field } from './define-form.js';
import type { InviteRecord } from '../model/records.js';

export const INVITES_FORM = defineForm<InviteRecord>()({
  id: 'invites',
  zh: '顾问邀约统计表',
  en: 'Invitations',
  sheetNames: ['附表3', 'Invites', '邀约统计表', '体验课统计表', 'Trial classes'],
  essential: ['date', 'advisor'],
  datedBy: 'date',
  fields: [
    field('date', '邀约日期', 'Invite date', 'date', { aliases: ['日期'], required: true }),
    field('advisor', '顾问', 'Advisor', 'name', { required: true }),
    field('customer', '客户姓名', 'Customer', 'text', { aliases: ['学员姓名', '孩子姓名'] }),
    field('phone', '联系电话', 'Phone', 'phone', { required: true }),
    field('kind', '邀约类型', 'Invite type', 'enum', {
      aliases: ['类型'],
      required: true,
      values: [
        choice('first', '一次邀约', 'first', '一邀', '首邀', 'first invite'),
        choice('second', '二次邀约', 'second', '二邀', 'second invite'),
      ],
    }),
    field('event', '活动形式', 'Event', 'enum', {
      aliases: ['形式', '课程'],
      values: [
        choice('demo', 'DEM体验课', 'demo', 'DEM', 'DEMO', '体验课'),
        choice('class_trial', '正课插班试听', 'class trial', '插班试听', '试听'),
        choice('salon', '外教沙龙', 'salon', '沙龙'),
        choice('story', '绘本故事课', 'story', '故事课', '绘本课'),
        choice('birthday', '生日派对', 'birthday', '生日会'),
        choice('theme_party', '主题派对', 'theme party'),
      ],
    }),
    field('session', '预约场次', 'Session', 'datetime', { aliases: ['场次', '预约时间', '体验时间'], required: true }),
    field('visited', '是否到访', 'Visited', 'enum', {
      aliases: ['到访'],
      values: [
        choice('yes', '是', 'yes', 'y', '√', '已到访', '到访', '已到'),
        choice('no', '否', 'no', 'n', '×', '未到访', '未到'),
        choice('rescheduled', '改约', 'rescheduled', '改期'),
      ],
    }),
    field('signed', '是否签约', 'Signed', 'bool', { aliases: ['签约'] }),
    field('notes', '备注', 'Notes', 'text'),
  ],
});
