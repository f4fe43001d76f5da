/**
 * What the reports show of the manual's data analysis (issue 15), taken from the engine's
 * CheckReport: the decline sentences (for the weekly report's first page), the trend, the
 * renewal pipeline with the plan's weekly progress, and the target plan with one line per
 * advisor. Pure.
 */
import { datePart, type AsOf } from '../calendar/local-date.js';
import type { Config } from '../config/types.js';
import type { Dataset } from '../dataset/types.js';
import { t } from '../i18n/index.js';
import type { TrendJson } from '../analysis/history.js';
import { planProgress, renewalPipeline, type PipelineEntry, type PlanProgressWeek } from '../analysis/renewal-pipeline.js';
import type { TargetPlan } from '../analysis/target-plan.js';
import type { CheckReport } from '../model/results.js';
import { moneyText } from '../rules/finding.js';

/** The renewal follow-up of a month (续费跟进 sheet): the pipeline and the plan's progress. */
export interface RenewalFollowUp {
  month: string;
  pipeline: Record<string, PipelineEntry[]>;
  progress: Record<string, PlanProgressWeek[]>;
}

export interface AnalysisModel {
  /** The sentence of each decline found (missed, or so far while the week is open). */
  declines: string[];
  trend: TrendJson | null;
  renewals: RenewalFollowUp;
  targetPlan: Record<string, TargetPlan>;
  /** One line per advisor with a target: what the rest of the month needs each week. */
  targetLines: string[];
}

/** The follow-up of `month` as of `asOf` for the advisors given. */
export function renewalFollowUp(dataset: Dataset, config: Config, advisors: string[], month: string, asOf: AsOf): RenewalFollowUp {
  const today = datePart(asOf.local);
  return { month, pipeline: renewalPipeline(dataset, config, advisors, month, today), progress: planProgress(dataset, config, advisors, month, today) };
}

/** `周敏：目标 8 单 / ¥80,000，已完成 2 单 / ¥19,600；剩余 3 周每周 3 单 = 到访 7、邀约 21、有效呼出 164（本人近 4 周比率）` */
export function targetLine(advisor: string, p: TargetPlan, lang?: 'zh' | 'en'): string {
  const key = p.perWeek.contracts === 0 ? 'analysis.target-line.met' : 'analysis.target-line';
  return t(
    key,
    {
      advisor,
      contracts: p.target.contracts ?? '-',
      amount: p.target.amount === null ? '-' : moneyText(p.target.amount),
      doneContracts: p.done.contracts,
      doneAmount: moneyText(p.done.amount),
      weeks: p.weeksLeft,
      weekContracts: p.perWeek.contracts,
      visits: p.perWeek.visits,
      invites: p.perWeek.invites,
      effectiveCalls: p.perWeek.effectiveCalls,
      source: t(`analysis.rates.${p.rates.source}`, {}, lang),
    },
    lang,
  );
}

/** The analysis of a checked week, for the weekly report. */
export function analysisModel(report: CheckReport, dataset: Dataset, config: Config, month: string, asOf: AsOf): AnalysisModel {
  const declines = report.results
    .filter((r) => r.rule.startsWith('analysis.') && r.detail?.declined === 1)
    .map((r) => r.message);
  const targetPlan = report.targetPlan ?? {};
  return {
    declines,
    trend: report.trend ?? null,
    renewals: renewalFollowUp(dataset, config, report.advisors.map((a) => a.advisor), month, asOf),
    targetPlan,
    targetLines: Object.entries(targetPlan).map(([a, p]) => targetLine(a, p)),
  };
}
