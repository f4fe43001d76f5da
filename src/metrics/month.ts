/**
 * Month figures: contracts and renewals counted or not toward sales results (§1.1.1(6)②b) by
 * the calendar month of their date; fabricated callbacks (§1.1.1(1)③b) by the weeks of the
 * month, as the team bonus they cancel.
 */
import { addDays, datePart, type AsOf } from '../calendar/local-date.js';
import { calendarMonth } from '../calendar/month.js';
import { monthRange, visitWeek } from '../calendar/week.js';
import type { Config } from '../config/types.js';
import type { Dataset } from '../dataset/types.js';
import type { CallbackRecord, ContractRecord, InviteRecord, LocalDate, RenewalRecord } from '../model/records.js';
import { oncePerFamily } from './families.js';

/** Contracts signed in the calendar month, up to `today`. */
export function monthContracts(dataset: Dataset, _config: Config, month: string, today: LocalDate): ContractRecord[] {
  const { start, end } = calendarMonth(month);
  return dataset.records.contracts.filter((c) => c.date >= start && c.date <= end && c.date <= today);
}

/** The date by which a month's renewal plan is due: day `dueDayOfMonth` of the month (renewals.plan-due, the 1st). */
export function planDueDate(month: string, dueDayOfMonth: number): LocalDate {
  return addDays(`${month}-01`, dueDayOfMonth - 1);
}

/** An advisor's plan rows for a month, split into on time and late (or undated). */
export function renewalPlan(dataset: Dataset, month: string, advisor: string, dueDayOfMonth: number): { onTime: RenewalRecord[]; late: RenewalRecord[] } {
  const due = planDueDate(month, dueDayOfMonth);
  const rows = dataset.records.renewals.filter((r) => r.month === month && r.advisor === advisor);
  return {
    onTime: rows.filter((r) => r.submitted !== null && r.submitted <= due),
    late: rows.filter((r) => r.submitted === null || r.submitted > due),
  };
}

/** Why a renewal contract is or is not counted toward the month's sales results. */
export type RenewalReason = 'in-plan' | 'no-plan' | 'plan-late' | 'not-in-plan';

/** One renewal contract of the month, counted or not. */
export interface RenewalCounting {
  contract: ContractRecord;
  counted: boolean;
  reason: RenewalReason;
}

export function sameStudent(contract: ContractRecord, plan: RenewalRecord): boolean {
  if (contract.phone && plan.phone && contract.phone === plan.phone) return true;
  return !!contract.student && contract.student.trim() === plan.student.trim();
}

/** Each renewal contract of the month with whether it counts toward sales results and why (plans due on day `dueDayOfMonth`). */
export function renewalCounting(dataset: Dataset, config: Config, month: string, dueDayOfMonth: number, today: LocalDate = '9999-12-31'): RenewalCounting[] {
  return monthContracts(dataset, config, month, today)
    .filter((c) => c.type === 'renewal')
    .map((contract) => {
      const plan = renewalPlan(dataset, month, contract.advisor, dueDayOfMonth);
      if (plan.onTime.some((p) => sameStudent(contract, p))) return { contract, counted: true, reason: 'in-plan' as const };
      const reason: RenewalReason =
        plan.late.some((p) => sameStudent(contract, p)) ? 'plan-late' : plan.onTime.length + plan.late.length === 0 ? 'no-plan' : 'not-in-plan';
      return { contract, counted: false, reason };
    });
}

/** The month's sales results: contract amounts less the renewals not counted. */
export function salesAmount(dataset: Dataset, config: Config, month: string, dueDayOfMonth: number, today: LocalDate = '9999-12-31'): number {
  const all = monthContracts(dataset, config, month, today).reduce((s, c) => s + (c.amount ?? 0), 0);
  const notCounted = renewalCounting(dataset, config, month, dueDayOfMonth, today)
    .filter((r) => !r.counted)
    .reduce((s, r) => s + (r.contract.amount ?? 0), 0);
  return all - notCounted;
}

/** Callback checks of the month's weeks that found a fabricated call (they cancel the team bonus). */
export function fabricatedCallbacks(dataset: Dataset, config: Config, month: string, today: LocalDate = '9999-12-31'): CallbackRecord[] {
  const { start, end } = monthRange(month, config);
  return dataset.records.callbacks.filter((c) => c.result === 'fabricated' && c.date >= start && c.date <= end && c.date <= today);
}

/**
 * The visits of an advisor's calendar month, for the month's sign rate: the families that came
 * to a session dated in the month (up to the as-of), each once per visit week and invite type as
 * the weekly visit quotas count them, first and second summed.
 */
export function monthVisits(dataset: Dataset, config: Config, month: string, asOf: AsOf, advisor: string): number {
  const { start, end } = calendarMonth(month);
  const came = dataset.records.invites.filter(
    (i) => i.advisor === advisor && i.kind !== null && i.visited === 'yes' && i.session !== null && i.session <= asOf.local && datePart(i.session) >= start && datePart(i.session) <= end,
  );
  const groups = new Map<string, InviteRecord[]>();
  for (const i of came) {
    const key = `${visitWeek(i.session!, config)}|${i.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  }
  return [...groups.values()].reduce((n, rows) => n + oncePerFamily(rows).length, 0);
}
