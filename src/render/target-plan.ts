/**
 * check's target-plan section (issue 15): one short line per advisor with a month target -
 * what each remaining week needs. Its own function so check's table can change around it.
 */
import type { Lang } from '../i18n/lang.js';
import type { CheckReport } from '../model/results.js';
import { targetLine, targetTitle } from '../reports/analysis-model.js';

export function renderTargetPlan(report: CheckReport, lang: Lang): string {
  const plan = report.targetPlan ?? {};
  const title = targetTitle(plan, lang);
  if (title === null) return '';
  const lines = [title, ...Object.entries(plan).map(([advisor, p]) => `  ${targetLine(advisor, p, lang)}`)];
  return `\n${lines.join('\n')}\n`;
}
