/**
 * The weekly report workbook (销售部工作周报, 附表4; spec/commands.md, "Workbooks"): summary,
 * daily calls, invitations and visits by event form, findings and actions, data issues, the
 * weekend session plan, the callback sample (the `callbacks` form, for customer service), and
 * the About sheet. It only lays out the model: no figure is computed here.
 */
import type { ReportCell, Row, Workbook, Worksheet } from '../../xlsx-write/types.js';
import { addDays, dayOfWeek } from '../../calendar/local-date.js';
import type { Config, Lang } from '../../config/types.js';
import type { InputFile } from '../../dataset/types.js';
import { t, type MessageKey } from '../../i18n/index.js';
import { ruleName } from '../../i18n/rule-names.js';
import type { Action, RuleResult, Status } from '../../model/results.js';
import { FORM_DEFS } from '../../forms/index.js';
import { maskPhones } from '../../privacy/mask.js';
import {
  addAboutSheet,
  addSheet,
  fitColumns,
  FMT,
  FONT_NAME,
  newWorkbook,
  saveWorkbook,
  setDateCell,
  setNumberCell,
  setStatusCell,
  setTextCell,
  styleHeaderRow,
  textWidth,
  tintCell,
  writeTable,
} from '../../workbook/workbook-style.js';
import type { WeeklyModel } from './model.js';
import { CHECKS, shortDateTime } from './model.js';
import { SESSION_RULES, type Session, type SessionAdvisor } from './session-plan.js';
import { DETAIL_COLUMNS, shareText, summaryRows, type SummaryRow } from './table.js';
import { writeDescribedCell, writePageSheet } from '../page-sheet.js';
import type { OnePage } from '../page.js';
import { addWeeklyCharts } from './charts.js';

export { shareText };
import { renewalFollowUpSheet, targetPlanSheet, trendSheet } from '../analysis-sheets.js';

/** What the workbook needs besides the model. */
export interface WeeklyWorkbookInfo {
  config: Config;
  files: InputFile[];
  version: string;
  lang: Lang;
  /** The first page, 本周结论 (first-page.ts); the workbook starts with it when given. */
  page?: OnePage;
}

/** Rules whose actual and target are shares (written as percentages). */
/** Rules whose actual is a count although their subject is a share. */
const COUNT_ACTUAL_RULES = new Set(['contracts.type-mix', 'contracts.course-mix']);

const SHARE_RULES = new Set([
  'contracts.sign-rate',
  'calls.new-old-ratio',
  'contracts.type-mix',
  'contracts.course-mix',
  'renewals.share',
  'data.completeness',
]);

/** The weekday words, Sunday first (calendar's dayOfWeek). */
const WEEKDAYS = ['weekly.weekday.0', 'weekly.weekday.1', 'weekly.weekday.2', 'weekly.weekday.3', 'weekly.weekday.4', 'weekly.weekday.5', 'weekly.weekday.6'] as const;

/** An action in words. */
export function actionText(action: Action | undefined, cob: string, lang: Lang): string {
  if (!action) return '';
  switch (action.type) {
    case 'weekend-makeup':
      return t('weekly.action.weekend-makeup', { calls: action.calls, due: action.due.length === 10 ? `${action.due} ${cob}` : shortDateTime(action.due) }, lang);
    case 'team-bonus-cancelled':
      return t('weekly.action.team-bonus-cancelled', { month: action.month }, lang);
    case 'cards-reassigned':
      return t('weekly.action.cards-reassigned', { share: shareText(action.share) }, lang);
    case 'new-leads-cut':
      return t('weekly.action.new-leads-cut', { share: shareText(action.share) }, lang);
    case 'renewals-not-counted':
      return t('weekly.action.renewals-not-counted', {}, lang);
  }
}

/** A date cell, centred so it never runs into the text of the next column. */
function setDate(cell: ReportCell, local: string | null | undefined): void {
  setDateCell(cell, local);
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
}

/**
 * Long free text: wrapped in a column of at most `width`, each row made tall enough for its
 * lines (readers do not grow row heights by themselves).
 */
function wrapColumn(ws: Worksheet, col: number, width: number, headerRows = 1, vertical: 'top' | 'middle' = 'top'): void {
  const column = ws.getColumn(col);
  column.width = Math.min(column.width ?? width, width);
  // Words and paths wrap at breaks, not at the exact width: count on lines a little shorter.
  const chars = Math.max(1, ((column.width ?? width) - 1) * 0.8);
  column.eachCell({ includeEmpty: false }, (cell, rowNumber) => {
    if (rowNumber <= headerRows || typeof cell.value !== 'string') return;
    cell.alignment = { ...(cell.alignment ?? {}), wrapText: true, vertical };
    const lines = cell.value.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / chars)), 0);
    const row = ws.getRow(rowNumber);
    row.height = Math.max(row.height ?? 15, lines * 15 + 3);
    row.eachCell((c) => {
      c.alignment = { ...(c.alignment ?? {}), vertical };
    });
  });
}

/** Builds the whole workbook (not yet saved). */
export async function buildWeeklyWorkbook(model: WeeklyModel, info: WeeklyWorkbookInfo): Promise<Workbook> {
  const wb = newWorkbook();
  wb.title = t('weekly.title', {}, info.lang);
  const taken = new Set<string>();
  const page = info.page ? writePageSheet(wb, info.page, taken, info.lang) : null;
  summarySheet(wb, taken, model, info.lang);
  addWeeklyCharts(wb, taken, wb.worksheets[wb.worksheets.length - 1]!.name, model.advisors.length, page, info.lang);
  dailySheet(wb, taken, model, info.lang);
  eventsSheet(wb, taken, model, info.lang);
  findingsSheet(wb, taken, model, info.lang);
  // Issue 15: the trend (no chart until the writer has charts), renewal follow-up, targets as weekly work.
  if (model.analysis.trend) trendSheet(wb, taken, model.analysis.trend, info.lang);
  renewalFollowUpSheet(wb, taken, model.analysis.renewals, info.lang);
  targetPlanSheet(wb, taken, model.analysis.targetPlan, info.lang);
  issuesSheet(wb, taken, model, info.lang);
  sessionsSheet(wb, taken, model, info.lang);
  const callbackSheetName = callbacksSheet(wb, taken, model, info.lang);
  aboutSheet(wb, taken, model, info, callbackSheetName);
  return wb;
}

function summarySheet(wb: Workbook, taken: Set<string>, model: WeeklyModel, lang: Lang): void {
  const L = (k: MessageKey, p: Record<string, unknown> = {}) => t(k, p, lang);
  const ws = addSheet(wb, L('weekly.sheet.summary'), taken, 3);
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 3 }];
  // One description (table.ts) lays out the advisor rows and the center total alike.
  const headers = DETAIL_COLUMNS.map((c) => L(c.header));
  const writeRow = (row: Row, r: SummaryRow) => DETAIL_COLUMNS.forEach((c, i) => writeDescribedCell(row.getCell(i + 1), c.cell(r, lang), lang));
  const rows = summaryRows(model, lang);
  writeTable(ws, headers, rows.filter((r) => !r.total), writeRow, 3);

  // Center total, below the filtered range so that sorting the advisors never moves it.
  const total = ws.getRow(4 + model.advisors.length);
  writeRow(total, rows.find((r) => r.total)!);
  total.eachCell({ includeEmpty: false }, (cell) => {
    cell.font = { ...(cell.font ?? {}), name: FONT_NAME, bold: true };
    cell.border = { top: { style: 'thin', color: { argb: 'FF000000' } } };
  });

  // The center's weekly targets from the targets sheet, when it gives them.
  if (model.targets.length > 0) {
    const start = total.number + 2;
    setTextCell(ws.getCell(start, 1), L('weekly.targets.title'));
    ws.getCell(start, 1).font = { name: FONT_NAME, bold: true, size: 12 };
    const head = ws.getRow(start + 1);
    [
      L('weekly.col.for'),
      L('weekly.col.enrollments-target'),
      L('weekly.col.enrollments'),
      L('weekly.col.status'),
      L('weekly.col.amount-target'),
      L('weekly.col.sales'),
      L('weekly.col.status'),
    ].forEach((h, i) => setTextCell(head.getCell(i + 1), h));
    styleHeaderRow(head);
    model.targets.forEach((tr, i) => {
      const row = ws.getRow(start + 2 + i);
      setTextCell(row.getCell(1), tr.advisor ?? L('weekly.center'));
      if (tr.enrollments) {
        setNumberCell(row.getCell(2), tr.enrollments.target);
        setNumberCell(row.getCell(3), tr.enrollments.actual);
        setStatusCell(row.getCell(4), tr.enrollments.status, lang);
      }
      if (tr.amount) {
        setNumberCell(row.getCell(5), tr.amount.target, FMT.money);
        setNumberCell(row.getCell(6), tr.amount.actual, FMT.money);
        setStatusCell(row.getCell(7), tr.amount.status, lang);
      }
    });
  }
  fitColumns(ws, 6, 40);
  // Consequences wrap in narrower columns, so the sheet still prints legibly on one A4 width.
  const consCol = DETAIL_COLUMNS.findIndex((c) => c.group === 'weekly.group.consequences') + 1;
  for (let k = consCol; k < consCol + 3; k++) wrapColumn(ws, k, 20, 3, 'middle');

  // Title and group headers last, so they do not widen the first columns.
  ws.mergeCells(1, 1, 1, headers.length);
  setTextCell(ws.getCell(1, 1), t('weekly.summary.title', {
    center: model.report.center,
    start: model.week.start,
    end: model.week.end,
    asOf: shortDateTime(model.asOf.local),
  }, lang));
  ws.getCell(1, 1).font = { name: FONT_NAME, bold: true, size: 14 };
  ws.getRow(1).height = 24;
  const groupRow = ws.getRow(2);
  for (let c = 0; c < DETAIL_COLUMNS.length; ) {
    const group = DETAIL_COLUMNS[c]!.group;
    let n = 1;
    while (group && DETAIL_COLUMNS[c + n]?.group === group) n++;
    if (group) {
      setTextCell(groupRow.getCell(c + 1), L(group));
      if (n > 1) ws.mergeCells(2, c + 1, 2, c + n);
    } else {
      // Not merged down into row 3: that row carries the filter buttons, which need the header
      // cell itself. A blank styled cell above it keeps the band.
      groupRow.getCell(c + 1).value = ' ';
    }
    c += n;
  }
  styleHeaderRow(groupRow);
  ws.getRow(3).height = 30;
}

function dailySheet(wb: Workbook, taken: Set<string>, model: WeeklyModel, lang: Lang): void {
  const L = (k: MessageKey, p: Record<string, unknown> = {}) => t(k, p, lang);
  const ws = addSheet(wb, L('weekly.sheet.daily'), taken);
  const mix = model.dailyMix;
  writeTable(
    ws,
    [
      L('weekly.col.advisor'),
      L('weekly.col.date'),
      L('weekly.col.weekday'),
      L('weekly.col.leave'),
      L('weekly.col.effective'),
      L('weekly.col.target'),
      L('weekly.col.status'),
      L('weekly.col.first-invite-calls', { n: mix.firstInvite }),
      L('weekly.col.second-invite-calls', { n: mix.secondInvite }),
      L('weekly.col.member-care-calls', { n: mix.memberCare }),
      L('weekly.col.invalid'),
    ],
    model.daily,
    (row, d) => {
      setTextCell(row.getCell(1), d.advisor);
      setDate(row.getCell(2), d.day.date);
      setTextCell(row.getCell(3), L(WEEKDAYS[dayOfWeek(d.day.date)]!));
      setTextCell(row.getCell(4), d.day.leave ? L(`weekly.leave.${d.day.leave}`) : null);
      setNumberCell(row.getCell(5), d.day.effectiveCalls);
      setNumberCell(row.getCell(6), d.day.target);
      setStatusCell(row.getCell(7), d.status, lang);
      setNumberCell(row.getCell(8), d.day.firstInviteCalls);
      setNumberCell(row.getCell(9), d.day.secondInviteCalls);
      setNumberCell(row.getCell(10), d.day.memberCareCalls);
      setNumberCell(row.getCell(11), d.day.invalidCalls);
    },
  );
}

function eventsSheet(wb: Workbook, taken: Set<string>, model: WeeklyModel, lang: Lang): void {
  const L = (k: MessageKey, p: Record<string, unknown> = {}) => t(k, p, lang);
  const ws = addSheet(wb, L('weekly.sheet.events'), taken);
  const figures = (r: { firstInvites: number; secondInvites: number; firstVisits: number; secondVisits: number; open: number }) => [
    r.firstInvites,
    r.secondInvites,
    r.firstVisits,
    r.secondVisits,
    r.open,
  ];
  writeTable(
    ws,
    [
      L('weekly.col.advisor'),
      L('weekly.col.event'),
      L('weekly.col.first-invites'),
      L('weekly.col.second-invites'),
      L('weekly.col.first-visits'),
      L('weekly.col.second-visits'),
      L('weekly.col.open'),
    ],
    model.events,
    (row, e) => {
      setTextCell(row.getCell(1), e.advisor);
      setTextCell(row.getCell(2), L(`weekly.event.${e.event ?? 'none'}`));
      figures(e).forEach((v, i) => setNumberCell(row.getCell(3 + i), v));
    },
  );
  const total = ws.getRow(model.events.length + 2);
  setTextCell(total.getCell(1), L('weekly.center-total'));
  const sums = model.events.reduce(
    (s, e) => figures(e).map((v, i) => s[i]! + v),
    [0, 0, 0, 0, 0],
  );
  sums.forEach((v, i) => setNumberCell(total.getCell(3 + i), v));
  total.eachCell({ includeEmpty: false }, (cell) => {
    cell.font = { name: FONT_NAME, bold: true };
    cell.border = { top: { style: 'thin', color: { argb: 'FF000000' } } };
  });
}

function findingsSheet(wb: Workbook, taken: Set<string>, model: WeeklyModel, lang: Lang): void {
  const L = (k: MessageKey, p: Record<string, unknown> = {}) => t(k, p, lang);
  const ws = addSheet(wb, L('weekly.sheet.findings'), taken);
  writeTable(
    ws,
    [
      L('weekly.col.advisor'),
      L('weekly.col.rule'),
      L('weekly.col.section'),
      L('weekly.col.period'),
      L('weekly.col.actual'),
      L('weekly.col.target'),
      L('weekly.col.status'),
      L('weekly.col.severity'),
      L('weekly.col.action'),
      L('weekly.col.deadline'),
      L('weekly.col.message'),
      L('weekly.col.file'),
      L('weekly.col.sheet'),
      L('weekly.col.row'),
      L('weekly.col.more-evidence'),
      L('rule-id.col'),
    ],
    model.findings,
    (row, r: RuleResult) => {
      // Completeness is judged against 100%: two decimals, so 99.99% never shows as 100%.
      const fmt = r.rule === 'data.completeness' ? '0.00%' : SHARE_RULES.has(r.rule) ? FMT.percent1 : Number.isInteger(r.actual ?? 0) ? FMT.int : '0.00';
      setTextCell(row.getCell(1), r.advisor ?? L('weekly.center'));
      setTextCell(row.getCell(2), ruleName(r.rule, lang));
      setTextCell(row.getCell(16), r.rule);
      setTextCell(row.getCell(3), `§${r.section}`);
      setTextCell(row.getCell(4), r.period);
      // A mix's actual is a count of contracts (its shares are in the message): never a percentage.
      const countFmt = COUNT_ACTUAL_RULES.has(r.rule) ? FMT.int : fmt;
      setNumberCell(row.getCell(5), r.actual, countFmt);
      setNumberCell(row.getCell(6), r.target, COUNT_ACTUAL_RULES.has(r.rule) && Number.isInteger(r.target ?? 0) ? FMT.int : fmt);
      setStatusCell(row.getCell(7), r.status, lang);
      setTextCell(row.getCell(8), L(`weekly.severity.${r.severity}`));
      setTextCell(row.getCell(9), actionText(r.action, model.closeOfBusiness, lang));
      setDate(row.getCell(10), r.deadline);
      setTextCell(row.getCell(11), maskPhones(r.message));
      const [first, ...more] = r.evidence;
      if (first) {
        setTextCell(row.getCell(12), first.file);
        setTextCell(row.getCell(13), first.sheet);
        setNumberCell(row.getCell(14), first.row, '0');
      }
      if (more.length > 0) {
        // The first few in full, so the supervisor can go straight to them; the rest counted.
        const shown = more.slice(0, 3).map((o) => `${o.file}${o.sheet ? ` / ${o.sheet}` : ''} / ${o.row}`);
        if (more.length > 3) shown.push(L('weekly.more-evidence', { n: more.length - 3 }));
        setTextCell(row.getCell(15), shown.join('\n'));
      }
    },
  );
  fitColumns(ws, 6, 50);
  // Actual and target hold 100.0% and 99.99%: wide enough for the formatted value, never ###.
  for (const col of [5, 6]) ws.getColumn(col).width = Math.max(ws.getColumn(col).width ?? 0, 9);
  wrapColumn(ws, 9, 30);
  wrapColumn(ws, 11, 40);
  wrapColumn(ws, 12, 30);
  wrapColumn(ws, 15, 40);
}

function issuesSheet(wb: Workbook, taken: Set<string>, model: WeeklyModel, lang: Lang): void {
  const L = (k: MessageKey, p: Record<string, unknown> = {}) => t(k, p, lang);
  const ws = addSheet(wb, L('weekly.sheet.issues'), taken);
  const issues = model.report.dataIssues;
  writeTable(
    ws,
    [
      L('weekly.col.severity'),
      L('weekly.col.code'),
      L('weekly.col.file'),
      L('weekly.col.sheet'),
      L('weekly.col.row'),
      L('weekly.col.column'),
      L('weekly.col.value'),
      L('weekly.col.message'),
    ],
    issues,
    (row, i) => {
      setTextCell(row.getCell(1), L(`weekly.severity.${i.severity}`));
      if (i.severity !== 'info') tintCell(row.getCell(1), i.severity === 'error' ? 'missed' : 'pending');
      setTextCell(row.getCell(2), i.code);
      setTextCell(row.getCell(3), i.file);
      setTextCell(row.getCell(4), i.sheet);
      setNumberCell(row.getCell(5), i.row, '0');
      setTextCell(row.getCell(6), i.column);
      setTextCell(row.getCell(7), i.value === null ? null : maskPhones(i.value));
      setTextCell(row.getCell(8), maskPhones(i.message));
    },
  );
  if (issues.length === 0) setTextCell(ws.getCell(2, 1), L('weekly.no-issues'));
  fitColumns(ws, 6, 60);
  wrapColumn(ws, 3, 36);
  wrapColumn(ws, 8, 50);
}

function sessionsSheet(wb: Workbook, taken: Set<string>, model: WeeklyModel, lang: Lang): void {
  const L = (k: MessageKey, p: Record<string, unknown> = {}) => t(k, p, lang);
  const ws = addSheet(wb, L('weekly.sheet.sessions'), taken);
  const rows = model.sessions.flatMap((s) => s.advisors.map((a) => ({ s, a })));
  writeTable(
    ws,
    [
      L('weekly.col.session'),
      L('weekly.col.weekday'),
      L('weekly.col.event'),
      L('weekly.col.advisor'),
      L('weekly.col.role'),
      L('weekly.col.families'),
      L('weekly.col.customers'),
      L('weekly.col.helper'),
      L('weekly.col.visited'),
      L('weekly.col.rule'),
      L('weekly.col.section'),
      L('rule-id.col'),
    ],
    rows,
    (row, { s, a }: { s: Session; a: SessionAdvisor }) => {
      setDate(row.getCell(1), s.session);
      setTextCell(row.getCell(2), L(WEEKDAYS[dayOfWeek(s.session.slice(0, 10))]!));
      setTextCell(row.getCell(3), L(`weekly.event.${s.event ?? 'none'}`));
      setTextCell(row.getCell(4), a.advisor);
      setTextCell(row.getCell(5), L(`weekly.role.${a.role}`));
      setNumberCell(row.getCell(6), a.families.length);
      row.getCell(6).alignment = { horizontal: 'center' };
      setTextCell(row.getCell(7), a.families.map((f) => f.customer ?? '?').join('、'));
      if (a.helperNeeded) {
        setTextCell(row.getCell(8), L('weekly.helper.yes'));
        tintCell(row.getCell(8), 'pending');
      }
      if (a.role === 'host') {
        if (s.upcoming) setStatusCell(row.getCell(9), 'pending', lang);
        else {
          const count = (v: string | null) => a.families.filter((f) => f.visited === v).length;
          setTextCell(row.getCell(9), L('weekly.visited.summary', { yes: count('yes'), no: count('no'), open: count(null) }));
        }
      }
      const rule = a.helperNeeded ? SESSION_RULES.helper : a.role === 'observer' ? SESSION_RULES.observer : null;
      if (rule) {
        setTextCell(row.getCell(10), ruleName(rule.rule, lang));
        setTextCell(row.getCell(11), `§${rule.section}`);
        setTextCell(row.getCell(12), rule.rule);
      }
    },
  );
  if (rows.length === 0) {
    setTextCell(ws.getCell(2, 1), L('weekly.no-sessions', { sat: addDays(model.week.sunday, -1), sun: model.week.sunday }));
  }
  fitColumns(ws, 6, 50);
  wrapColumn(ws, 7, 40);
}

/** The callback sample laid out exactly as the `callbacks` form (its definition); returns its sheet name. */
function callbacksSheet(wb: Workbook, taken: Set<string>, model: WeeklyModel, lang: Lang): string {
  const form = FORM_DEFS.callbacks;
  const ws = addSheet(wb, form[lang], taken);
  const checkedOn = model.asOf.local.slice(0, 10);
  const choices = form.fields.find((f) => f.key === 'result')?.values?.map((v) => v[lang]) ?? [];
  const cell = (row: Row, key: string) => row.getCell(form.fields.findIndex((f) => f.key === key) + 1);
  const outcomeWords = FORM_DEFS.calls.fields.find((f) => f.key === 'outcome')?.values ?? [];
  const L = (key: MessageKey) => t(key, {}, lang);
  writeTable(
    ws,
    [...form.fields.map((f) => f[lang]), ...(['customer', 'call-date', 'recorded'] as const).map((k) => L(`staff.callbacks.col.${k}`))],
    model.callbacks.items,
    (row, item) => {
      setDate(cell(row, 'date'), checkedOn);
      setTextCell(cell(row, 'advisor'), item.advisor);
      // In full: customer service must call this number.
      setTextCell(cell(row, 'phone'), item.phone);
      // Left blank for customer service, with the form's choices as a dropdown.
      cell(row, 'result').dataValidation = { type: 'list', allowBlank: true, formulae: [`"${choices.join(',')}"`] };
      // Beside the form's columns (ignored when read back): whom to ask for, and what the advisor recorded.
      const extra = form.fields.length;
      setTextCell(row.getCell(extra + 1), item.customer);
      setDate(row.getCell(extra + 2), item.callDate);
      setTextCell(row.getCell(extra + 3), item.recorded ? (outcomeWords.find((v) => v.value === item.recorded)?.[lang] ?? item.recorded) : null);
    },
  );

  const resultCol = ws.getColumn(form.fields.findIndex((f) => f.key === 'result') + 1);
  resultCol.width = Math.max(resultCol.width ?? 0, 14);
  return ws.name;
}

function aboutSheet(wb: Workbook, taken: Set<string>, model: WeeklyModel, info: WeeklyWorkbookInfo, callbackSheet: string): void {
  const { config, lang } = info;
  const L = (k: MessageKey, p: Record<string, unknown> = {}) => t(k, p, lang);
  const cob = config.closeOfBusiness;
  const usedRules = new Set<string>([
    ...CHECKS.map((c) => c.rule),
    'calls.daily',
    'calls.daily-mix',
    'invites.makeup',
    'invites.second-zero',
    ...model.report.results.map((r) => r.rule),
  ]);
  const rules: Record<string, unknown> = {};
  for (const id of [...usedRules].sort()) if (config.rules[id]) rules[`rules.${id}`] = config.rules[id];
  const about = addAboutSheet(
    wb,
    {
      center: model.report.center,
      period: L('weekly.about.week', {
        start: model.week.start,
        end: model.week.end,
        friday: model.week.friday,
        sunday: model.week.sunday,
        cob,
      }),
      asOf: model.report.asOf,
      version: info.version,
      seed: model.callbacks.seed,
      config: {
        source: config.source ?? '(defaults)',
        timeZone: config.timeZone,
        closeOfBusiness: cob,
        callbackSample: config.callbackSample,
        effectiveOutcomes: config.effectiveOutcomes,
        calendar: config.calendar,
        ...rules,
      },
      files: info.files.map((f) => ({ path: f.path, size: f.size, hash: f.hash })),
      extra: [
        [L('weekly.about.title'), L('weekly.title')],
        [L('weekly.about.advisors'), model.report.advisors.map((a) => a.advisor).join('、')],
        [L('weekly.about.seed-note', { start: model.week.start }), model.callbacks.seed],
        [L('weekly.about.sample', { n: model.callbacks.perAdvisor }), L('weekly.about.callbacks-note', { sheet: callbackSheet })],
        [L('weekly.sheet.sessions'), L('weekly.about.sessions-note')],
      ],
    },
    taken,
    lang,
  );
  // Long config values (the holiday calendar) wrap instead of running across the printed page.
  wrapColumn(about, 2, 70, 0);
}

/** Builds and saves the workbook atomically; refuses an existing file without `force`. */
export async function writeWeeklyWorkbook(model: WeeklyModel, info: WeeklyWorkbookInfo, path: string, force: boolean | undefined): Promise<void> {
  const wb = await buildWeeklyWorkbook(model, info);
  await saveWorkbook(wb, path, force);
}
