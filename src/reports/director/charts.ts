/**
 * The monthly summary's charts (issue 13 item 3), on a sheet of their own: the month's weeks per
 * advisor (effective calls, visits, contracts) as line charts, and the contract type and course
 * mixes against their targets (40/30/30 and 50/30/20 by default) as doughnuts, target inside,
 * actual outside. Each chart is bound to a small table of the same sheet, written beside it.
 */
import type { Lang } from '../../config/types.js';
import { t, type MessageKey } from '../../i18n/index.js';
import { addSheet, FMT, FONT_NAME, setNumberCell, setTextCell, styleHeaderRow } from '../../workbook/workbook-style.js';
import { cellRange } from '../../xlsx-write/chart.js';
import { columnLetter } from '../../xlsx-write/xml.js';
import type { Workbook, Worksheet } from '../../xlsx-write/types.js';
import type { DirectorSummary, Mix, TrendWeek } from './model.js';

/** Rows each block takes: a chart is 18 rows tall. */
const BLOCK_ROWS = 20;

function header(ws: Worksheet, row: number, texts: string[]): void {
  texts.forEach((h, i) => setTextCell(ws.getCell(row, i + 1), h));
  styleHeaderRow(ws.getRow(row));
}

export function addDirectorCharts(wb: Workbook, taken: Set<string>, s: DirectorSummary, lang: Lang): void {
  const L = (k: MessageKey, p: Record<string, unknown> = {}) => t(k, p, lang);
  const ws = addSheet(wb, L('chart.sheet'), taken, 0);
  setTextCell(ws.getCell(1, 1), L('chart.note'));
  ws.getCell(1, 1).font = { name: FONT_NAME, size: 10, italic: true };
  // Row 2: the dates the sheet covers, as on every monthly sheet (the mixes: the calendar month; the weekly lines: the month's weeks).
  setTextCell(ws.getCell(2, 1), L('director.period.charts', { start: s.monthStart, end: s.monthEnd, wstart: s.weeksStart, wend: s.weeksEnd }));
  ws.getCell(2, 1).font = { name: FONT_NAME, size: 11, bold: true };
  const name = ws.name;
  const advisors = s.advisors.map((a) => a.advisor);
  const weeks = s.weeks.map((w) => w.start);
  const chartCol = Math.max(advisors.length + 3, 5);
  let top = 3;
  const lines: [MessageKey, (w: TrendWeek) => number][] = [
    ['chart.monthly.calls', (w) => w.effectiveCalls],
    ['chart.monthly.visits', (w) => w.visits],
    ['chart.monthly.contracts', (w) => w.contracts],
  ];
  if (advisors.length > 0 && weeks.length > 0) {
    for (const [title, figure] of lines) {
      header(ws, top, [L('chart.col.week'), ...advisors]);
      weeks.forEach((week, i) => {
        setTextCell(ws.getCell(top + 1 + i, 1), week);
        advisors.forEach((a, j) => {
          const w = s.trend.find((x) => x.week === week && x.advisor === a);
          setNumberCell(ws.getCell(top + 1 + i, 2 + j), w ? figure(w) : null);
        });
      });
      const last = top + weeks.length;
      ws.addChart({
        type: 'line',
        title: L(title),
        // Six advisors' values on four points would hide the lines: the cells hold them.
        labels: false,
        categories: cellRange(name, top + 1, 1, last, 1),
        series: advisors.map((a, j) => ({ name: a, ref: cellRange(name, top + 1, 2 + j, last, 2 + j) })),
        anchor: { from: `${columnLetter(chartCol)}${top}`, to: `${columnLetter(chartCol + 9)}${top + 18}` },
      });
      top += BLOCK_ROWS;
    }
  }
  const mix = <K extends string>(m: Mix<K>, title: MessageKey, label: (k: K) => string) => {
    header(ws, top, [L('chart.col.kind'), L('chart.col.actual'), L('chart.col.target')]);
    m.shares.forEach((x, i) => {
      setTextCell(ws.getCell(top + 1 + i, 1), label(x.key));
      setNumberCell(ws.getCell(top + 1 + i, 2), x.count);
      setNumberCell(ws.getCell(top + 1 + i, 3), x.target, FMT.percent);
    });
    const last = top + m.shares.length;
    const targets = m.shares.map((x) => Math.round(x.target * 100)).join('/');
    ws.addChart({
      type: 'doughnut',
      title: L(title, { targets }),
      categories: cellRange(name, top + 1, 1, last, 1),
      // The first series is the inner ring.
      series: [
        { name: L('chart.col.target'), ref: cellRange(name, top + 1, 3, last, 3) },
        { name: L('chart.col.actual'), ref: cellRange(name, top + 1, 2, last, 2) },
      ],
      anchor: { from: `${columnLetter(chartCol)}${top}`, to: `${columnLetter(chartCol + 9)}${top + 18}` },
    });
    top += BLOCK_ROWS;
  };
  mix(s.typeMix, 'chart.monthly.type-mix', (k) => L(`director.type.${k}`));
  mix(s.courseMix, 'chart.monthly.course-mix', (k) => L(`director.course.${k}`));
  ws.getColumn(1).width = 12;
  for (let c = 2; c <= Math.max(3, advisors.length + 1); c++) ws.getColumn(c).width = 9;
}
