/**
 * The monthly summary's first page, 本月结论: the month on one A4 portrait page (and one
 * phone-width picture), from the DirectorSummary alone. Calendar dates of the month's weeks at the
 * top, 初版/终版, the team-bonus verdict with its reasons, one row per advisor (at most 8
 * columns), the contract and course mixes against their targets, awards and renewals.
 */
import type { Lang } from '../../config/types.js';
import { t, type MessageKey } from '../../i18n/index.js';
import type { Status } from '../../model/results.js';
import { FMT, statusWord } from '../../workbook/workbook-style.js';
import { editionWord, figureCell, numberCell, textCell, type OnePage, type PageBlock, type PageCell } from '../page.js';
import { maskPage } from '../weekly/first-page.js';
import type { DirectorSummary, Mix } from './model.js';
import { bonusWord, moneyText, reasonText } from './workbook.js';

const BONUS_STATUS: Record<DirectorSummary['teamBonus']['status'], Status> = { kept: 'met', cancelled: 'missed', pending: 'pending' };


function mixRows<K extends string>(mix: Mix<K>, label: (k: K) => string, closed: boolean, lang: Lang): PageCell[][] {
  return mix.shares.map((s) => {
    const status: Status | null = s.share === null ? null : s.off ? (closed ? 'missed' : 'pending') : 'met';
    return [textCell(label(s.key)), figureCell(s.share, s.target, status, FMT.percent, lang), numberCell(s.count)];
  });
}

/** The page of the month. */
export function buildMonthlyPage(s: DirectorSummary, lang: Lang): OnePage {
  const L = (k: MessageKey, p: Record<string, unknown> = {}) => t(k, p, lang);
  const edition = editionWord(s.closed, lang);
  const status = BONUS_STATUS[s.teamBonus.status];
  const reasons = s.teamBonus.reasons.slice(0, 3).map((r) => reasonText(r, lang));
  if (s.teamBonus.reasons.length > 3) reasons.push(L('page.bonus.more', { n: s.teamBonus.reasons.length }));
  const sep = lang === 'zh' ? '：' : ': ';
  const bonusText = L('page.monthly.bonus', {
    symbol: statusWord(status, lang).split(' ')[0],
    word: bonusWord(s, lang),
    reasons: reasons.length ? `${sep}${reasons.join(lang === 'zh' ? '；' : '; ')}` : '',
  });

  const advisorRows: PageCell[][] = s.advisors.map((a) => [
    textCell(a.advisor),
    figureCell(a.enrollments.actual, a.enrollments.target, a.enrollments.status, FMT.int, lang),
    figureCell(a.amount.actual, a.amount.target, a.amount.status, FMT.money, lang),
    numberCell(a.contracts),
    figureCell(a.signRate, s.signRateTarget, a.signRateStatus, FMT.percent, lang),
    figureCell(a.weeksMet, a.weeks, a.weeks > 0 ? (a.weeksMet === a.weeks ? 'met' : 'missed') : null, FMT.int, lang),
  ]);
  advisorRows.push([
    textCell(L('director.item.center'), null, true),
    figureCell(s.totals.enrollments.actual, s.totals.enrollments.target, s.totals.enrollments.status, FMT.int, lang),
    figureCell(s.totals.amount.actual, s.totals.amount.target, s.totals.amount.status, FMT.money, lang),
    numberCell(s.contracts.count),
    figureCell(s.totals.signRate, s.signRateTarget, s.totals.signRateStatus, FMT.percent, lang),
    textCell(''),
  ]);

  const none = L('page.award.none');
  const blocks: PageBlock[] = [
    { kind: 'heading', text: L('page.heading.bonus', { month: s.month }) },
    { kind: 'line', text: bonusText, status },
    { kind: 'heading', text: L('page.heading.month-advisors') },
    {
      kind: 'table',
      table: {
        headers: (['weekly.col.advisor', 'page.col.enrollments', 'page.col.sales', 'page.col.contracts', 'page.col.sign-rate', 'page.col.weeks-met'] as const).map((k) => L(k)),
        rows: advisorRows,
        totalRows: 1,
      },
    },
    { kind: 'heading', text: L('page.heading.month-mix') },
    {
      kind: 'table',
      table: {
        headers: [L('chart.col.kind'), L('chart.col.actual') + '/' + L('chart.col.target'), L('director.col.contracts')],
        rows: [
          ...mixRows(s.typeMix, (k) => L('page.mix.type', { name: L(`director.type.${k}`) }), s.closed, lang),
          ...mixRows(s.courseMix, (k) => L('page.mix.course', { name: L(`director.course.${k}`) }), s.closed, lang),
        ],
        totalRows: 0,
      },
    },
    { kind: 'heading', text: L('page.heading.month-follow') },
    {
      kind: 'line',
      text: L('page.month.awards', {
        enrollment: s.awards.enrollment ? L('page.award.enrollment', { name: s.awards.enrollment, count: s.awards.enrollmentCount }) : none,
        firstOrder: s.awards.firstOrder ? L('page.award.first-order', { name: s.awards.firstOrder, date: s.awards.firstOrderDate ?? '' }) : none,
      }),
      status: null,
    },
    {
      kind: 'line',
      text: L('page.month.renewals', { counted: s.renewals.counted.count, notCounted: s.renewals.notCounted.count }),
      status: s.renewals.notCounted.count > 0 ? 'missed' : null,
    },
    {
      kind: 'line',
      text: L('page.month.rewards', { count: s.referralRewards.due.length, amount: moneyText(s.referralRewards.totalAmount).slice(1) }),
      status: null,
    },
  ];
  return maskPage({
    sheetName: L('page.monthly.sheet'),
    title: L('page.monthly.title', { center: s.center, month: s.month, edition }),
    subtitle: L('page.monthly.subtitle', {
      start: s.monthStart,
      end: s.monthEnd,
      month: s.month,
      asOf: s.asOf.slice(0, 16).replace('T', ' '),
      meaning: L(s.closed ? 'page.monthly.final-means' : 'page.monthly.draft-means'),
    }),
    final: s.closed,
    editionWord: edition,
    blocks,
  });
}
