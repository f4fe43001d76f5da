/**
 * cards.followup-due - deposit-paid and visited-not-enrolled customers followed up within 7 days
 * (§1.2.5(1)①c,d); graded cards by grade (this tool's defaults: A 3, B 7, C 30 days).
 */
import { daysSinceFollowUp, isProspect, lastFollowUps } from '../metrics/cards.js';
import type { CustomerRecord } from '../model/records.js';
import type { Config } from '../config/types.js';
import { evidenceOf, finding, defineRule } from './finding.js';
import { rosterDate } from './roster-week.js';
import type { Rule, RuleContext } from './types.js';
import { count } from '../config/rule-params.js';
import { paramsOf } from './params.js';

export const meta = defineRule({
  id: 'cards.followup-due',
  scope: 'week',
  severity: 'warning',
  section: '1.2.5(1)①c,d',
  // deposit/visited: the manual's 7 days; grades A/B/C: this tool's defaults, not the manual's.
  params: { deposit: count(7), visited: count(7), gradeA: count(3), gradeB: count(7), gradeC: count(30) },
  needsRoster: true,
});

/** The follow-up interval a card calls for, or null when none applies. */
export function followUpDays(card: CustomerRecord, config: Config): number | null {
  const p = paramsOf(config, meta.id);
  if (card.status === 'deposit') return p.deposit;
  if (card.status === 'visited') return p.visited;
  if (!isProspect(card) || card.grade === null) return null;
  return p[`grade${card.grade}`];
}

export const rule: Rule = {
  meta,
  evaluate(ctx: RuleContext) {
    const ref = rosterDate(ctx);
    const last = lastFollowUps(ctx.dataset, ref);
    return ctx.advisors.map((advisor) => {
      const overdue = ctx.dataset.records.customers.filter((c) => {
        if (c.advisor !== advisor) return false;
        const days = followUpDays(c, ctx.config);
        return days !== null && daysSinceFollowUp(c, last.get(c) ?? null, ref) > days;
      });
      return finding(meta, {
        advisor,
        status: overdue.length === 0 ? 'met' : 'missed',
        actual: overdue.length,
        target: 0,
        period: ctx.week.week.start,
        deadline: null,
        evidence: evidenceOf(overdue),
      });
    });
  },
};
