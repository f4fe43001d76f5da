/**
 * The renewal pipeline (issue 15; manual §1.1.1(6)①c "work on renewals about a month after
 * classes start", §1.1.2(3) "know every customer's contract state, follow the renewal plan
 * weekly"). From the contracts: each student's end (到期日期, else derived from the course words
 * from 开课日期, or 签约日期 when that is blank), the students ending soon and those about one
 * month into classes, whether each is in the advisor's renewal plan, and the plan's progress
 * week by week. Pure; phones are masked here, so nothing downstream can show them in full.
 */
import { addDays, addMonths, daysBetween } from '../calendar/local-date.js';
import { monthRange, weeksOfMonth } from '../calendar/week.js';
import type { Config } from '../config/types.js';
import type { Dataset } from '../dataset/types.js';
import { sameStudent } from '../metrics/month.js';
import type { ContractRecord, LocalDate } from '../model/records.js';
import { maskPhone } from '../privacy/mask.js';
import type { PipelineEntry } from '../model/analysis.js';

export type { PipelineEntry };

/** A contract's end: as written, else its start (or signing date) plus the months its course words name. */
export function contractEnd(c: ContractRecord): { end: LocalDate; derived: boolean } | null {
  if (c.end) return { end: c.end, derived: false };
  if (!c.course_months) return null;
  // A contract of N months starting on the 1st ends on the last day of the Nth month.
  return { end: addDays(addMonths(c.start ?? c.date, c.course_months), -1), derived: true };
}

const studentKey = (c: ContractRecord): string | null => c.phone ?? c.student?.trim() ?? null;

/** The windows of the pipeline (renewals.pipeline's parameters): ending within `endingDays`, day `firstMonthFrom` to `firstMonthTo` of classes. */
export interface PipelineWindow {
  endingDays: number;
  firstMonthFrom: number;
  firstMonthTo: number;
}

/** Per judged advisor, the students ending within the window or about a month into classes. */
export function renewalPipeline(dataset: Dataset, advisors: string[], month: string, today: LocalDate, window: PipelineWindow): Record<string, PipelineEntry[]> {
  const { endingDays, firstMonthFrom: from, firstMonthTo: to } = window;
  // The plan rows of the current month or later count ("in any plan row of the advisor").
  const plans = dataset.records.renewals.filter((r) => r.month >= month);
  const out: Record<string, PipelineEntry[]> = {};
  for (const advisor of advisors) {
    const mine = dataset.records.contracts.filter((c) => c.advisor === advisor && c.date <= today && studentKey(c) !== null);
    // Per student, the contract that runs longest (a renewal already signed replaces the old end).
    const latest = new Map<string, { c: ContractRecord; end: ReturnType<typeof contractEnd> }>();
    for (const c of mine) {
      const key = studentKey(c)!;
      const end = contractEnd(c);
      const held = latest.get(key);
      const later = !held || (end?.end ?? c.date) > (held.end?.end ?? held.c.date);
      if (later) latest.set(key, { c, end });
    }
    const inPlan = (c: ContractRecord) => plans.some((p) => p.advisor === advisor && sameStudent(c, p));
    const entries: PipelineEntry[] = [];
    for (const { c, end } of latest.values()) {
      const base = {
        student: c.student ?? '',
        phone: c.phone === null ? null : maskPhone(c.phone),
        end: end?.end ?? null,
        endDerived: end?.derived ?? false,
      };
      if (end && end.end >= today && daysBetween(today, end.end) <= endingDays) {
        entries.push({ ...base, reason: 'ending', inPlan: inPlan(c) });
        continue;
      }
      const started = c.start ?? c.date;
      const days = daysBetween(started, today);
      if (c.type !== 'renewal' && days >= from && days <= to) entries.push({ ...base, reason: 'first-month', inPlan: inPlan(c) });
    }
    entries.sort((a, b) => (a.reason === b.reason ? (a.end ?? '').localeCompare(b.end ?? '') : a.reason === 'ending' ? -1 : 1));
    if (entries.length > 0) out[advisor] = entries;
  }
  return out;
}

/** One week of an advisor's plan progress (§1.1.2(3)⑥). */
export interface PlanProgressWeek {
  week: LocalDate;
  planned: number;
  renewed: number;
  open: number;
}

/** The month's plan of each advisor week by week: planned, renewed so far (a renewal contract of a plan student), still open. */
export function planProgress(dataset: Dataset, config: Config, advisors: string[], month: string, today: LocalDate): Record<string, PlanProgressWeek[]> {
  const { start } = monthRange(month, config);
  const weeks = weeksOfMonth(month, config).filter((w) => w.start <= today);
  const out: Record<string, PlanProgressWeek[]> = {};
  for (const advisor of advisors) {
    const plan = dataset.records.renewals.filter((r) => r.month === month && r.advisor === advisor);
    if (plan.length === 0) continue;
    const renewals = dataset.records.contracts.filter((c) => c.advisor === advisor && c.type === 'renewal' && c.date >= start && c.date <= today);
    out[advisor] = weeks.map((w) => {
      const by = w.end < today ? w.end : today;
      const renewed = plan.filter((p) => renewals.some((c) => c.date <= by && sameStudent(c, p))).length;
      return { week: w.start, planned: plan.length, renewed, open: plan.length - renewed };
    });
  }
  return out;
}
