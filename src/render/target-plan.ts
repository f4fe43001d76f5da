/**
 * check's target-plan section (issue 15): one short line per advisor with a month target -
 * what each remaining week needs. Its own function so check's table can change around it.
 */
import type { Lang } from '../config/types.js';
import { t } from '../i18n/index.js';
import type { CheckReport } from '../model/results.js';
import { moneyText } from '../rules/finding.js';

export function renderTargetPlan(report: CheckReport, lang: Lang): string {
  const plans = Object.entries(report.targetPlan ?? {});
  if (plans.length === 0) return '';
  const [, first] = plans[0]!;
  const lines = [t('analysis.check-title', { month: first.month, weeks: first.weeksLeft }, lang)];
  for (const [advisor, p] of plans) {
    const params = {
      advisor,
      contracts: p.target.contracts ?? '-',
      amount: p.target.amount === null ? '-' : moneyText(p.target.amount),
      doneContracts: p.done.contracts,
      doneAmount: moneyText(p.done.amount),
      weekContracts: p.perWeek.contracts,
      visits: p.perWeek.visits,
      invites: p.perWeek.invites,
      effectiveCalls: p.perWeek.effectiveCalls,
      source: t(`analysis.check-source.${p.rates.source}`, {}, lang),
    };
    lines.push(`  ${t(p.perWeek.contracts === 0 ? 'analysis.check-line.met' : 'analysis.check-line', params, lang)}`);
  }
  return `\n${lines.join('\n')}\n`;
}
