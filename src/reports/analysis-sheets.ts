/**
 * The sheets of the manual's data analysis (issue 15), shared by the weekly report and the
 * director's summary: 趋势 (advisors x weeks of each metric), 续费跟进 (the renewal pipeline and
 * the plan's weekly progress; phones masked) and 目标分解 (targets turned into weekly work).
 * Layout only: every figure comes from the analysis model.
 */
import type { Lang } from '../config/types.js';
import { t, type MessageKey } from '../i18n/index.js';
import type { Workbook, Worksheet } from '../xlsx-write/types.js';
import { cellRange } from '../xlsx-write/chart.js';
import { columnLetter } from '../xlsx-write/xml.js';
import { TREND_METRICS, type TrendJson, type TrendMetric } from '../analysis/history.js';
import type { TargetPlan } from '../analysis/target-plan.js';
import { addSheet, fitColumns, FMT, setDateCell, setNumberCell, setTextCell, styleHeaderRow, tintCell, writeTable } from '../workbook/workbook-style.js';
import type { RenewalFollowUp } from './analysis-model.js';

const FORMAT: Record<TrendMetric, string> = {
  effectiveCalls: FMT.int,
  firstInvites: FMT.int,
  secondInvites: FMT.int,
  visits: FMT.int,
  contracts: FMT.int,
  amount: FMT.money,
  signRate: FMT.percent1,
};

/** 趋势: one row per metric and advisor (the center first), one column per week (a week without data is blank), with line charts of visits and the sign rate. */
export function trendSheet(wb: Workbook, taken: Set<string>, trend: TrendJson, lang: Lang): Worksheet {
  const L = (k: MessageKey, p: Record<string, unknown> = {}) => t(k, p, lang);
  const ws = addSheet(wb, L('analysis.sheet.trend'), taken);
  const rows = TREND_METRICS.flatMap((metric) => [
    { metric, who: L('analysis.center'), values: trend.center[metric] },
    ...Object.entries(trend.advisors).map(([advisor, series]) => ({ metric, who: advisor, values: series[metric] })),
  ]);
  writeTable(ws, [L('analysis.col.metric'), L('analysis.col.advisor'), ...trend.weeks], rows, (row, r) => {
    setTextCell(row.getCell(1), L(`analysis.metric.${r.metric}`));
    setTextCell(row.getCell(2), r.who);
    r.values.forEach((v, i) => setNumberCell(row.getCell(3 + i), v, FORMAT[r.metric]));
    if (r.who === L('analysis.center')) row.eachCell({ includeEmpty: false }, (cell) => (cell.font = { ...(cell.font ?? {}), bold: true }));
  });
  // Line charts of visits and the sign rate, one line per advisor (a week without data is a gap),
  // bound to the table's cells, beside it (issue 13's chart API).
  const last = 2 + trend.weeks.length;
  const weeks = cellRange(ws.name, 1, 3, 1, last);
  const right = columnLetter(last + 2);
  const far = columnLetter(last + 11);
  (['visits', 'signRate'] as const).forEach((metric, i) => {
    const series = rows
      .map((r, k) => ({ r, row: k + 2 }))
      // Visits: the advisors only (the center's sum would flatten their lines); the sign rate: all.
      .filter(({ r }) => r.metric === metric && (metric === 'signRate' || r.who !== L('analysis.center')))
      .map(({ r, row }) => ({ name: r.who, ref: cellRange(ws.name, row, 3, row, last) }));
    ws.addChart({
      type: 'line',
      title: L('analysis.chart.title', { metric: L(`analysis.metric.${metric}`) }),
      categories: weeks,
      series,
      anchor: { from: `${right}${2 + i * 20}`, to: `${far}${20 + i * 20}` },
      numFmt: metric === 'signRate' ? '0%' : undefined,
      labels: false,
    });
  });
  return ws;
}

/**
 * 续费跟进: the students to work on (ending soon, one month into classes), then the plan's
 * progress week by week. `startRow` leaves rows above the table (the director's period line).
 */
export function renewalFollowUpSheet(wb: Workbook, taken: Set<string>, f: RenewalFollowUp, lang: Lang, startRow = 1): Worksheet {
  const L = (k: MessageKey, p: Record<string, unknown> = {}) => t(k, p, lang);
  const ws = addSheet(wb, L('analysis.sheet.renewals'), taken, startRow);
  const entries = Object.entries(f.pipeline).flatMap(([advisor, list]) => list.map((e) => ({ advisor, ...e })));
  writeTable(
    ws,
    (['advisor', 'student', 'phone', 'end', 'end-source', 'reason', 'in-plan'] as const).map((k) => L(`analysis.col.${k}`)),
    entries,
    (row, e) => {
      setTextCell(row.getCell(1), e.advisor);
      setTextCell(row.getCell(2), e.student);
      setTextCell(row.getCell(3), e.phone);
      setDateCell(row.getCell(4), e.end);
      setTextCell(row.getCell(5), e.end === null ? null : L(e.endDerived ? 'analysis.end.derived' : 'analysis.end.written'));
      setTextCell(row.getCell(6), L(`analysis.reason.${e.reason}`));
      setTextCell(row.getCell(7), L(e.inPlan ? 'analysis.yes' : 'analysis.no'));
      if (!e.inPlan && e.reason === 'ending') tintCell(row.getCell(7), 'missed');
    },
    startRow,
  );
  // The plan's progress (§1.1.2(3)⑥), below the list.
  let r = startRow + entries.length + 2;
  setTextCell(ws.getRow(r).getCell(1), L('analysis.progress-title', { month: f.month }));
  ws.getRow(r).getCell(1).font = { bold: true };
  r += 1;
  const header = ws.getRow(r);
  (['advisor', 'week', 'planned', 'renewed', 'open'] as const).forEach((k, i) => setTextCell(header.getCell(i + 1), L(`analysis.col.${k}`)));
  styleHeaderRow(header);
  for (const [advisor, weeks] of Object.entries(f.progress)) {
    for (const w of weeks) {
      const row = ws.getRow(++r);
      setTextCell(row.getCell(1), advisor);
      setDateCell(row.getCell(2), w.week);
      setNumberCell(row.getCell(3), w.planned);
      setNumberCell(row.getCell(4), w.renewed);
      setNumberCell(row.getCell(5), w.open);
    }
  }
  if (Object.keys(f.progress).length === 0) setTextCell(ws.getRow(++r).getCell(1), L('analysis.no-plan'));
  fitColumns(ws);
  return ws;
}

/** 目标分解: each advisor's month target, what is done, and the work per remaining week. */
export function targetPlanSheet(wb: Workbook, taken: Set<string>, plan: Record<string, TargetPlan>, lang: Lang): Worksheet {
  const L = (k: MessageKey, p: Record<string, unknown> = {}) => t(k, p, lang);
  const ws = addSheet(wb, L('analysis.sheet.targets'), taken);
  const keys = ['advisor', 'month', 'target-contracts', 'target-amount', 'done-contracts', 'done-amount', 'weeks-left', 'week-contracts', 'week-visits', 'week-invites', 'week-calls', 'sign-rate', 'visit-rate', 'invite-rate', 'source'] as const;
  const rows = Object.entries(plan);
  writeTable(ws, keys.map((k) => L(`analysis.col.${k}`)), rows, (row, [advisor, p]) => {
    setTextCell(row.getCell(1), advisor);
    setTextCell(row.getCell(2), p.month);
    setNumberCell(row.getCell(3), p.target.contracts);
    setNumberCell(row.getCell(4), p.target.amount, FMT.money);
    setNumberCell(row.getCell(5), p.done.contracts);
    setNumberCell(row.getCell(6), p.done.amount, FMT.money);
    setNumberCell(row.getCell(7), p.weeksLeft);
    setNumberCell(row.getCell(8), p.perWeek.contracts);
    setNumberCell(row.getCell(9), p.perWeek.visits);
    setNumberCell(row.getCell(10), p.perWeek.invites);
    setNumberCell(row.getCell(11), p.perWeek.effectiveCalls);
    setNumberCell(row.getCell(12), p.rates.signRate, FMT.percent1);
    setNumberCell(row.getCell(13), p.rates.visitRate, FMT.percent1);
    setNumberCell(row.getCell(14), p.rates.inviteRate, FMT.percent1);
    setTextCell(row.getCell(15), L(`analysis.rates.${p.rates.source}`));
  });
  if (rows.length === 0) setTextCell(ws.getRow(2).getCell(1), L('analysis.no-targets'));
  return ws;
}
