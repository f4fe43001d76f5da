/**
 * Messages of the staff and holiday mechanisms (issue 12 items 4-6, 8, 9): advisors' dates,
 * `init --advisors`, names that match nobody, holiday weekends, hand-overs, rotation and the
 * words that follow the state of a week.
 */
import type { Catalogue } from '../index.js';

export const staff = {
  'opt.advisors': {
    zh: '顾问名单，用逗号分隔（如 "张伟,李娜"），写入配置文件',
    en: 'the advisors, comma-separated (e.g. "张伟,李娜"), written into the config',
  },
  'error.bad-advisors-option': {
    zh: '--advisors 里没有顾问姓名：请写成 "张伟,李娜"',
    en: '--advisors holds no advisor name: write it as "张伟,李娜"',
  },

  'staff.invites.first.no-makeup': {
    zh: '{advisor}：一次邀约 {actual}/{target}（{status}），截止 {deadline}。周末（{holidays}）是法定假日，不需要补打。',
    en: '{advisor}: {actual}/{target} first invites ({status}), due {deadline}. The weekend ({holidays}) is a public holiday: no make-up is owed.',
  },
  'staff.invites.second.no-makeup': {
    zh: '{advisor}：二次邀约 {actual}/{target}（{status}），截止 {deadline}。周末（{holidays}）是法定假日，不需要补打。',
    en: '{advisor}: {actual}/{target} second invites ({status}), due {deadline}. The weekend ({holidays}) is a public holiday: no make-up is owed.',
  },
  'staff.invites.first.makeup-done': {
    zh: '{advisor}：一次邀约 {actual}/{target}（{status}），截止 {deadline}。周末补打已完成（有效呼出 {makeup}/{calls}）。',
    en: '{advisor}: {actual}/{target} first invites ({status}), due {deadline}. The weekend make-up is done ({makeup}/{calls} effective calls).',
  },
  'staff.invites.second.makeup-done': {
    zh: '{advisor}：二次邀约 {actual}/{target}（{status}），截止 {deadline}。周末补打已完成（有效呼出 {makeup}/{calls}）。',
    en: '{advisor}: {actual}/{target} second invites ({status}), due {deadline}. The weekend make-up is done ({makeup}/{calls} effective calls).',
  },
  'staff.invites.makeup.holiday': {
    zh: '{advisor}：邀约未达标，但周末（{holidays}）是法定假日，不需要补打 {calls} 个呼出（{status}）。',
    en: '{advisor}: short of invites, but the weekend ({holidays}) is a public holiday: the {calls} make-up calls are not owed ({status}).',
  },

  'issue.unknown-advisor': {
    zh: '顾问“{name}”不在配置的顾问名单中（本表 {count} 行），最接近的是“{closest}”。这些行按原名显示、标为未配置，不计入任何人的指标；如是别名，请在配置的 aliases 中加入。',
    en: 'Advisor "{name}" matches no configured advisor ({count} row(s) in this sheet); the closest is "{closest}". The rows are shown under that name, marked not configured, and count toward nobody\'s quota; if it is an alias, add it to the config\'s aliases.',
  },

  // Appended to the name as written: the Chinese full-width brackets need no space before them.
  'staff.not-configured': { zh: '（未配置）', en: ' (not configured)' },

  'staff.rotation.skips': {
    zh: '{count} 条属实投诉（{dates}）：轮空 {count} 次，排在投诉更少的顾问之后（§1.1.1(4)②b）',
    en: '{count} verified complaints ({dates}): skips {count} turns, after every advisor with fewer (§1.1.1(4)②b)',
  },
  'realloc.basis.penalty-shared': {
    zh: '本周二次邀约为零：其 1/5 潜在客户卡只能转给同样因二邀为零被罚的顾问（没有其他顾问可接）',
    en: 'No second invite this week: 1/5 of the prospect cards go to an advisor penalised for the same thing (no one else could take them)',
  },
  'realloc.basis.handover': {
    zh: '顾问已离职（过了配置的 until 日期）：潜在客户卡平均移交给其他在岗顾问',
    en: 'The advisor has left (past their until date in the config): the prospect cards are handed over evenly to the others',
  },
  'staff.leads-unassigned': {
    zh: '{count} 条新名单未分配：到访不足的新单削减仍然有效，且没有其他顾问可接（见“新名单分配”表中空白的顾问）。',
    en: '{count} new leads stay unassigned: the new-lead cut still applies and no other advisor can take them (blank advisor in the new-leads sheet).',
  },
  'staff.about.leads-unassigned': { zh: '未分配的新名单（削减后无人可接）', en: 'New leads left unassigned (cut, no one else to take them)' },

  'staff.callbacks.col.customer': { zh: '客户姓名（参考）', en: 'Customer (for reference)' },
  'staff.callbacks.col.call-date': { zh: '通话日期（参考）', en: 'Call date (for reference)' },
  'staff.callbacks.col.recorded': { zh: '顾问记录的通话结果（参考）', en: 'Outcome the advisor recorded (for reference)' },

  'staff.team.bonus.pending': {
    zh: '{period} 全队奖金：{status}。目前没有未达标；还要等这几周结束：{weeks}（最后截止 {deadline}）。',
    en: 'Team bonus for {period}: {status}. Nothing missed so far; it waits for these weeks to close: {weeks} (last close {deadline}).',
  },

  'staff.own-roster': {
    zh: '这是 clubcrm 生成的名单重新分配表：其客户管理表中的 {count} 张卡取代其他文件中的同一张卡（按客户编号），不重复计算。',
    en: 'This is a clubcrm reallocation workbook: its roster\'s {count} cards replace the same cards (by customer id) of other files; none is counted twice.',
  },
} satisfies Catalogue;
