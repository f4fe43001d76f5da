/**
 * The name of every rule and every consequence, in the supervisor's words (每周有效呼出 / Weekly
 * effective calls), keyed by rule id: what the terminal and the workbooks show where a rule is
 * meant. The id itself stays in `--json` and in a workbook's secondary 规则编号 / Rule ID column.
 */
import type { Message } from '../index.js';

export const ruleNames: Record<string, Message> = {
  'rule-name.calls.daily': { zh: '每日有效呼出', en: 'Daily effective calls' },
  'rule-name.calls.daily-mix': { zh: '每日呼出结构', en: 'Daily call mix' },
  'rule-name.calls.new-old-ratio': { zh: '新老单比例', en: 'New : old lead ratio' },
  'rule-name.calls.weekly': { zh: '每周有效呼出', en: 'Weekly effective calls' },
  'rule-name.cards.followup-due': { zh: '客户卡跟进', en: 'Card follow-ups' },
  'rule-name.cards.missing': { zh: '缺少客户卡', en: 'Missing customer cards' },
  'rule-name.cards.stale': { zh: '老单客户卡未跟进', en: 'Stale old-lead cards' },
  'rule-name.contracts.course-mix': { zh: '签约课程结构', en: 'Course mix of contracts' },
  'rule-name.contracts.sign-rate': { zh: '到访签约率', en: 'Sign rate of visits' },
  'rule-name.contracts.type-mix': { zh: '签约类型结构', en: 'Type mix of contracts' },
  'rule-name.data.completeness': { zh: '信息记录完整率', en: 'Record completeness' },
  'rule-name.invites.first': { zh: '一次邀约', en: 'First invitations' },
  'rule-name.invites.makeup': { zh: '周末补打电话', en: 'Weekend make-up calls' },
  'rule-name.invites.second': { zh: '二次邀约', en: 'Second invitations' },
  'rule-name.invites.second-zero': { zh: '二次邀约为零', en: 'Zero second invitations' },
  'rule-name.referrals.owner': { zh: '转介绍归属', en: 'Referral ownership' },
  'rule-name.referrals.reward-due': { zh: '转介绍奖励到期', en: 'Referral rewards due' },
  'rule-name.renewals.plan-due': { zh: '续约计划按时上交', en: 'Renewal plan on time' },
  'rule-name.renewals.share': { zh: '续费业绩占比', en: 'Renewal share of sales' },
  'rule-name.renewals.unplanned': { zh: '计划外续费', en: 'Unplanned renewals' },
  'rule-name.team.bonus': { zh: '全队当月奖金', en: "Team's monthly bonus" },
  'rule-name.team.talks': { zh: '主管月度沟通', en: 'Monthly supervisor talks' },
  'rule-name.visits.first': { zh: '一次邀约到访', en: 'First-invite visits' },
  'rule-name.visits.second': { zh: '二次邀约到访', en: 'Second-invite visits' },
  'rule-name.visits.total': { zh: '到访合计', en: 'Total visits' },
  'rule-name.renewals.pipeline': { zh: '续费跟进', en: 'Renewal pipeline' },
  'rule-name.analysis.sign-rate-decline': { zh: '签约率下降', en: 'Sign rate decline' },
  'rule-name.analysis.visits-decline': { zh: '到访下降', en: 'Visits decline' },
  'rule-name.sessions.helper-needed': { zh: '场次需要助手', en: 'Session needs a helper' },
  'rule-name.sessions.observer': { zh: '旁听顾问', en: 'Observing advisor' },

  'rule-name.callback-fabricated': { zh: '回访发现虚假呼出', en: 'Callback found a fabricated call' },

  'consequence-name.weekend-makeup': { zh: '周末补打电话', en: 'Weekend make-up calls' },
  'consequence-name.team-bonus-cancelled': { zh: '取消全队当月奖金', en: "Team's monthly bonus cancelled" },
  'consequence-name.cards-reassigned': { zh: '客户卡重新分配', en: 'Cards reassigned' },
  'consequence-name.new-leads-cut': { zh: '下周新单减少', en: "Next week's new leads cut" },
  'consequence-name.renewals-not-counted': { zh: '续费不计入业绩', en: 'Renewals not counted' },

  'rules.col.name': { zh: '名称', en: 'Name' },
  'rules.changed': { zh: '{value}（默认 {default}）', en: '{value} (default {default})' },
  'rule-id.col': { zh: '规则编号', en: 'Rule ID' },
  'about.config-value': { zh: '值', en: 'Value' },
  'about.key.source': { zh: '配置文件', en: 'Config file' },
  'about.key.timeZone': { zh: '时区', en: 'Time zone' },
  'about.key.closeOfBusiness': { zh: '下班时间', en: 'Close of business' },
  'about.key.callbackSample': { zh: '回访抽查', en: 'Callback sample' },
  'about.key.effectiveOutcomes': { zh: '有效通话结果', en: 'Effective call outcomes' },
  'about.key.calendar': { zh: '节假日与调休', en: 'Holidays and make-up workdays' },
  'about.key.swap.reading': { zh: '老单交换的读法', en: 'Swap reading' },
  'about.key.swap.releaseShare': { zh: '老单交换：放出比例', en: 'Swap: share released' },
  'about.key.swap.keepShare': { zh: '老单交换：保留比例', en: 'Swap: share kept' },
  'about.param.cardShare': { zh: '抽出客户卡比例', en: 'share of cards moved' },
  'about.param.leadShareKept': { zh: '保留新单比例', en: 'share of new leads kept' },
  'about.param.days': { zh: '天数', en: 'days' },
};
