/**
 * Referral rewards falling due in a month (manual `referrals.reward-due`, §1.1.1(7)②a,
 * §1.1.2(4)②): the referrer's reward is due once the referred student has attended for the
 * configured number of months after the start date. Listed in the summary of the month in which
 * it falls due, so each reward appears in exactly one month's summary. Pure.
 */
import { addMonths } from '../../calendar/local-date.js';
import type { ContractRecord, Origin } from '../../model/records.js';
import { maskPhone, maskPhones } from '../../privacy/mask.js';

/** One referral reward due this month, phones masked. */
export interface ReferralReward {
  advisor: string;
  referrer: string | null;
  student: string | null;
  /** Masked (138****5678). */
  phone: string | null;
  signed: string;
  start: string;
  due: string;
  /** Yuan for the referrer's family. */
  amount: number;
  /** Salon classes for each of the two families. */
  salonClasses: number;
  origin: Origin;
}

/** Parameters of the rule, from the config in force. */
export interface RewardParams {
  months: number;
  amount: number;
  salonClasses: number;
}

/** Result: rewards due in the month, and referral contracts whose due date cannot be known (no start date). */
export interface ReferralRewardsDue {
  due: ReferralReward[];
  noStart: ReferralReward[];
}

/** Referral contracts (of any month) whose start date + `months` falls within [monthStart, monthEnd]. */
export function referralRewardsDue(
  contracts: readonly ContractRecord[],
  monthStart: string,
  monthEnd: string,
  params: RewardParams,
): ReferralRewardsDue {
  const due: ReferralReward[] = [];
  const noStart: ReferralReward[] = [];
  for (const c of contracts) {
    if (c.type !== 'referral') continue;
    const reward = (dueDate: string): ReferralReward => ({
      advisor: c.advisor,
      referrer: c.referrer === null ? null : maskPhones(c.referrer),
      student: c.student === null ? null : maskPhones(c.student),
      phone: c.phone === null ? null : maskPhone(c.phone),
      signed: c.date,
      start: c.start ?? '',
      due: dueDate,
      amount: params.amount,
      salonClasses: params.salonClasses,
      origin: c.origin,
    });
    if (!c.start) {
      // Only the contracts signed up to this month could be due by now; older ones were listed before.
      if (c.date <= monthEnd && c.date >= addMonths(monthStart, -params.months)) noStart.push(reward(''));
      continue;
    }
    const dueDate = addMonths(c.start, params.months);
    if (dueDate >= monthStart && dueDate <= monthEnd) due.push(reward(dueDate));
  }
  const order = (a: ReferralReward, b: ReferralReward) =>
    a.due < b.due ? -1 : a.due > b.due ? 1 : a.signed < b.signed ? -1 : a.signed > b.signed ? 1 : a.origin.row - b.origin.row;
  return { due: due.sort(order), noStart: noStart.sort(order) };
}
