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
import type { Lang } from '../i18n/lang.js';
import type { TrendJson } from '../analysis/history.js';
import { planProgress, renewalPipeline, type PipelineEntry, type PlanProgressWeek } from '../analysis/renewal-pipeline.js';import { paramsOf } from '../rules/params.js';

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
  return { month, pipeline: renewalPipeline(dataset, advisors, month, today, paramsOf(config, 'renewals.pipeline')), progress: planProgress(dataset, config, advisors, month, today) };
}

/** `周敏：签约 3、到访 7、邀约 21、有效呼出 164（已完成 2/8 单，¥19,600/¥80,000；本人比率）` - what each remaining week needs. */
export function targetLine(advisor: string, p: TargetPlan, lang?: Lang): string {
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
  return t(p.perWeek.contracts === 0 ? 'analysis.check-line.met' : 'analysis.check-line', params, lang);
}

/** The heading of the target lines: `目标分解（2026-11，剩余 1 周）每周需要：`. */
export function targetTitle(plan: Record<string, TargetPlan>, lang?: Lang): string | null {
  const first = Object.values(plan)[0];
  return first ? t('analysis.check-title', { month: first.month, weeks: first.weeksLeft }, lang) : null;
}

/** Every advisor's weekly need in one line: `目标分解（2026-11，剩余 1 周）每周签约/到访/邀约/有效呼出：陈静 3/83/204/1569；张伟 已达成`. */
export function targetSummary(plan: Record<string, TargetPlan>, lang?: Lang): string | null {
  const first = Object.values(plan)[0];
  if (!first) return null;
  const items = Object.entries(plan).map(([advisor, p]) =>
    p.perWeek.contracts === 0
      ? t('analysis.page-item.met', { advisor }, lang)
      : t('analysis.page-item', { advisor, c: p.perWeek.contracts, v: p.perWeek.visits, i: p.perWeek.invites, e: p.perWeek.effectiveCalls }, lang),
  );
  return t('analysis.page-targets', { month: first.month, weeks: first.weeksLeft, items: items.join(t('analysis.list-separator', {}, lang)) }, lang);
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
