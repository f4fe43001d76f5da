/**
 * Messages of the manual's data analysis (issue 15): the decline and pipeline rules, their
 * causes, the 趋势 / 续费跟进 / 目标分解 sheets and check's target-plan lines.
 */
import type { Message } from '../index.js';

export const analysis: Record<string, Message> = {
  'rule.analysis.visits-decline.title': {
    zh: '中心到访较上周和前四周平均下降超过 20% 时，逐个顾问查找原因（呼出、一邀、二邀、邀约质量）',
    en: 'when the center\'s visits fall more than 20% against last week and the 4-week average, each advisor\'s cause (calls, first invites, second invites, invite quality)',
  },
  'rule.analysis.visits-decline': {
    zh: '中心到访 {current}，上周 {previous}，前四周平均 {baseline}（{state}）。{names}',
    en: 'Center visits {current}, last week {previous}, 4-week average {baseline} ({state}). {names}',
  },
  'rule.analysis.sign-rate-decline.title': {
    zh: '中心签约率较上周和前四周下降超过 5 个百分点时，逐个顾问看基本功、技巧和谈判',
    en: 'when the center\'s sign rate falls more than 5 points against last week and the 4 weeks before, each advisor\'s basics, skills and negotiation',
  },
  'rule.analysis.sign-rate-decline': {
    zh: '中心签约率 {current}，上周 {previous}，前四周 {baseline}（{state}）。{names}',
    en: 'Center sign rate {current}, last week {previous}, 4 weeks before {baseline} ({state}). {names}',
  },
  'rule.renewals.pipeline.title': {
    zh: '合约 60 天内到期的学员都在顾问的续约计划里',
    en: 'students whose contract ends within 60 days are in the advisor\'s renewal plan',
  },
  'rule.renewals.pipeline': {
    zh: '{advisor}：{target} 名学员合约 {days} 天内到期，{missing} 名不在续约计划里（{status}）：{students}',
    en: '{advisor}: {target} students end within {days} days, {missing} not in the renewal plan ({status}): {students}',
  },
  'analysis.state.met': { zh: '平稳', en: 'steady' },
  'analysis.state.missed': { zh: '明显下降', en: 'a marked fall' },
  'analysis.state.pending': { zh: '本周未结束，至今数字', en: 'the week is still open: figures so far' },
  'analysis.state.excused': { zh: '-', en: '-' },
  'analysis.steady': { zh: '没有明显下降。', en: 'No marked fall.' },
  'analysis.no-advisor': { zh: '没有哪位顾问自己的数字下降：看全队的安排。', en: 'No advisor\'s own figure fell: look at the team\'s arrangements.' },
  'analysis.named': { zh: '{advisor}：{cause}', en: '{advisor}: {cause}' },
  'analysis.list-separator': { zh: '；', en: '; ' },
  'analysis.cause.calls': { zh: '有效呼出不足', en: 'effective calls short' },
  'analysis.cause.first-invites': { zh: '一次邀约不足', en: 'first invites short' },
  'analysis.cause.second-invites': { zh: '二次邀约不足', en: 'second invites short' },
  'analysis.cause.visits': { zh: '邀约够但到访少（邀约质量）', en: 'invites met but visits short (invite quality)' },
  'analysis.cause.signing': {
    zh: '基本功达标而签约下降（技巧与谈判）：建议主管面谈（§1.2.3）',
    en: 'basics met and signing fell (skills and negotiation): a talk is suggested (§1.2.3)',
  },
  'analysis.student-end': { zh: '{student}（{end} 到期）', en: '{student} (ends {end})' },
};
