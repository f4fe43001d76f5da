/**
 * One description of the weekly summary table: its columns (group, header, and the cell of a
 * row: value, format, status), shared by the advisor rows and the center-total row, and by every
 * rendering - the detail sheet 周报汇总 (`DETAIL_COLUMNS`), the first page 本周结论, its picture and
 * the terminal (`PAGE_COLUMNS`, at most 8 columns). Nothing here computes a figure: the rows are
 * the model's advisor and center summaries.
 */
import type { Lang } from '../../config/types.js';
import { t, type MessageKey } from '../../i18n/index.js';
import type { Status, WeekMetrics } from '../../model/results.js';
import { FMT, statusWord } from '../../workbook/workbook-style.js';
import { figureCell, numberCell, textCell, type PageCell } from '../page.js';
import type { CheckCell, CheckKey, Penalty, TargetRow, WeeklyModel } from './model.js';

/** A row of the summary: an advisor or the center total, the same shape. */
export interface SummaryRow {
  label: string;
  total: boolean;
  metrics: WeekMetrics;
  checks: Record<CheckKey, CheckCell>;
  counts: Record<Status, number>;
  makeup: { owed: number | null; done: number; due: string | null; status: Status | null };
  cards: Penalty | null;
  leadsCut: Penalty | null;
  /** The team-bonus cell: status and its words. */
  bonus: { status: Status; text: string } | null;
  /** The targets form's enrollment and amount targets for the week (null: none given). */
  contractsTarget: TargetRow['enrollments'];
  amountTarget: TargetRow['amount'];
}

/** How a cell is laid out in the workbook besides its value. */
export type CellKind = 'plain' | 'status' | 'consequence' | 'date';

export interface TableCell extends PageCell {
  kind?: CellKind;
}

export interface TableColumn {
  /** Group header (message key) spanning consecutive columns with the same group; null = none. */
  group: MessageKey | null;
  header: MessageKey;
  cell(row: SummaryRow, lang: Lang): TableCell;
}

/** `0.2` -> `1/5`; other shares as a percentage. */
export function shareText(share: number): string {
  const inv = 1 / share;
  if (share > 0 && Math.abs(inv - Math.round(inv)) < 1e-6) return `1/${Math.round(inv)}`;
  return `${Math.round(share * 100)}%`;
}

/** The rows of the summary, advisors first, the center total last. */
export function summaryRows(model: WeeklyModel, lang: Lang): SummaryRow[] {
  const L = (k: MessageKey, p: Record<string, unknown> = {}) => t(k, p, lang);
  const targetOf = (advisor: string | null) => model.targets.find((x) => x.advisor === advisor);
  const rows: SummaryRow[] = model.advisors.map((a) => {
    const mk = a.consequences.makeup;
    const bonus = a.consequences.bonus;
    const key = bonus?.status === 'missed' ? 'weekly.cons.bonus-missed' : bonus?.status === 'pending' ? 'weekly.cons.bonus-pending' : 'weekly.cons.bonus-ok';
    return {
      label: a.configured === false ? `${a.advisor}${L('staff.not-configured')}` : a.advisor,
      total: false,
      metrics: a.metrics,
      checks: a.checks,
      counts: a.counts,
      makeup: { owed: mk?.calls ?? null, done: mk?.done ?? a.metrics.makeupCalls, due: mk?.due ?? null, status: mk?.status ?? null },
      cards: a.consequences.cardsReassigned,
      leadsCut: a.consequences.newLeadsCut,
      bonus: bonus ? { status: bonus.status, text: L(key) } : null,
      contractsTarget: targetOf(a.advisor)?.enrollments ?? null,
      amountTarget: targetOf(a.advisor)?.amount ?? null,
    };
  });
  const c = model.center;
  const tb = c.teamBonus;
  const bonusKey = tb ? ({ missed: 'weekly.cons.bonus-month', pending: 'weekly.cons.bonus-month-pending', met: 'weekly.cons.bonus-month-kept', excused: 'weekly.cons.bonus-month-kept' } satisfies Record<Status, MessageKey>)[tb.status] : null;
  rows.push({
    label: L('weekly.center-total'),
    total: true,
    metrics: c.metrics,
    checks: c.checks,
    counts: c.counts,
    makeup: { owed: c.makeupCalls || null, done: c.metrics.makeupCalls, due: null, status: null },
    cards: null,
    leadsCut: null,
    bonus: tb && bonusKey ? { status: tb.status, text: L(bonusKey, { month: tb.period }) } : null,
    contractsTarget: targetOf(null)?.enrollments ?? null,
    amountTarget: targetOf(null)?.amount ?? null,
  });
  return rows;
}

const num = (value: number | null, fmt: string = FMT.int): TableCell => numberCell(value, fmt);

function status(s: Status | null, lang: Lang): TableCell {
  return s ? { value: statusWord(s, lang), text: statusWord(s, lang), status: s, kind: 'status' } : { value: null, text: '', status: null };
}

/** A consequence: the status symbol and the consequence in words, coloured as its status. */
function consequence(s: Status, words: string, lang: Lang): TableCell {
  const text = `${statusWord(s, lang).split(' ')[0]} ${words}`;
  return { value: text, text, status: s, kind: 'consequence' };
}

function penalty(p: Penalty | null, missedKey: MessageKey, pendingKey: MessageKey, lang: Lang): TableCell {
  if (!p) return { value: null, text: '', status: null };
  return consequence(p.status, t(p.status === 'pending' ? pendingKey : missedKey, { share: shareText(p.share) }, lang), lang);
}

/** The actual/target/status triple of a check. */
function checkColumns(key: CheckKey, group: MessageKey): TableColumn[] {
  const fmt = key === 'signRate' ? FMT.percent : FMT.int;
  return [
    { group, header: 'weekly.col.actual', cell: (r) => num(r.checks[key].actual, fmt) },
    { group, header: 'weekly.col.target', cell: (r) => num(r.checks[key].target, fmt) },
    { group, header: 'weekly.col.status', cell: (r, lang) => status(r.checks[key].status, lang) },
  ];
}

/** The detail sheet 周报汇总: every figure of the week, advisor and total rows alike. */
export const DETAIL_COLUMNS: TableColumn[] = [
  { group: null, header: 'weekly.col.advisor', cell: (r) => textCell(r.label) },
  ...checkColumns('calls', 'weekly.group.calls'),
  { group: 'weekly.group.call-detail', header: 'weekly.col.new', cell: (r) => num(r.metrics.newCalls) },
  { group: 'weekly.group.call-detail', header: 'weekly.col.old', cell: (r) => num(r.metrics.oldCalls) },
  { group: 'weekly.group.call-detail', header: 'weekly.col.invalid', cell: (r) => num(r.metrics.invalidCalls) },
  ...checkColumns('firstInvites', 'weekly.group.first-invites'),
  ...checkColumns('secondInvites', 'weekly.group.second-invites'),
  ...checkColumns('firstVisits', 'weekly.group.first-visits'),
  ...checkColumns('secondVisits', 'weekly.group.second-visits'),
  ...checkColumns('visits', 'weekly.group.visits'),
  { group: 'weekly.group.contracts', header: 'weekly.col.contracts', cell: (r) => num(r.metrics.contracts) },
  { group: 'weekly.group.contracts', header: 'weekly.col.amount', cell: (r) => num(r.metrics.amount, FMT.money) },
  ...checkColumns('signRate', 'weekly.group.sign-rate'),
  { group: 'weekly.group.makeup', header: 'weekly.col.owed', cell: (r) => num(r.makeup.owed) },
  { group: 'weekly.group.makeup', header: 'weekly.col.done', cell: (r) => num(r.makeup.done) },
  { group: 'weekly.group.makeup', header: 'weekly.col.due', cell: (r) => (r.total ? numberCell(null, '') : { value: r.makeup.due, text: r.makeup.due ?? '', status: null, kind: 'date' }) },
  { group: 'weekly.group.makeup', header: 'weekly.col.status', cell: (r, lang) => status(r.makeup.status, lang) },
  { group: 'weekly.group.consequences', header: 'weekly.col.cards', cell: (r, lang) => penalty(r.cards, 'weekly.cons.cards', 'weekly.cons.cards-pending', lang) },
  { group: 'weekly.group.consequences', header: 'weekly.col.leads-cut', cell: (r, lang) => penalty(r.leadsCut, 'weekly.cons.leads-cut', 'weekly.cons.leads-cut-pending', lang) },
  {
    group: 'weekly.group.consequences',
    header: 'weekly.col.bonus',
    cell: (r, lang) => (r.bonus ? consequence(r.bonus.status, r.bonus.text, lang) : { value: null, text: '', status: null }),
  },
  { group: 'weekly.group.findings', header: 'weekly.col.missed-count', cell: (r) => num(r.counts.missed) },
  { group: 'weekly.group.findings', header: 'weekly.col.pending-count', cell: (r) => num(r.counts.pending) },
];

/** A check as actual/target with its status word, in one cell. */
function figure(key: CheckKey): (r: SummaryRow, lang: Lang) => TableCell {
  return (r, lang) => figureCell(r.checks[key].actual, r.checks[key].target, r.checks[key].status, FMT.int, lang);
}

/**
 * The first page's table (本周结论): one cell per figure, actual/target with the status word. The
 * targets form gives contracts (its enrollment target) and amount targets where it has them.
 */
export const PAGE_COLUMNS: TableColumn[] = [
  { group: null, header: 'weekly.col.advisor', cell: (r) => textCell(r.label, null, r.total) },
  { group: null, header: 'page.col.calls', cell: figure('calls') },
  { group: null, header: 'page.col.first-invites', cell: figure('firstInvites') },
  { group: null, header: 'page.col.second-invites', cell: figure('secondInvites') },
  { group: null, header: 'page.col.visits', cell: figure('visits') },
  {
    group: null,
    header: 'page.col.contracts',
    // Against the targets form's enrollment target (new + referral contracts) when it gives one.
    cell: (r, lang) =>
      r.contractsTarget
        ? figureCell(r.contractsTarget.actual, r.contractsTarget.target, r.contractsTarget.status, FMT.int, lang)
        : figureCell(r.metrics.contracts, null, null, FMT.int, lang),
  },
  {
    group: null,
    header: 'page.col.amount',
    cell: (r, lang) => figureCell(r.amountTarget?.actual ?? r.metrics.amount, r.amountTarget?.target ?? null, r.amountTarget?.status ?? null, FMT.money, lang),
  },
];
