/** What the manual's data analysis adds to `check --json` (issue 15; computed in src/analysis). */
import type { LocalDate } from './records.js';

/** The metrics the trend carries, in the order of the JSON and the 趋势 sheet. */
export const TREND_METRICS = ['effectiveCalls', 'firstInvites', 'secondInvites', 'visits', 'contracts', 'amount', 'signRate'] as const;
export type TrendMetric = (typeof TREND_METRICS)[number];

/** `check --json`'s `trend`: week starts, and per metric a value or null per week. */
export interface TrendJson {
  weeks: string[];
  center: Record<TrendMetric, (number | null)[]>;
  advisors: Record<string, Record<TrendMetric, (number | null)[]>>;
}

/** One student of an advisor's pipeline (`check --json`'s `renewalPipeline`). */
export interface PipelineEntry {
  student: string;
  /** Masked (138****5678); the advisor has the number on the card. */
  phone: string | null;
  end: LocalDate | null;
  /** The end was worked out from the course words, not written in 到期日期. */
  endDerived: boolean;
  reason: 'ending' | 'first-month';
  inPlan: boolean;
}

/** `check --json`'s `targetPlan` of one advisor. */
export interface TargetPlan {
  month: string;
  /** contracts: enrollments (new and referral contracts), as the targets form's 招生人数. */
  target: { contracts: number | null; amount: number | null };
  done: { contracts: number; amount: number };
  perWeek: { contracts: number; visits: number; invites: number; effectiveCalls: number };
  weeksLeft: number;
  rates: { signRate: number; visitRate: number; inviteRate: number; source: 'own' | 'manual' };
}
