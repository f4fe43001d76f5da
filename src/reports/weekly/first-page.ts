/**
 * The weekly report's first page, 本周结论: what the center director needs from the week, on one
 * A4 portrait page (and one phone-width picture). Pure: the weekly model and a few figures the
 * model does not hold (last week's center figures, the month's awards so far) in, the page out.
 *
 * Top to bottom: title with 初版/终版, dates; the team-bonus verdict in a sentence with its
 * reasons; one row per advisor (at most 8 columns, table.ts PAGE_COLUMNS); what follows
 * (make-ups, card moves, lead cuts, awards); the center against last week.
 */
import { addDays } from '../../calendar/local-date.js';
import type { AsOf } from '../../calendar/local-date.js';
import { dayClose, weekContaining } from '../../calendar/week.js';
import type { Config, Lang } from '../../config/types.js';
import type { Dataset } from '../../dataset/types.js';
import { t, type MessageKey } from '../../i18n/index.js';
import { monthContracts } from '../../metrics/month.js';
import { weekMetrics } from '../../metrics/week-metrics.js';
import type { RuleResult, Status, WeekInfo, WeekMetrics } from '../../model/results.js';
import { maskPhones } from '../../privacy/mask.js';
import { FMT } from '../../workbook/workbook-style.js';
import { enrollmentAward, firstOrderAward } from '../director/awards.js';
import { targetSummary } from '../analysis-model.js';
import { changeCell, editionWord, numberCell, textCell, type OnePage, type PageBlock, type PageCell } from '../page.js';
import { shortDateTime, weightedSignRate, type WeeklyModel } from './model.js';
import { PAGE_COLUMNS, shareText, summaryRows } from './table.js';

/** At most this many "what follows" lines about advisors; the rest are counted. */
const MAX_FOLLOW = 8;

/** The center's figures of a week, as the page compares them. */
export interface CenterFigures {
  calls: number;
  invites: number;
  visits: number;
  contracts: number;
  signRate: number;
}

/** What the page shows besides the weekly model. */
export interface PageExtras {
  /** Whether every close of the week has passed (终版). */
  final: boolean;
  /** The center's figures of the week before (null when the data holds nothing for it). */
  lastWeek: CenterFigures | null;
  /** The month's awards so far (manual §1.2.4(2)). */
  awards: { enrollment: string | null; enrollmentCount: number; firstOrder: string | null; firstOrderDate: string | null };
}

/** Whether every close of `week` has passed at `asOf`: Sunday's close decides visits and make-ups. */
export function weekIsFinal(week: WeekInfo, config: Config, asOf: AsOf): boolean {
  return asOf.local >= dayClose(week.sunday, config);
}

/** The center's figures from its advisors' week metrics. */
export function centerFigures(metrics: readonly WeekMetrics[]): CenterFigures {
  const sum = (f: (m: WeekMetrics) => number) => metrics.reduce((s, m) => s + f(m), 0);
  return {
    calls: sum((m) => m.effectiveCalls),
    invites: sum((m) => m.firstInvites + m.secondInvites),
    visits: sum((m) => m.firstVisits + m.secondVisits),
    contracts: sum((m) => m.contracts),
    signRate: weightedSignRate(metrics),
  };
}

/** The figures the page needs beyond the model: last week's center, the awards so far. */
export function pageExtras(dataset: Dataset, config: Config, week: WeekInfo, asOf: AsOf, advisors: string[]): PageExtras {
  const last = weekContaining(addDays(week.start, -7), config);
  const lastMetrics = weekMetrics(dataset, config, last, asOf, advisors).map((a) => a.metrics);
  const figures = centerFigures(lastMetrics);
  const empty = figures.calls === 0 && figures.invites === 0 && figures.visits === 0 && figures.contracts === 0;
  const contracts = monthContracts(dataset, config, week.month, asOf.local.slice(0, 10));
  const award = enrollmentAward(contracts);
  const first = firstOrderAward(contracts);
  return {
    final: weekIsFinal(week, config, asOf),
    lastWeek: empty ? null : figures,
    awards: { enrollment: award.winner, enrollmentCount: award.count, firstOrder: first?.advisor ?? null, firstOrderDate: first?.date ?? null },
  };
}

/** The team-bonus reasons carried by the engine's team.bonus result (its `detail.misses`). */
interface Miss {
  kind: 'calls.weekly' | 'invites.makeup' | 'callback-fabricated';
  advisor: string;
  week: string;
  actual: number | null;
  target: number | null;
}

function missesOf(r: RuleResult): Miss[] {
  const raw = r.detail?.misses;
  if (typeof raw !== 'string') return [];
  try {
    return JSON.parse(raw) as Miss[];
  } catch {
    return [];
  }
}

/** A miss in words, as the director's summary words it. */
function missText(m: Miss, lang: Lang): string {
  const key = ({ 'calls.weekly': 'director.reason.calls-weekly', 'invites.makeup': 'director.reason.makeup', 'callback-fabricated': 'director.reason.fabricated-callback' } satisfies Record<Miss['kind'], MessageKey>)[m.kind];
  return t(key, { advisor: m.advisor, week: m.week, date: m.week, phone: '', actual: m.actual ?? '', target: m.target ?? '' }, lang)
    .replace(/（，/, '（')
    .replace(/\(, /, '(');
}

/** The team-bonus verdict in a sentence with its reasons (who, which week, what). */
export function bonusSentence(bonus: RuleResult | null, lang: Lang): { text: string; status: Status } | null {
  if (!bonus) return null;
  const month = bonus.period;
  if (bonus.status === 'missed') {
    const misses = missesOf(bonus);
    const shown = misses.slice(0, 3).map((m) => missText(m, lang));
    if (misses.length > 3) shown.push(t('page.bonus.more', { n: misses.length }, lang));
    return { text: t('page.bonus.missed', { month, reasons: shown.join(lang === 'zh' ? '；' : '; ') }, lang), status: 'missed' };
  }
  if (bonus.status === 'pending') return { text: t('page.bonus.pending', { month, close: shortDateTime(bonus.deadline ?? '') }, lang), status: 'pending' };
  return { text: t('page.bonus.met', { month }, lang), status: 'met' };
}

/** What follows from the week: make-ups owed and by when, card moves, lead cuts, awards so far. */
function followLines(model: WeeklyModel, extras: PageExtras, lang: Lang): PageBlock[] {
  const L = (k: MessageKey, p: Record<string, unknown> = {}) => t(k, p, lang);
  const lines: { text: string; status: Status }[] = [];
  for (const m of model.makeups) {
    lines.push({ text: L('page.follow.makeup', { advisor: m.advisor, due: shortDateTime(m.due), calls: m.calls, done: m.done }), status: m.status });
  }
  for (const a of model.advisors) {
    const cards = a.consequences.cardsReassigned;
    if (cards) {
      const what = L(cards.status === 'pending' ? 'weekly.cons.cards-pending' : 'weekly.cons.cards', { share: shareText(cards.share) });
      lines.push({ text: L('page.follow.cards', { advisor: a.advisor, actual: a.metrics.secondInvites, what }), status: cards.status });
    }
  }
  for (const a of model.advisors) {
    const cut = a.consequences.newLeadsCut;
    if (cut) {
      const what = L(cut.status === 'pending' ? 'weekly.cons.leads-cut-pending' : 'weekly.cons.leads-cut', { share: shareText(cut.share) });
      lines.push({ text: L('page.follow.leads', { advisor: a.advisor, actual: a.checks.visits.actual ?? 0, target: a.checks.visits.target ?? '', what }), status: cut.status });
    }
  }
  const blocks: PageBlock[] = lines.slice(0, MAX_FOLLOW).map((l) => ({ kind: 'line', text: l.text, status: l.status }));
  if (lines.length > MAX_FOLLOW) blocks.push({ kind: 'line', text: L('page.more-in', { n: lines.length - MAX_FOLLOW, sheet: L('weekly.sheet.summary') }), status: null });
  if (lines.length === 0) blocks.push({ kind: 'line', text: L('page.follow.none'), status: 'met' });
  const aw = extras.awards;
  const none = L('page.award.none');
  blocks.push({
    kind: 'line',
    text: L('page.follow.awards', {
      enrollment: aw.enrollment ? L('page.award.enrollment', { name: aw.enrollment, count: aw.enrollmentCount }) : none,
      firstOrder: aw.firstOrder ? L('page.award.first-order', { name: aw.firstOrder, date: aw.firstOrderDate ?? '' }) : none,
    }),
    status: null,
  });
  return blocks;
}

/**
 * Lines about the trend and the month's target plan (issue 15): each decline found, with the
 * advisors and the basic behind it, then what each advisor's month target asks of every week
 * left. On the sheet, the picture and the terminal alike; nothing when there is neither.
 */
export function outlookLines(model: WeeklyModel, lang: Lang): PageBlock[] {
  const { declines, targetPlan } = model.analysis;
  // The target plan in one line (the page must stay one A4 page): the 目标分解 sheet has the rest.
  const targets = targetSummary(targetPlan, lang);
  if (declines.length === 0 && targets === null) return [];
  return [
    { kind: 'heading', text: t('page.heading.outlook', {}, lang) },
    ...declines.map((text): PageBlock => ({ kind: 'line', text, status: 'missed' })),
    ...(targets === null ? [] : [{ kind: 'line', text: targets, status: null } as PageBlock]),
  ];
}

function againstLastWeek(model: WeeklyModel, extras: PageExtras, lang: Lang): PageBlock {
  const L = (k: MessageKey) => t(k, {}, lang);
  const now = centerFigures(model.advisors.map((a) => a.metrics));
  // The engine's center sign rate when it gives one (the model's), else the weighted one.
  now.signRate = model.center.metrics.signRate;
  const before = extras.lastWeek;
  const rows: [MessageKey, keyof CenterFigures, string][] = [
    ['page.row.calls', 'calls', FMT.int],
    ['page.row.invites', 'invites', FMT.int],
    ['page.row.visits', 'visits', FMT.int],
    ['page.row.contracts', 'contracts', FMT.int],
    ['page.row.sign-rate', 'signRate', FMT.percent],
  ];
  return {
    kind: 'table',
    table: {
      headers: [L('page.col.figure'), L('page.col.this-week'), L('page.col.last-week'), L('page.col.change')],
      rows: rows.map(([label, key, fmt]): PageCell[] => [
        textCell(L(label)),
        numberCell(now[key], fmt),
        numberCell(before ? before[key] : null, fmt),
        changeCell(now[key], before ? before[key] : null, fmt, t('page.change.points', {}, lang)),
      ]),
      totalRows: 0,
    },
  };
}

/** The page of the week. */
export function buildWeeklyPage(model: WeeklyModel, extras: PageExtras, lang: Lang): OnePage {
  const L = (k: MessageKey, p: Record<string, unknown> = {}) => t(k, p, lang);
  const edition = editionWord(extras.final, lang);
  const rows = summaryRows(model, lang);
  const bonus = bonusSentence(model.center.teamBonus, lang);
  const blocks: PageBlock[] = [];
  if (bonus) blocks.push({ kind: 'heading', text: L('page.heading.bonus', { month: model.week.month }) }, { kind: 'line', text: bonus.text, status: bonus.status });
  blocks.push(
    { kind: 'heading', text: L('page.heading.advisors') },
    {
      kind: 'table',
      table: { headers: PAGE_COLUMNS.map((c) => L(c.header)), rows: rows.map((r) => PAGE_COLUMNS.map((c) => c.cell(r, lang))), totalRows: 1 },
    },
    { kind: 'heading', text: L('page.heading.follow') },
    ...followLines(model, extras, lang),
    ...outlookLines(model, lang),
    { kind: 'heading', text: L('page.heading.center') },
    againstLastWeek(model, extras, lang),
  );
  const page: OnePage = {
    sheetName: L('page.weekly.sheet'),
    title: L('page.weekly.title', { center: model.report.center, edition }),
    subtitle: L('page.weekly.subtitle', {
      start: model.week.start,
      end: model.week.end,
      asOf: shortDateTime(model.asOf.local),
      meaning: extras.final ? L('page.weekly.final-means') : L('page.weekly.draft-means', { close: `${model.week.sunday} ${model.closeOfBusiness}` }),
    }),
    final: extras.final,
    editionWord: edition,
    blocks,
  };
  return maskPage(page);
}

/** No phone in full on the page (as on every report page but the call lists). */
export function maskPage(page: OnePage): OnePage {
  const cell = (c: PageCell): PageCell => (typeof c.value === 'string' ? { ...c, value: maskPhones(c.value), text: maskPhones(c.text) } : c);
  return {
    ...page,
    title: maskPhones(page.title),
    subtitle: maskPhones(page.subtitle),
    blocks: page.blocks.map((b) =>
      b.kind === 'table' ? { ...b, table: { ...b.table, headers: b.table.headers.map(maskPhones), rows: b.table.rows.map((r) => r.map(cell)) } } : { ...b, text: maskPhones(b.text) },
    ),
  };
}
