/** Messages of the reallocation area (`clubcrm reallocate` and its workbook). */
import type { Catalogue } from '../index.js';

export const reallocation = {
  'realloc.sheet.summary': { zh: '汇总', en: 'Summary' },
  'realloc.sheet.transfers': { zh: '名单转移', en: 'Transfers' },
  'realloc.sheet.new-leads': { zh: '新名单分配', en: 'New leads' },
  'realloc.sheet.rotation': { zh: 'Walkin轮换顺序', en: 'Walk-in rotation' },

  'realloc.col.advisor': { zh: '顾问', en: 'Advisor' },
  'realloc.col.active': { zh: '在岗', en: 'Active' },
  'realloc.col.cards-held': { zh: '原有卡数', en: 'Cards held' },
  'realloc.col.prospects': { zh: '其中潜在客户', en: 'Of which prospects' },
  'realloc.col.cards-out': { zh: '转出', en: 'Out' },
  'realloc.col.cards-in': { zh: '转入', en: 'In' },
  'realloc.col.cards-after': { zh: '调整后卡数', en: 'Cards after' },
  'realloc.col.second-zero': { zh: '二次邀约为零', en: 'Zero second invites' },
  'realloc.col.visits-total': { zh: '到访总数', en: 'Total visits' },
  'realloc.col.new-leads': { zh: '下周新名单', en: "Next week's new leads" },
  'realloc.col.why': { zh: '新名单说明', en: 'New leads: why' },
  'realloc.col.no': { zh: '序号', en: 'No.' },
  'realloc.col.customer-id': { zh: '客户编号', en: 'Customer ID' },
  'realloc.col.customer': { zh: '客户姓名', en: 'Customer' },
  'realloc.col.phone': { zh: '联系电话', en: 'Phone' },
  'realloc.col.from': { zh: '原顾问', en: 'From' },
  'realloc.col.to': { zh: '新顾问', en: 'To' },
  'realloc.col.rule': { zh: '规则', en: 'Rule' },
  'realloc.col.section': { zh: '手册章节', en: 'Manual section' },
  'realloc.col.reason': { zh: '原因', en: 'Reason' },
  'realloc.col.last-follow-up': { zh: '最近跟进（含通话）', en: 'Last follow-up (incl. calls)' },
  'realloc.col.origin': { zh: '出处（文件 / 工作表 / 行）', en: 'Origin (file / sheet / row)' },
  'realloc.col.turn': { zh: '顺序', en: 'Turn' },
  'realloc.col.note': { zh: '说明', en: 'Note' },

  'realloc.word.total': { zh: '合计', en: 'Total' },
  'realloc.word.yes': { zh: '是', en: 'yes' },
  'realloc.word.no': { zh: '否', en: 'no' },

  'realloc.basis.penalty': {
    zh: '本周二次邀约为零：随机抽取其潜在客户的 1/5 平均转给其他顾问',
    en: 'No second invite this week: 1/5 of the prospect cards, drawn at random, go evenly to the others',
  },
  'realloc.basis.stale': {
    zh: '月度交换：30 天内未跟进',
    en: 'Monthly swap: not followed up in 30 days',
  },
  'realloc.basis.least-recent': {
    zh: '月度交换：补足 1/3（最久未跟进）',
    en: 'Monthly swap: topping up to 1/3 (least recently followed up)',
  },
  'realloc.basis.keep-share': {
    zh: '月度交换：每人保留 30%，其余重新分配',
    en: 'Monthly swap: each advisor keeps 30%, the rest is redistributed',
  },
  'realloc.lead.equal': { zh: '平均分配', en: 'equal share' },
  'realloc.lead.cut': {
    zh: '本周到访不足：新名单为平均份额的 4/5（§1.1.1(3)②a）',
    en: 'Too few visits this week: 4/5 of an equal share (§1.1.1(3)②a)',
  },
  'realloc.lead.held': {
    zh: '主管暂停本周新名单（§1.1.1(5)②a）',
    en: 'New leads withheld this week by the supervisor (§1.1.1(5)②a)',
  },
  'realloc.rotation.skip': {
    zh: '{date} 有属实投诉：轮空一次，排在最后（§1.1.1(4)②b）',
    en: 'Verified complaint on {date}: skips one turn, placed last (§1.1.1(4)②b)',
  },

  'realloc.about.reading': { zh: '交换规则', en: 'Swap reading' },
  'realloc.about.reading.release-third': {
    zh: '释放 30 天未跟进的卡，且至少 1/3（§1.1.1(9)①②）',
    en: 'release stale cards, at least 1/3 (§1.1.1(9)①②)',
  },
  'realloc.about.reading.keep-30': {
    zh: '每人保留 30%，其余重新分配（§1.2.5(1)①b）',
    en: 'each advisor keeps 30%, the rest redistributed (§1.2.5(1)①b)',
  },
  'realloc.about.unplaced': { zh: '无人可接收、仍留原处的卡', en: 'Cards with no one to take them (kept)' },
  'realloc.about.hold': { zh: '暂停新名单的顾问', en: 'Advisors whose new leads are withheld' },
  'realloc.about.inputs': { zh: '读取的记录', en: 'Records read' },
  'realloc.about.inputs.value': {
    zh: '客户卡 {cards}，通话 {calls}，未分配市场名单 {leads}，投诉 {complaints}，回访抽查 {callbacks}',
    en: '{cards} {cards|card|cards}, {calls} {calls|call|calls}, {leads} unassigned market leads, {complaints} {complaints|complaint|complaints}, {callbacks} callback checks',
  },
  'realloc.about.phones': {
    zh: '本工作簿显示完整电话号码，供顾问拨打；请勿外传。',
    en: 'This workbook shows phone numbers in full so that advisors can call; do not pass it on.',
  },
  'realloc.about.phones.label': { zh: '隐私', en: 'Privacy' },

  'realloc.error.unknown-hold': {
    zh: '--hold 的顾问 “{name}” 不在在岗顾问名单中：{advisors}',
    en: 'The advisor "{name}" given to --hold is not an active advisor: {advisors}',
  },
  'realloc.error.unknown-hold.hint': {
    zh: '按配置文件或表格中的姓名填写（可用别名）。',
    en: 'Use the name as the config or the sheets spell it (aliases work).',
  },
  'realloc.error.bad-seed': { zh: '应为 0 到 4294967295 之间的整数', en: 'expected a whole number from 0 to 4294967295' },
  'realloc.warn.no-advisors': {
    zh: '警告：没有在岗顾问，名单无人可接收。请在 clubcrm.config.json 的 advisors 中列出顾问（active 为 true）。',
    en: 'Warning: there is no active advisor to receive cards or leads. List the advisors in clubcrm.config.json (active true).',
  },
  'realloc.warn.no-roster': {
    zh: '警告：没有读到客户管理表（客户管理表），没有卡可转移；请用 --data 加上它。',
    en: 'Warning: no customer roster (客户管理表) was read, so no card can move; add it with --data.',
  },
  'realloc.warn.prior-unreadable': {
    zh: '警告：无法读取之前的名单重新分配工作簿 {file}，已跳过（无法据此避免把卡分回原顾问）。',
    en: 'Warning: the earlier reallocation workbook {file} could not be read and was skipped (it cannot keep cards from going back to a former owner).',
  },
  'realloc.warn.unplaced': {
    zh: '警告：有 {count} 张应转出的卡没有可接收的在岗顾问（不能转给本人或原顾问），仍留在原顾问处。',
    en: 'Warning: {count} {count|card|cards} due to move had no active advisor to take them (never their owner or former owner) and stay where they are.',
  },
  'realloc.done': {
    zh: '名单重新分配：转移 {transfers} 张卡，分配新名单 {leads} 条（随机种子 {seed}）。',
    en: 'Lead reallocation: {transfers} {transfers|card|cards} transferred, {leads} new leads assigned (seed {seed}).',
  },
  'realloc.done.advisor': {
    zh: '  {advisor}：原有 {held}，转出 {out}，转入 {in}，下周新名单 {leads}',
    en: '  {advisor}: {held} {held|card|cards}, out {out}, in {in}, new leads next week {leads}',
  },
  'realloc.done.rotation': { zh: '  Walkin 轮换顺序：{order}', en: '  Walk-in rotation: {order}' },
} satisfies Catalogue;
