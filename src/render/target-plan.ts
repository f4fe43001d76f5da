/**
 * check's target plan (issue 15): a column of the figure table - what each remaining week of the
 * month still needs of each advisor (contracts / visits / invites / effective calls) - and one
 * line under the table saying which month, how many weeks are left and whose rates are the
 * manual's. A column rather than a line per advisor keeps `check` on one screen (issue 14); the
 * full sentences are on the weekly report's 目标分解 sheet and in `check --json` (`targetPlan`).
 */
import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/index.js';
import type { CheckReport } from '../model/results.js';
import type { FigureColumn } from './check-table.js';

/** The figure table's target-plan column; none when no advisor has a month target. */
export function targetPlanColumns(report: CheckReport, lang: Lang): FigureColumn[] {
  const plans = report.targetPlan ?? {};
  if (Object.keys(plans).length === 0) return [];
  return [
    {
      head: t('analysis.check-col', {}, lang),
      cell: (advisor) => {
        const p = plans[advisor];
        if (!p) return '';
        if (p.perWeek.contracts === 0) return t('analysis.check-col.met', {}, lang);
        const w = p.perWeek;
        return `${w.contracts} / ${w.visits} / ${w.invites} / ${w.effectiveCalls}${p.rates.source === 'manual' ? '*' : ''}`;
      },
    },
  ];
}

/** The line under the table: the month, the weeks left, and what `*` means. */
export function targetPlanNote(report: CheckReport, lang: Lang): string {
  const plans = Object.values(report.targetPlan ?? {});
  if (plans.length === 0) return '';
  const first = plans[0]!;
  return `${t('analysis.check-note', { month: first.month, weeks: Math.max(...plans.map((p) => p.weeksLeft)) }, lang)}\n`;
}
