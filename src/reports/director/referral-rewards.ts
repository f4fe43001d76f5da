/**
 * Referral rewards falling due in the month (manual `referrals.reward-due`, §1.1.1(7)②a,
 * §1.1.2(4)②) as the director reads them: the engine decides which rewards fall due in the
 * month (due date, amount, salon classes); this joins each to its contract (by the evidence row)
 * for the advisor, student, phone (masked) and dates. Pure.
 */
import type { ContractRecord, Origin } from '../../model/records.js';
import type { RuleResult, Status } from '../../model/results.js';
import { maskPhone, maskPhones } from '../../privacy/mask.js';

/** One referral reward due this month, phones masked. */
export interface ReferralReward {
  advisor: string;
  referrer: string | null;
  student: string | null;
  /** Masked (138****5678). */
  phone: string | null;
  signed: string | null;
  /** The student's start date; null when the sheet has none (the engine then counts from the signing date). */
  start: string | null;
  due: string;
  /** Yuan for the referrer's family. */
  amount: number;
  /** Salon classes for each of the two families. */
  salonClasses: number;
  /** met once the due date has come, pending before it (the engine's status). */
  status: Status;
  origin: Origin | null;
}

function sameOrigin(a: Origin, b: Origin): boolean {
  return a.file === b.file && a.sheet === b.sheet && a.row === b.row;
}

/** The engine's `referrals.reward-due` results of a month as rows, by due date then signing date. */
export function referralRewards(results: readonly RuleResult[], contracts: readonly ContractRecord[]): ReferralReward[] {
  const rows = results.map((r): ReferralReward => {
    const origin = r.evidence[0] ?? null;
    const c = origin ? contracts.find((x) => sameOrigin(x.origin, origin)) : undefined;
    const detail = r.detail ?? {};
    const text = (v: unknown) => (typeof v === 'string' && v !== '' ? maskPhones(v) : null);
    return {
      advisor: r.advisor ?? c?.advisor ?? '',
      referrer: c ? (c.referrer === null ? null : maskPhones(c.referrer)) : text(detail.referrer),
      student: c ? (c.student === null ? null : maskPhones(c.student)) : text(detail.student),
      phone: c?.phone ? maskPhone(c.phone) : null,
      signed: c?.date ?? null,
      start: c?.start ?? null,
      due: String(detail.due ?? (r.deadline ?? '').slice(0, 10)),
      amount: typeof detail.amount === 'number' ? detail.amount : (r.actual ?? 0),
      salonClasses: typeof detail.salonClasses === 'number' ? detail.salonClasses : 0,
      status: r.status,
      origin,
    };
  });
  return rows.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : (a.signed ?? '') < (b.signed ?? '') ? -1 : (a.signed ?? '') > (b.signed ?? '') ? 1 : 0));
}
