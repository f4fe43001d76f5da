/** referrals.owner - a referral is signed by the advisor who owns the referrer's card (§1.1.1(7)②a,b); a warning. */
import { datePart } from '../calendar/local-date.js';
import { monthContracts } from '../metrics/month.js';
import type { ContractRecord, CustomerRecord } from '../model/records.js';
import { evidenceOf, finding, defineRule } from './finding.js';
import type { Rule, RuleContext } from './types.js';

export const meta = defineRule({
  id: 'referrals.owner',
  scope: 'month',
  severity: 'warning',
  section: '1.1.1(7)②a,b',
  params: {},
  needsRoster: true,
});

/** The card of a referral's referrer (by name or phone), or null when not on the roster. */
export function referrerCard(contract: ContractRecord, cards: CustomerRecord[]): CustomerRecord | null {
  const who = contract.referrer?.trim();
  if (!who) return null;
  const digits = who.replace(/[\s-]/g, '');
  return cards.find((c) => c.customer.trim() === who || (c.phone !== null && c.phone === digits)) ?? null;
}

export const rule: Rule = {
  meta,
  evaluate(ctx: RuleContext) {
    const referrals = monthContracts(ctx.dataset, ctx.config, ctx.month, datePart(ctx.asOf.local)).filter((c) => c.type === 'referral');
    const cards = ctx.dataset.records.customers;
    return ctx.advisors.flatMap((advisor) => {
      const mine = referrals.filter((c) => c.advisor === advisor);
      if (mine.length === 0) return [];
      const foreign = mine.filter((c) => {
        const card = referrerCard(c, cards);
        return card !== null && card.advisor !== advisor;
      });
      return [
        finding(meta, {
          advisor,
          status: foreign.length === 0 ? 'met' : 'missed',
          actual: foreign.length,
          target: 0,
          period: ctx.month,
          deadline: null,
          evidence: evidenceOf(foreign),
        }),
      ];
    });
  },
};
