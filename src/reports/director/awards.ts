/**
 * The month's awards (manual §1.2.4(2)): computed here because the engine has no rule for them.
 * Pure: contracts in, advisor names out.
 */
import type { ContractRecord } from '../../model/records.js';

/** Contracts in a stable "signed first" order: date, then the row as the sheet shows it, then input order. */
export function bySigningOrder(contracts: readonly ContractRecord[]): ContractRecord[] {
  return contracts
    .map((c, i) => ({ c, i }))
    .sort((a, b) => (a.c.date < b.c.date ? -1 : a.c.date > b.c.date ? 1 : a.c.origin.row - b.c.origin.row || a.i - b.i))
    .map((x) => x.c);
}

/** Whether a contract is an enrollment (new or referral) for §1.2.4(2)① and targets. */
export function isEnrollment(c: ContractRecord): boolean {
  return c.type === 'new' || c.type === 'referral';
}

/** Winner of the enrollment award and the count per advisor. */
export interface EnrollmentAward {
  /** null when nobody enrolled anyone this month. */
  winner: string | null;
  count: number;
  /** Advisors sharing the highest count (the winner first), to show a tie was broken. */
  tied: string[];
  /** The date the winner reached the count. */
  reachedOn: string | null;
}

/**
 * §1.2.4(2)①: most new + referral contracts in the month; on a tie, the advisor who reached that
 * count first (their n-th enrollment came earliest, by date then row).
 */
export function enrollmentAward(monthContracts: readonly ContractRecord[]): EnrollmentAward {
  const ordered = bySigningOrder(monthContracts.filter(isEnrollment));
  const counts = new Map<string, number>();
  // position in signing order at which each advisor reached each count
  const reached = new Map<string, { index: number; date: string }[]>();
  ordered.forEach((c, index) => {
    const n = (counts.get(c.advisor) ?? 0) + 1;
    counts.set(c.advisor, n);
    const list = reached.get(c.advisor) ?? [];
    list.push({ index, date: c.date });
    reached.set(c.advisor, list);
  });
  const best = Math.max(0, ...counts.values());
  if (best === 0) return { winner: null, count: 0, tied: [], reachedOn: null };
  const tied = [...counts.entries()]
    .filter(([, n]) => n === best)
    .map(([name]) => ({ name, at: reached.get(name)![best - 1]! }))
    .sort((a, b) => a.at.index - b.at.index);
  return { winner: tied[0]!.name, count: best, tied: tied.map((x) => x.name), reachedOn: tied[0]!.at.date };
}

/**
 * §1.2.4(2)②: the first complete new contract of the month (type new, course known and not an
 * installment); on the same date, the earlier row.
 */
export function firstOrderAward(monthContracts: readonly ContractRecord[]): ContractRecord | null {
  const complete = monthContracts.filter((c) => c.type === 'new' && c.course !== null && c.course !== 'installment');
  return bySigningOrder(complete)[0] ?? null;
}
