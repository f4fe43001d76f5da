/** What the quota engine produces (spec/commands.md, `check --json`). */
import type { DataIssue } from './issues.js';
import type { LocalDate, Origin } from './records.js';
import type { PipelineEntry, TargetPlan, TrendJson } from './analysis.js';

/** Metrics of one advisor for one center week; names fixed by commands.md. */
export interface WeekMetrics {
  effectiveCalls: number;
  invalidCalls: number;
  newCalls: number;
  oldCalls: number;
  firstInviteCalls: number;
  secondInviteCalls: number;
  memberCareCalls: number;
  makeupCalls: number;
  firstInvites: number;
  secondInvites: number;
  firstVisits: number;
  secondVisits: number;
  contracts: number;
  amount: number;
  /** new + referral contracts / visits, 4 decimals; 0 when there were no visits. */
  signRate: number;
}

/** Effective calls of one advisor on one call day, with the 36/10/4 mix. */
export interface DailyCalls {
  date: LocalDate;
  effectiveCalls: number;
  firstInviteCalls: number;
  secondInviteCalls: number;
  memberCareCalls: number;
  invalidCalls: number;
  /** This day's target (50, or 0 when excused by sick leave with proof). */
  target: number;
  leave: 'sick' | 'personal' | 'annual' | 'other' | null;
}

export interface AdvisorWeek {
  advisor: string;
  metrics: WeekMetrics;
  daily: DailyCalls[];
  /**
   * False for a name in the sheets that matches no configured advisor or alias (`unknown-advisor`):
   * its figures are shown under the name as written and no rule judges it. Set only when such names exist.
   */
  configured?: boolean;
}

export type Status = 'met' | 'missed' | 'pending' | 'excused';

export type Action =
  | { type: 'weekend-makeup'; calls: number; due: string }
  | { type: 'team-bonus-cancelled'; month: string }
  | { type: 'cards-reassigned'; share: number }
  | { type: 'new-leads-cut'; share: number }
  | { type: 'renewals-not-counted'; contracts?: number; amount?: number };

/** One rule evaluated for one advisor (or null: center/team) and one period. */
export interface RuleResult {
  rule: string;
  section: string;
  advisor: string | null;
  status: Status;
  /** 'warning' and 'info' rules never make `check` exit 1. */
  severity: 'quota' | 'warning' | 'info';
  actual: number | null;
  target: number | null;
  /** Week start `YYYY-MM-DD`, or month `YYYY-MM`. */
  period: string;
  /** ISO local date-time of the close that decides it, e.g. `2026-11-20T18:00:00`. */
  deadline: string | null;
  action?: Action;
  message: string;
  evidence: Origin[];
  /** Figures behind a mix or a ratio (e.g. each share of contracts.type-mix); optional. */
  detail?: Record<string, number | string | DeclineAdvisor[]>;
}

/** One advisor named by an `analysis.*` decline, with the basic that explains the fall (issue 15). */
export interface DeclineAdvisor {
  advisor: string;
  metric: 'visits' | 'signRate';
  previous: number;
  current: number;
  cause: 'calls' | 'first-invites' | 'second-invites' | 'visits' | 'signing';
}

/** A center week as the engine sees it. */
export interface WeekInfo {
  start: LocalDate;
  end: LocalDate;
  /** The call days after holidays and make-up workdays. */
  callDays: LocalDate[];
  friday: LocalDate;
  sunday: LocalDate;
  /** `YYYY-MM` of the Friday. */
  month: string;
}

/** The whole of `check --json` (and the base of `weekly-report --json`). */
export interface CheckReport {
  center: string;
  week: { start: LocalDate; end: LocalDate };
  /** ISO with the center's offset, e.g. `2026-11-20T19:00:00+08:00`. */
  asOf: string;
  advisors: AdvisorWeek[];
  results: RuleResult[];
  dataIssues: DataIssue[];
  /** The last weeks up to this one (issue 15; see analysis/history.ts). */
  trend?: TrendJson;
  /** Per advisor: students ending soon or one month into classes (analysis/renewal-pipeline.ts). */
  renewalPipeline?: Record<string, PipelineEntry[]>;
  /** Per advisor: the month's target turned into weekly work (analysis/target-plan.ts). */
  targetPlan?: Record<string, TargetPlan>;
}
