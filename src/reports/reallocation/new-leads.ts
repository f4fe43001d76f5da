/**
 * Next week's new market leads (every `leads` row with no advisor yet): equal shares over the
 * active advisors, except an advisor whose `visits.total` was missed gets 4/5 of an equal share
 * rounded down (§1.1.1(3)②a) and one the supervisor holds gets none (§1.1.1(5)②a); what they
 * do not get is spread evenly over the others (within one, extras to a seeded order); with no
 * other advisor to take it, it stays unassigned.
 */
import type { LeadRecord } from '../../model/records.js';
import { shuffled } from '../../random/seeded.js';

/** Why an advisor gets the share they get. */
export type LeadShareBasis = 'equal' | 'cut' | 'held';

/** One advisor's share of next week's new leads. */
export interface LeadShare {
  advisor: string;
  count: number;
  basis: LeadShareBasis;
}

/** One lead placed (`to` null when no advisor may take it: every one held, or cut with no one uncut). */
export interface LeadAssignment {
  lead: LeadRecord;
  to: string | null;
}

/** The shares of `total` leads over `active` advisors (in the order of `active`). */
export function leadShares(
  total: number,
  active: readonly string[],
  cut: ReadonlySet<string>,
  held: ReadonlySet<string>,
  leadShareKept: number,
  random: () => number,
): LeadShare[] {
  const n = active.length;
  if (n === 0) return [];
  const basisOf = (a: string): LeadShareBasis => (held.has(a) ? 'held' : cut.has(a) ? 'cut' : 'equal');
  // 4/5 of the equal share total/n, rounded down; the epsilon keeps 0.8 x 25/4 = 5 from becoming 4.
  const cutCount = Math.floor((leadShareKept * total) / n + 1e-9);
  const counts = new Map<string, number>();
  let remainder = total;
  for (const a of active) {
    const basis = basisOf(a);
    const c = basis === 'cut' ? Math.min(cutCount, remainder) : 0;
    counts.set(a, c);
    remainder -= c;
  }
  // With nobody uncut left to take the remainder (one active advisor), the cut still applies:
  // the remainder stays unassigned and is listed as such (`to: null`).
  const others = active.filter((a) => basisOf(a) === 'equal');
  if (others.length > 0) {
    const base = Math.floor(remainder / others.length);
    const extra = remainder - base * others.length;
    const lucky = new Set(shuffled(others, random).slice(0, extra));
    for (const a of others) counts.set(a, counts.get(a)! + base + (lucky.has(a) ? 1 : 0));
  }
  return active.map((advisor) => ({ advisor, count: counts.get(advisor)!, basis: basisOf(advisor) }));
}

/** Places each lead with an advisor so that each gets their share; leads are drawn in a seeded order. */
export function assignLeads(leads: readonly LeadRecord[], shares: readonly LeadShare[], random: () => number): LeadAssignment[] {
  const slots: string[] = [];
  for (const share of shares) for (let i = 0; i < share.count; i++) slots.push(share.advisor);
  const drawn = shuffled(
    leads.map((lead, i) => ({ lead, i })),
    random,
  );
  const to = new Map<number, string | null>();
  drawn.forEach(({ i }, k) => to.set(i, slots[k] ?? null));
  return leads.map((lead, i) => ({ lead, to: to.get(i) ?? null }));
}
