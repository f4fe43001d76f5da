/**
 * Messages of the engine area: each rule's title (`rule.<id>.title`, what is checked) and its
 * finding (`rule.<id>`), keyed by rule id, plus the words the check table prints.
 */
import type { Catalogue } from '../index.js';

export const engine = {
  'engine.team': { zh: '全队', en: 'Team' },

  'rule.calls.daily.title': { zh: '每个呼出日每位顾问有效呼出 ≥ 50 个', en: '>= 50 effective calls per advisor per call day' },
  'rule.calls.daily': {
    zh: '{advisor}：最少的一天有效呼出 {actual}/{target}（{status}）；未达标的日子：{days}。差额顺延到次日（提前 1-2 小时上班）。',
    en: '{advisor}: weakest day {actual}/{target} effective calls ({status}); short days: {days}. The shortfall carries to the next day (come in 1-2 h early).',
  },
  'rule.calls.daily-mix.title': { zh: '每天 50 个呼出中：一次邀约 36、二次邀约 10、老客户维系 4', en: 'of each day\'s 50: 36 first-invite, 10 second-invite, 4 member-care' },
  'rule.calls.daily-mix': {
    zh: '{advisor}：{actual}/{target} 个呼出日符合 36/10/4 结构（{status}）；不符合的日子（一邀/二邀/维系）：{days}',
    en: '{advisor}: {actual}/{target} call days hold the 36/10/4 mix ({status}); days off the mix (first/second/care): {days}',
  },
  'rule.calls.weekly.title': {
    zh: '周五下班前有效呼出 ≥ 每个呼出日 50 个（三天 150）；有证明的病假当天免除',
    en: '>= 50 effective calls per call day (150 Wed-Fri) by Friday close; sick leave with a note excuses that day',
  },
  'rule.calls.weekly': {
    zh: '{advisor}：本周有效呼出 {actual}/{target}（{status}），截止 {deadline}。未完成则全队取消当月奖金。',
    en: '{advisor}: {actual}/{target} effective calls this week ({status}), due {deadline}. A miss cancels the whole team\'s bonus for the month.',
  },
  'rule.calls.new-old-ratio.title': { zh: '新单 : 老单 = 1 : 2（新单占有效呼出 1/3 ± 10 个百分点）', en: 'new : old = 1 : 2 (new leads 1/3 of effective calls, +- 10 points)' },
  'rule.calls.new-old-ratio': {
    zh: '{advisor}：新单占比 {actual}（新单 {newCalls}，老单 {oldCalls}），目标 {target}（{status}）',
    en: '{advisor}: new-lead share {actual} ({newCalls} new, {oldCalls} old), target {target} ({status})',
  },
  'rule.invites.first.title': { zh: '每周一次邀约 ≥ 15 个（截至周五下班）', en: '>= 15 first invites per week (by Friday close)' },
  'rule.invites.first': {
    zh: '{advisor}：一次邀约 {actual}/{target}（{status}），截止 {deadline}。未完成须周末加打 20 个有效呼出。',
    en: '{advisor}: {actual}/{target} first invites ({status}), due {deadline}. Short: 20 extra effective calls over the weekend.',
  },
  'rule.invites.second.title': { zh: '每周二次邀约 ≥ 4 个（截至周五下班）', en: '>= 4 second invites per week (by Friday close)' },
  'rule.invites.second': {
    zh: '{advisor}：二次邀约 {actual}/{target}（{status}），截止 {deadline}。未完成须周末加打 20 个有效呼出。',
    en: '{advisor}: {actual}/{target} second invites ({status}), due {deadline}. Short: 20 extra effective calls over the weekend.',
  },
  'rule.invites.makeup.title': { zh: '邀约未达标的顾问周末加打 20 个有效呼出，周日下班前完成', en: 'an advisor short of invites makes 20 extra effective calls on Sat-Sun, by Sunday close' },
  'rule.invites.makeup': {
    zh: '{advisor}：周末补打有效呼出 {actual}/{target}（{status}），截止 {deadline}。未完成按未完成周呼出量计，影响全队当月奖金。',
    en: '{advisor}: {actual}/{target} weekend make-up calls ({status}), due {deadline}. A miss counts as a missed weekly call quota for the team bonus.',
  },
  'rule.invites.second-zero.title': { zh: '不允许一周二次邀约为零', en: 'no week with zero second invites' },
  'rule.invites.second-zero': {
    zh: '{advisor}：本周二次邀约 {actual} 个（{status}）。为零则随机抽出其 1/5 的潜在客户卡平均分给其他顾问。',
    en: '{advisor}: {actual} second invites this week ({status}). Zero: 1/5 of the advisor\'s prospect cards move, at random, evenly to the others.',
  },
  'rule.visits.first.title': { zh: '每周一次邀约实际到访 ≥ 5 个（截至周日下班）', en: '>= 5 first-invite visits per week (up to Sunday close)' },
  'rule.visits.first': {
    zh: '{advisor}：一次邀约到访 {actual}/{target}（{status}），截止 {deadline}',
    en: '{advisor}: {actual}/{target} first-invite visits ({status}), due {deadline}',
  },
  'rule.visits.second.title': { zh: '每周二次邀约实际到访 ≥ 2 个（截至周日下班）', en: '>= 2 second-invite visits per week (up to Sunday close)' },
  'rule.visits.second': {
    zh: '{advisor}：二次邀约到访 {actual}/{target}（{status}），截止 {deadline}',
    en: '{advisor}: {actual}/{target} second-invite visits ({status}), due {deadline}',
  },
  'rule.visits.total.title': { zh: '每周到访合计 ≥ 5 个', en: 'first + second visits >= 5 per week' },
  'rule.visits.total': {
    zh: '{advisor}：到访合计 {actual}/{target}（{status}），截止 {deadline}。未完成则下周新单分配减少 1/5。',
    en: '{advisor}: {actual}/{target} visits ({status}), due {deadline}. Short: next week\'s new-lead share is cut by 1/5.',
  },
  'rule.team.bonus.title': {
    zh: '当月每周每位顾问完成周呼出量（及应补的周末呼出），回访无造假',
    en: 'every advisor meets the weekly calls (and any make-up) in every week of the month, and no callback finds a fabricated call',
  },
  'rule.team.bonus': {
    zh: '{period} 全队奖金：{status}。原因：{reasons}',
    en: 'Team bonus for {period}: {status}. Reasons: {reasons}',
  },
  'rule.renewals.plan-due.title': { zh: '续约计划表（附表5）须在当月 1 日前（含）上交', en: 'the renewal plan (附表5) for a month is submitted by its 1st' },
  'rule.renewals.plan-due': {
    zh: '{advisor}：{period} 续约计划按时上交 {actual}/{target} 行，截止 {due}（{status}）。逾期视为当月没有计划续费。',
    en: '{advisor}: {actual}/{target} plan rows for {period} submitted by {due} ({status}). Late: treated as no planned renewals this month.',
  },
  'rule.renewals.unplanned.title': { zh: '续费合约须在顾问按时上交的续约计划内才计入当月业绩', en: 'a renewal counts toward the month\'s sales only if it is in the advisor\'s on-time plan' },
  'rule.renewals.unplanned': {
    zh: '{advisor}：{target} 份续费中 {actual} 份计入业绩；{notCounted} 份（¥{amount}）不计入（{status}）',
    en: '{advisor}: {actual} of {target} renewals count toward sales; {notCounted} (¥{amount}) do not ({status})',
  },
  'rule.contracts.type-mix.title': { zh: '当月签约：新单 40%、转介绍 30%、续费 30%（± 10 个百分点）', en: 'the month\'s contracts: new 40%, referral 30%, renewal 30% (+- 10 points)' },
  'rule.contracts.type-mix': {
    zh: '{advisor}：{actual} 份签约，{shares}（{status}）',
    en: '{advisor}: {actual} {actual|contract|contracts}, {shares} ({status})',
  },
  'rule.contracts.course-mix.title': { zh: '当月签约：一年 50%、二至三年 30%、分期 20%（± 10 个百分点）', en: 'the month\'s contracts: one-year 50%, multi-year 30%, installment 20% (+- 10 points)' },
  'rule.contracts.course-mix': {
    zh: '{advisor}：{actual} 份签约，{shares}（{status}）',
    en: '{advisor}: {actual} {actual|contract|contracts}, {shares} ({status})',
  },
  'rule.contracts.sign-rate.title': { zh: '到访签约率约 30%（新单与转介绍 / 到访）', en: 'about 30% of visits sign (new and referral contracts / visits)' },
  'rule.contracts.sign-rate': {
    zh: '{advisor}：签约率 {actual}（{contracts} 单 / {visits} 次到访），目标 {target}（{status}）',
    en: '{advisor}: sign rate {actual} ({contracts} {contracts|contract|contracts} / {visits} {visits|visit|visits}), target {target} ({status})',
  },
  'rule.renewals.share.title': { zh: '续费约占当月业绩金额 30%', en: 'renewals about 30% of the month\'s sales amount' },
  'rule.renewals.share': {
    zh: '续费占业绩 {actual}（¥{renewals} / ¥{sales}），目标 {target}（{status}）',
    en: 'Renewals are {actual} of sales (¥{renewals} / ¥{sales}), target {target} ({status})',
  },
  'rule.cards.stale.title': { zh: '每张老单客户卡 30 天内至少跟进一次', en: 'every old-lead card is followed up at least once in 30 days' },
  'rule.cards.stale': {
    zh: '{advisor}：{actual} 张老单客户卡超过 {days} 天未跟进（{status}），进入本月交换池',
    en: '{advisor}: {actual} old-lead cards not followed up in {days} {days|day|days} ({status}); they go into this month\'s swap pool',
  },
  'rule.cards.followup-due.title': {
    zh: '已交定金、到访未报名的客户 7 天内跟进；按意向等级跟进（本工具默认 A 3 天、B 7 天、C 30 天）',
    en: 'deposit-paid and visited customers followed up within 7 days; graded cards by grade (tool defaults A 3, B 7, C 30 days)',
  },
  'rule.cards.followup-due': {
    zh: '{advisor}：{actual} 张客户卡跟进逾期（{status}）',
    en: '{advisor}: {actual} {actual|card|cards} overdue for follow-up ({status})',
  },
  'rule.cards.missing.title': { zh: '每个有效呼出的客户都有该顾问的客户管理卡', en: 'every effective call\'s customer has a card with that advisor' },
  'rule.cards.missing': {
    zh: '{advisor}：{actual} 个呼出号码不在其客户管理表中（{status}）',
    en: '{advisor}: {actual} {actual|phone|phones} called are not on the advisor\'s roster ({status})',
  },
  'rule.data.completeness.title': { zh: '信息记录完整率 100%：每行填齐必填项', en: 'information completeness 100%: every row carries every required field' },
  'rule.data.completeness': {
    zh: '{advisor}：完整率 {actual}（{rows} 行中 {incomplete} 行缺必填项）（{status}）',
    en: '{advisor}: completeness {actual} ({incomplete} of {rows} {rows|row|rows} lack a required field) ({status})',
  },
  'rule.referrals.reward-due.title': {
    zh: '转介绍学员上课满两个月后，介绍人获 300 元奖励，双方家庭各获两节沙龙课',
    en: 'the referrer\'s 300 yuan is due once the referred student has attended two months; both families get two salon classes',
  },
  'rule.referrals.reward-due': {
    zh: '{advisor}：介绍人 {referrer}（学员 {student}）的 {amount} 元奖励及 {salon} 节沙龙课于 {due} 到期（{status}）',
    en: '{advisor}: referrer {referrer} (student {student}) is due {amount} yuan and {salon} salon classes on {due} ({status})',
  },
  'rule.referrals.owner.title': { zh: '转介绍由拥有介绍人客户卡的顾问签约', en: 'a referral is signed by the advisor who owns the referrer\'s card' },
  'rule.referrals.owner': {
    zh: '{advisor}：{actual} 份转介绍的介绍人在其他顾问名下（{status}）',
    en: '{advisor}: {actual} {actual|referral|referrals} whose referrer is on another advisor\'s roster ({status})',
  },
  'rule.team.talks.title': { zh: '主管每月与每位顾问沟通一次，记入沟通记录表', en: 'the supervisor talks with each advisor once a month, logged in the 沟通记录表' },
  'rule.team.talks': {
    zh: '{advisor}：本月沟通 {actual}/{target} 次（{status}）',
    en: '{advisor}: {actual}/{target} talks this month ({status})',
  },

  'contract.type.new': { zh: '新单', en: 'new' },
  'contract.type.referral': { zh: '转介绍', en: 'referral' },
  'contract.type.renewal': { zh: '续费', en: 'renewal' },
  'contract.course.one_year': { zh: '一年', en: 'one-year' },
  'contract.course.multi_year': { zh: '二至三年', en: 'multi-year' },
  'contract.course.installment': { zh: '分期', en: 'installment' },

  'action.weekend-makeup': { zh: '周末加打 {calls} 个有效呼出，{due} 下班前完成', en: '{calls} extra effective calls over the weekend, by {due} close' },
  'action.team-bonus-cancelled': { zh: '取消全队 {month} 奖金', en: 'the team\'s bonus for {month} is cancelled' },
  'action.cards-reassigned': { zh: '随机抽出 {percent} 的潜在客户卡平均分给其他顾问', en: '{percent} of the prospect cards move at random to the other advisors' },
  'action.new-leads-cut': { zh: '下周新单分配减少 {percent}', en: 'next week\'s new-lead share cut by {percent}' },
  'action.renewals-not-counted': { zh: '{contracts} 份续费（¥{amount}）不计入当月业绩', en: '{contracts} {contracts|renewal|renewals} (¥{amount}) left out of the month\'s sales' },

  'check.title': { zh: '{center} · 第 {start} 周（{start} 至 {end}）· 截至 {asOf}', en: '{center} · week {start} ({start} to {end}) · as of {asOf}' },
  'check.col.advisor': { zh: '顾问', en: 'Advisor' },
  'check.col.calls': { zh: '有效呼出', en: 'Calls' },
  'check.col.first-invites': { zh: '一邀', en: '1st inv.' },
  'check.col.second-invites': { zh: '二邀', en: '2nd inv.' },
  'check.col.makeup': { zh: '周末补打', en: 'Make-up' },
  'check.col.visits': { zh: '到访', en: 'Visits' },
  'check.col.contracts': { zh: '签约', en: 'Contracts' },
  'check.no-advisors': { zh: '没有找到任何顾问的记录。', en: 'No advisor records were found.' },

  'rules.col.id': { zh: '编号', en: 'Id' },
  'rules.col.section': { zh: '手册章节', en: 'Section' },
  'rules.col.default': { zh: '默认值', en: 'Default' },
  'rules.col.value': { zh: '当前值', en: 'In force' },
  'rules.col.severity': { zh: '级别', en: 'Severity' },
  'rules.col.title': { zh: '检查内容', en: 'What is checked' },
  'severity.quota': { zh: '指标', en: 'quota' },
  'severity.warning': { zh: '警告', en: 'warning' },
  'severity.info': { zh: '提示', en: 'info' },
} satisfies Catalogue;
