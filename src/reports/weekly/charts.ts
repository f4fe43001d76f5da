/**
 * The weekly report's charts (issue 13 item 3), on a sheet of their own after 周报汇总, bound
 * to the cells the figures are written in: effective calls per advisor against target, first
 * and second invites against target (both from 周报汇总's advisor rows), and the center's
 * funnel - effective calls, invites, visits, contracts - this week against last week (from the
 * first page's table).
 */
import type { Lang } from '../../config/types.js';
import { t, type MessageKey } from '../../i18n/index.js';
import { addSheet, FONT_NAME, setTextCell } from '../../workbook/workbook-style.js';
import type { PageSheet } from '../page-sheet.js';
import { cellRange, TARGET_COLOR } from '../../xlsx-write/chart.js';
import type { Workbook } from '../../xlsx-write/types.js';
import { DETAIL_COLUMNS } from './table.js';

function detailColumn(group: MessageKey, header: MessageKey): number {
  return DETAIL_COLUMNS.findIndex((c) => c.group === group && c.header === header) + 1;
}

/** Adds the charts sheet; `summary` is the name of 周报汇总, `page` the first page when written. */
export function addWeeklyCharts(wb: Workbook, taken: Set<string>, summary: string, advisors: number, page: PageSheet | null, lang: Lang): void {
  const L = (k: MessageKey, p: Record<string, unknown> = {}) => t(k, p, lang);
  const ws = addSheet(wb, L('chart.sheet'), taken, 0);
  ws.pageSetup = { ...ws.pageSetup, fitToHeight: 1 };
  setTextCell(ws.getCell(1, 1), L('chart.note'));
  ws.getCell(1, 1).font = { name: FONT_NAME, size: 10, italic: true };
  if (advisors > 0) {
    const first = 4;
    const last = 3 + advisors;
    const names = cellRange(summary, first, 1, last, 1);
    const pair = (group: MessageKey, what: string) => {
      const actual = detailColumn(group, 'weekly.col.actual');
      return [
        { name: L('chart.series.actual', { what }), ref: cellRange(summary, first, actual, last, actual) },
        { name: L('chart.series.target', { what }), ref: cellRange(summary, first, actual + 1, last, actual + 1), color: TARGET_COLOR },
      ];
    };
    ws.addChart({ type: 'bar', title: L('chart.weekly.calls'), categories: names, series: pair('weekly.group.calls', L('page.col.calls')), anchor: { from: 'A3', to: 'J21' } });
    const [first1, target1] = pair('weekly.group.first-invites', L('page.col.first-invites'));
    const [first2, target2] = pair('weekly.group.second-invites', L('page.col.second-invites'));
    ws.addChart({
      type: 'bar',
      title: L('chart.weekly.invites'),
      categories: names,
      series: [first1!, { ...target1!, color: 'BFBFBF' }, { ...first2!, color: 'ED7D31' }, { ...target2!, color: '7F7F7F' }],
      anchor: { from: 'K3', to: 'T21' },
    });
  }
  const start = page?.tableRows[1];
  if (page && start !== undefined) {
    // The first page's "center against last week" table: calls, invites, visits, contracts.
    const name = page.ws.name;
    ws.addChart({
      type: 'bar',
      barDir: 'bar',
      title: L('chart.weekly.funnel'),
      categories: cellRange(name, start, 1, start + 3, 1),
      series: [
        { name: L('page.col.this-week'), ref: cellRange(name, start, 2, start + 3, 2) },
        { name: L('page.col.last-week'), ref: cellRange(name, start, 3, start + 3, 3), color: TARGET_COLOR },
      ],
      anchor: { from: 'A23', to: 'J41' },
    });
  }
}
