/**
 * The director's monthly summary workbook (月度汇总, spec/commands.md "Workbooks"): overview
 * first, then advisors, weekly trend with in-cell data bars, renewals, lead sources, referral
 * rewards, About. Renders a DirectorSummary; every phone in it is masked (the model masks them,
 * and every user text is masked again here, so a phone typed into a name cell cannot leak).
 */
import type { ReportCell, Workbook } from '../../xlsx-write/types.js';
import type { Lang } from '../../config/types.js';
import { t } from '../../i18n/index.js';
import type { Status } from '../../model/results.js';
import { maskPhones } from '../../privacy/mask.js';
import {
  FMT,
  FONT_NAME,
  addAboutSheet,
  addSheet,
  fitColumns,
  newWorkbook,
  setDateCell,
  setNumberCell,
  setStatusCell,
  setTextCell,
  statusWord,
  tintCell,
  writeTable,
} from '../../workbook/workbook-style.js';
import { VERSION } from '../../version.js';
import { writePageSheet } from '../page-sheet.js';
import type { OnePage } from '../page.js';
import { addDirectorCharts } from './charts.js';
import { renewalFollowUpSheet } from '../analysis-sheets.js';
import type { BonusReason, DirectorSummary, Mix, TargetCheck } from './model.js';

const BONUS_STATUS: Record<DirectorSummary['teamBonus']['status'], Status> = { kept: 'met', cancelled: 'missed', pending: 'pending' };
const BAR_COLOR = 'FF638EC6';

/** Text of one team-bonus reason in the user's language. */
export function reasonText(r: BonusReason, lang?: Lang): string {
  return maskPhones(
    t(
      `director.reason.${r.kind}`,
      { advisor: r.advisor ?? '', week: r.week ?? '', date: r.date ?? '', phone: r.phone ?? '', actual: r.actual ?? '', target: r.target ?? '' },
      lang,
    ),
  );
}

/** The bonus decision as a word: 保留 / 取消 / 待定. */
export function bonusWord(s: DirectorSummary, lang?: Lang): string {
  return t(`director.bonus.${s.teamBonus.status}`, {}, lang);
}

/** User text, masked, as a text cell. */
function text(cell: ReportCell, value: string | null | undefined): void {
  setTextCell(cell, value == null ? value : maskPhones(value));
}

/** An amount as the terminal and notes show it: ¥12,800. */
export function moneyText(n: number): string {
  return `¥${Math.round(n).toLocaleString('en')}`;
}

/** One line of the overview. */
interface OverviewLine {
  label: string;
  value?: string | number | null;
  valueFmt?: string;
  target?: number | null;
  targetFmt?: string;
  status?: Status | null;
  /** Replaces the status word (the symbol stays), e.g. 取消 for the team bonus. */
  statusWord?: string;
  /** Colours the value cell without a status word. */
  tint?: Status;
  note?: string;
  bold?: boolean;
}

function targetLine(label: string, c: TargetCheck, fmt: string): OverviewLine {
  return { label, value: c.actual, valueFmt: fmt, target: c.target, targetFmt: fmt, status: c.status, bold: true };
}

function mixLines<K extends string>(label: string, mix: Mix<K>, keyLabel: (k: K) => string, closed: boolean, lang: Lang): OverviewLine[] {
  const lines: OverviewLine[] = [
    {
      label,
      status: mix.status,
      bold: true,
    },
  ];
  for (const s of mix.shares) {
    lines.push({
      label: t('director.item.share', { name: keyLabel(s.key) }, lang),
      value: s.share,
      valueFmt: FMT.percent,
      target: s.target,
      targetFmt: FMT.percent,
      status: s.share === null ? null : s.off ? (closed ? 'missed' : 'pending') : 'met',
      note: s.off && s.deviation !== null
        ? t('director.mix.off', { points: Math.round(Math.abs(s.deviation) * 100), tolerance: Math.round(mix.tolerance * 100) }, lang)
        : t('director.note.count', { count: s.count }, lang),
    });
  }
  return lines;
}

function overviewLines(s: DirectorSummary, lang: Lang): OverviewLine[] {
  const none = t('director.award.none', {}, lang);
  const lines: OverviewLine[] = [
    {
      label: t('director.item.team-bonus', {}, lang),
      value: bonusWord(s, lang),
      status: BONUS_STATUS[s.teamBonus.status],
      statusWord: bonusWord(s, lang),
      bold: true,
    },
    ...s.teamBonus.reasons.map((r, i) => ({ label: t('director.item.reason', { n: i + 1 }, lang), note: reasonText(r, lang) })),
    {
      label: t('director.item.enrollment-award', {}, lang),
      value: s.awards.enrollment ?? none,
      bold: true,
      note: s.awards.enrollment
        ? [
            t('director.award.enrollment-note', { count: s.awards.enrollmentCount, date: s.awards.enrollmentReachedOn ?? '' }, lang),
            s.awards.enrollmentTied.length > 1 ? t('director.award.tie-note', { names: s.awards.enrollmentTied.join('、') }, lang) : '',
          ].filter(Boolean).join('；')
        : undefined,
    },
    {
      label: t('director.item.first-order-award', {}, lang),
      value: s.awards.firstOrder ?? none,
      bold: true,
      note: s.awards.firstOrder
        ? [t('director.award.first-order-note', { date: s.awards.firstOrderDate ?? '' }, lang), s.awards.firstOrderStudent ?? ''].filter(Boolean).join('，')
        : undefined,
    },
    targetLine(t('director.item.sales', {}, lang), s.totals.amount, FMT.money),
    targetLine(t('director.item.enrollments', {}, lang), s.totals.enrollments, FMT.int),
    { label: t('director.item.contracts', {}, lang), value: s.contracts.count, valueFmt: FMT.int },
    { label: t('director.item.contract-amount', {}, lang), value: s.contracts.amount, valueFmt: FMT.money },
    { label: t('director.item.renewals-planned', {}, lang), value: s.renewals.planned, valueFmt: FMT.int, note: t('director.note.amount', { amount: moneyText(s.renewals.plannedAmount) }, lang) },
    { label: t('director.item.renewals-counted', {}, lang), value: s.renewals.counted.count, valueFmt: FMT.int, note: t('director.note.amount', { amount: moneyText(s.renewals.counted.amount) }, lang) },
    {
      label: t('director.item.renewals-not-counted', {}, lang),
      value: s.renewals.notCounted.count,
      valueFmt: FMT.int,
      // Not a rule status of its own (renewals.unplanned is per contract): a red figure, no word.
      tint: s.renewals.notCounted.count > 0 ? 'missed' : undefined,
      note: t('director.note.not-counted', { amount: moneyText(s.renewals.notCounted.amount) }, lang),
    },
    {
      label: t('director.item.renewal-share', {}, lang),
      value: s.renewals.share,
      valueFmt: FMT.percent,
      target: s.renewals.shareTarget,
      targetFmt: FMT.percent,
      status: s.renewals.shareStatus,
      bold: true,
    },
    ...mixLines(t('director.item.type-mix', {}, lang), s.typeMix, (k) => t(`director.type.${k}`, {}, lang), s.closed, lang),
    ...mixLines(t('director.item.course-mix', {}, lang), s.courseMix, (k) => t(`director.course.${k}`, {}, lang), s.closed, lang),
    {
      label: t('director.item.sign-rate', {}, lang),
      value: s.totals.signRate,
      valueFmt: FMT.percent,
      target: s.signRateTarget,
      targetFmt: FMT.percent,
      status: s.totals.signRateStatus,
      bold: true,
    },
    {
      label: t('director.item.referral-rewards', {}, lang),
      value: s.referralRewards.due.length,
      valueFmt: FMT.int,
      note: t('director.note.rewards', {
        count: s.referralRewards.due.length,
        amount: s.referralRewards.totalAmount,
        salon: s.referralRewards.due[0]?.salonClasses ?? '',
      }, lang),
      bold: true,
    },
  ];
  return lines;
}

function writeOverview(wb: Workbook, s: DirectorSummary, taken: Set<string>, lang: Lang): void {
  const ws = addSheet(wb, t('director.sheet.overview', {}, lang), taken, 2);
  const title = ws.getRow(1);
  text(title.getCell(1), t('director.title', { center: s.center, month: s.month, start: s.monthStart, end: s.monthEnd }, lang));
  title.getCell(1).font = { name: FONT_NAME, size: 14, bold: true };
  const headers = (['item', 'actual', 'target', 'status', 'note'] as const).map((k) => t(`director.col.${k}`, {}, lang));
  writeTable(ws, headers, overviewLines(s, lang), (row, line) => {
    text(row.getCell(1), line.label);
    if (line.bold) row.getCell(1).font = { name: FONT_NAME, size: 11, bold: true };
    if (typeof line.value === 'number') setNumberCell(row.getCell(2), line.value, line.valueFmt);
    else if (line.value !== undefined && line.value !== null) text(row.getCell(2), line.value);
    else if (line.value === null) setNumberCell(row.getCell(2), null, line.valueFmt);
    if (line.target !== undefined) setNumberCell(row.getCell(3), line.target, line.targetFmt);
    if (line.status) {
      const cell = row.getCell(4);
      setStatusCell(cell, line.status, lang);
      if (line.statusWord) cell.value = `${statusWord(line.status, lang).split(' ')[0]} ${line.statusWord}`;
    }
    if (line.status && typeof line.value === 'string') tintCell(row.getCell(2), line.status);
    if (line.tint) tintCell(row.getCell(2), line.tint);
    if (line.note) text(row.getCell(5), line.note);
  }, 2);
  // Title is wider than column A: leave it out of the width fit by re-fitting with it merged.
  ws.mergeCells(1, 1, 1, 5);
  fitColumns(ws, 8, 70);
}

/**
 * Row 1 of a sheet: the dates it covers, both ends as ISO dates (the calendar month, or the
 * weeks whose Friday falls in it for the weekly figures); the table starts on row 2.
 */
function periodLine(ws: ReturnType<typeof addSheet>, s: DirectorSummary, kind: 'month' | 'weeks' | 'advisors', lang: Lang): void {
  const cell = ws.getRow(1).getCell(1);
  text(cell, t(`director.period.${kind}`, { start: s.monthStart, end: s.monthEnd, wstart: s.weeksStart, wend: s.weeksEnd }, lang));
  cell.font = { name: FONT_NAME, size: 11, bold: true };
}

/** A sheet whose table starts on row 2, below its period line (periodLine, written once the table has fitted the columns). */
function periodSheet(wb: Workbook, name: string, taken: Set<string>): ReturnType<typeof addSheet> {
  return addSheet(wb, name, taken, 2);
}

function statusOrEmpty(cell: ReportCell, status: Status | null, lang: Lang): void {
  if (status) setStatusCell(cell, status, lang);
}

function writeAdvisors(wb: Workbook, s: DirectorSummary, taken: Set<string>, lang: Lang): void {
  const ws = periodSheet(wb, t('director.sheet.advisors', {}, lang), taken);
  const keys = ['advisor', 'enroll-target', 'enrollments', 'status', 'amount-target', 'sales', 'status', 'contracts', 'new', 'referral', 'renewal',
    'not-counted', 'contract-amount', 'sign-rate', 'status', 'weeks-met', 'weeks', 'talks', 'status', 'talk-dates'] as const;
  type Row = { name: string; a: (typeof s.advisors)[number] | null };
  const rows: Row[] = [...s.advisors.map((a) => ({ name: a.advisor, a })), { name: t('director.item.center', {}, lang), a: null }];
  writeTable(ws, keys.map((k) => t(`director.col.${k}`, {}, lang)), rows, (row, { name, a }) => {
    text(row.getCell(1), name);
    const enroll = a ? a.enrollments : s.totals.enrollments;
    const amount = a ? a.amount : s.totals.amount;
    setNumberCell(row.getCell(2), enroll.target);
    setNumberCell(row.getCell(3), enroll.actual);
    statusOrEmpty(row.getCell(4), enroll.status, lang);
    setNumberCell(row.getCell(5), amount.target, FMT.money);
    setNumberCell(row.getCell(6), amount.actual, FMT.money);
    statusOrEmpty(row.getCell(7), amount.status, lang);
    setNumberCell(row.getCell(8), a ? a.contracts : s.contracts.count);
    const byType = a ? a.byType : s.contracts.byType;
    setNumberCell(row.getCell(9), byType.new);
    setNumberCell(row.getCell(10), byType.referral);
    setNumberCell(row.getCell(11), byType.renewal);
    setNumberCell(row.getCell(12), a ? a.renewalsNotCounted : s.renewals.notCounted.count);
    setNumberCell(row.getCell(13), a ? a.contractAmount : s.contracts.amount, FMT.money);
    setNumberCell(row.getCell(14), a ? a.signRate : s.totals.signRate, FMT.percent);
    statusOrEmpty(row.getCell(15), a ? a.signRateStatus : s.totals.signRateStatus, lang);
    if (a) {
      setNumberCell(row.getCell(16), a.weeksMet);
      setNumberCell(row.getCell(17), a.weeks);
      if (a.weeks > 0) tintCell(row.getCell(16), a.weeksMet === a.weeks ? 'met' : 'missed');
      setNumberCell(row.getCell(18), a.talks);
      statusOrEmpty(row.getCell(19), a.talksStatus, lang);
      text(row.getCell(20), a.talkDates.join(', '));
    } else {
      row.eachCell((c) => (c.font = { ...(c.font ?? {}), name: FONT_NAME, bold: true }));
    }
  }, 2);
  periodLine(ws, s, 'advisors', lang);
}

function writeTrend(wb: Workbook, s: DirectorSummary, taken: Set<string>, lang: Lang): void {
  const ws = periodSheet(wb, t('director.sheet.trend', {}, lang), taken);
  const keys = ['week', 'advisor', 'effective-calls', 'call-target', 'status', 'visits', 'contracts', 'amount', 'sign-rate', 'status'] as const;
  writeTable(ws, keys.map((k) => t(`director.col.${k}`, {}, lang)), s.trend, (row, w) => {
    setDateCell(row.getCell(1), w.week);
    text(row.getCell(2), w.advisor);
    setNumberCell(row.getCell(3), w.effectiveCalls);
    setNumberCell(row.getCell(4), w.callTarget);
    statusOrEmpty(row.getCell(5), w.callStatus, lang);
    setNumberCell(row.getCell(6), w.visits);
    setNumberCell(row.getCell(7), w.contracts);
    setNumberCell(row.getCell(8), w.amount, FMT.money);
    setNumberCell(row.getCell(9), w.signRate, FMT.percent);
    statusOrEmpty(row.getCell(10), w.signRateStatus, lang);
  }, 2);
  periodLine(ws, s, 'weeks', lang);
  if (s.trend.length > 0) {
    const last = s.trend.length + 2;
    // In-cell bars: the director sees each advisor's week against the others at a glance.
    for (const col of ['C', 'F', 'H', 'I']) {
      ws.addConditionalFormatting({
        ref: `${col}3:${col}${last}`,
        rules: [
          { type: 'dataBar', priority: 1, cfvo: [{ type: 'num', value: 0 }, { type: 'max' }], color: { argb: BAR_COLOR } },
        ],
      });
    }
  }
}

function writeRenewals(wb: Workbook, s: DirectorSummary, taken: Set<string>, lang: Lang): void {
  const ws = periodSheet(wb, t('director.sheet.renewals', {}, lang), taken);
  const keys = ['advisor', 'planned', 'planned-amount', 'submitted', 'plan-status', 'done', 'counted-count', 'counted-amount', 'not-counted-count', 'not-counted-amount'] as const;
  type Row = (typeof s.renewals.byAdvisor)[number];
  const total: Row = {
    advisor: t('director.item.center', {}, lang),
    planned: s.renewals.planned,
    plannedAmount: s.renewals.plannedAmount,
    submitted: null,
    planStatus: null,
    done: s.renewals.done.length,
    counted: s.renewals.counted,
    notCounted: s.renewals.notCounted,
  };
  writeTable(ws, keys.map((k) => t(`director.col.${k}`, {}, lang)), [...s.renewals.byAdvisor, total], (row, r) => {
    text(row.getCell(1), r.advisor);
    setNumberCell(row.getCell(2), r.planned);
    setNumberCell(row.getCell(3), r.plannedAmount, FMT.money);
    setDateCell(row.getCell(4), r.submitted);
    statusOrEmpty(row.getCell(5), r.planStatus, lang);
    setNumberCell(row.getCell(6), r.done);
    setNumberCell(row.getCell(7), r.counted.count);
    setNumberCell(row.getCell(8), r.counted.amount, FMT.money);
    setNumberCell(row.getCell(9), r.notCounted.count);
    setNumberCell(row.getCell(10), r.notCounted.amount, FMT.money);
    if (r.notCounted.count > 0) tintCell(row.getCell(10), 'missed');
    if (r === total) row.eachCell((c) => (c.font = { ...(c.font ?? {}), name: FONT_NAME, bold: true }));
  }, 2);
  periodLine(ws, s, 'month', lang);

  const detail
 = periodSheet(wb, t('director.sheet.renewal-contracts', {}, lang), taken);
  const dkeys = ['date', 'advisor', 'student', 'phone', 'amount', 'counted', 'reason', 'file'] as const;
  writeTable(detail, dkeys.map((k) => t(`director.col.${k}`, {}, lang)), s.renewals.done, (row, r) => {
    setDateCell(row.getCell(1), r.date);
    text(row.getCell(2), r.advisor);
    text(row.getCell(3), r.student);
    text(row.getCell(4), r.phone);
    setNumberCell(row.getCell(5), r.amount, FMT.money);
    const cell = row.getCell(6);
    setStatusCell(cell, r.counted ? 'met' : 'missed', lang);
    cell.value = t(r.counted ? 'director.renewal.counted' : 'director.renewal.not-counted', {}, lang);
    if (r.reason) text(row.getCell(7), t(`director.renewal.${r.reason}`, {}, lang));
    text(row.getCell(8), originText(r.origin));
  }, 2);
  periodLine(detail, s, 'month', lang);
}

function writeLeads(wb: Workbook, s: DirectorSummary, taken: Set<string>, lang: Lang): void {
  const ws = periodSheet(wb, t('director.sheet.leads', {}, lang), taken);
  const keys = ['source', 'leads', 'valid', 'valid-rate', 'invited', 'visited', 'signed'] as const;
  const total = { ...s.leadSources.total, source: t('director.item.center', {}, lang) };
  writeTable(ws, keys.map((k) => t(`director.col.${k}`, {}, lang)), [...s.leadSources.rows, total], (row, r) => {
    text(row.getCell(1), r.source);
    setNumberCell(row.getCell(2), r.leads);
    setNumberCell(row.getCell(3), r.valid);
    setNumberCell(row.getCell(4), r.validRate, FMT.percent);
    setNumberCell(row.getCell(5), r.invited);
    setNumberCell(row.getCell(6), r.visited);
    setNumberCell(row.getCell(7), r.signed);
    if (r === total) row.eachCell((c) => (c.font = { ...(c.font ?? {}), name: FONT_NAME, bold: true }));
  }, 2);
  periodLine(ws, s, 'month', lang);
}

function originText(o: { file: string; sheet: string | null; row: number } | null): string {
  return o ? `${o.file}${o.sheet ? ` / ${o.sheet}` : ''} / ${o.row}` : '';
}

function writeReferrals(wb: Workbook, s: DirectorSummary, taken: Set<string>, lang: Lang): void {
  const ws = periodSheet(wb, t('director.sheet.referrals', {}, lang), taken);
  const keys = ['due', 'status', 'advisor', 'referrer', 'student', 'phone', 'start', 'date', 'reward', 'salon', 'note', 'file'] as const;
  const rows = s.referralRewards.due;
  writeTable(ws, keys.map((k) => t(`director.col.${k}`, {}, lang)), rows, (row, r) => {
    setDateCell(row.getCell(1), r.due);
    setStatusCell(row.getCell(2), r.status, lang);
    row.getCell(2).value = t(r.status === 'met' ? 'director.reward.due' : 'director.reward.upcoming', {}, lang);
    text(row.getCell(3), r.advisor);
    text(row.getCell(4), r.referrer);
    text(row.getCell(5), r.student);
    text(row.getCell(6), r.phone);
    setDateCell(row.getCell(7), r.start);
    setDateCell(row.getCell(8), r.signed);
    setNumberCell(row.getCell(9), r.amount, FMT.money);
    setNumberCell(row.getCell(10), r.salonClasses);
    if (r.start === null) {
      tintCell(row.getCell(7), 'pending');
      text(row.getCell(11), t('director.reward.no-start', {}, lang));
    }
    text(row.getCell(12), originText(r.origin));
  }, 2);
  periodLine(ws, s, 'month', lang);
  // Below the table (outside its filter): referrals signed on another advisor's referrer.
  let r = rows.length + 4;
  if (s.referralOwner.length > 0) {
    text(ws.getRow(r).getCell(1), t('director.item.owner-warnings', {}, lang));
    ws.getRow(r++).getCell(1).font = { name: FONT_NAME, bold: true };
    for (const w of s.referralOwner) {
      const row = ws.getRow(r++);
      text(row.getCell(3), w.advisor);
      text(row.getCell(4), w.message);
      text(row.getCell(12), w.evidence.map((e) => originText(e)).join('; '));
    }
  }
}

/** Builds the whole workbook in memory (tests read it back; the command saves it). */
export async function buildDirectorWorkbook(s: DirectorSummary, lang: Lang, page?: OnePage): Promise<Workbook> {
  const wb = newWorkbook();
  const taken = new Set<string>();
  // The month on one page first (first-page.ts), then the detail sheets.
  if (page) writePageSheet(wb, page, taken, lang);
  writeOverview(wb, s, taken, lang);
  writeAdvisors(wb, s, taken, lang);
  writeTrend(wb, s, taken, lang);
  addDirectorCharts(wb, taken, s, lang);
  writeRenewals(wb, s, taken, lang);
  if (s.renewalFollowUp) periodLine(renewalFollowUpSheet(wb, taken, s.renewalFollowUp, lang, 2), s, 'month', lang);
  writeLeads(wb, s, taken, lang);
  writeReferrals(wb, s, taken, lang);
  const about = addAboutSheet(
    wb,
    {
      center: maskPhones(s.center),
      period: `${s.month} (${s.monthStart} – ${s.monthEnd})`,
      asOf: s.asOf,
      version: VERSION,
      config: s.config,
      // A file may be named after a parent's phone: mask paths too.
      files: s.files.map((f) => ({ path: maskPhones(f.path), size: f.size, hash: f.hash })),
      extra: [
        [t('director.about.weeks', {}, lang), s.weeks.map((w) => `${w.start} – ${w.end}`).join(', ')],
        [t('director.about.issues', {}, lang), s.issues],
        [t('director.col.note', {}, lang), t('director.about.sources', {}, lang)],
      ],
    },
    taken,
    lang,
  );
  // The sources note is a paragraph: wrap it rather than push the size and hash columns off the page.
  about.getColumn(2).width = Math.min(about.getColumn(2).width ?? 40, 40);
  about.eachRow((row) => {
    const cell = row.getCell(2);
    if (typeof cell.value === 'string' && cell.value.length > 30) cell.alignment = { wrapText: true, vertical: 'top' };
  });
  return wb;
}

