/** cards.stale - every old-lead card followed up at least once in 30 days (§1.1.1(9)②, 1.2.5(1)①a). */
import { calendarMonth } from '../calendar/month.js';
import { paramsOf } from './params.js';
import { lastFollowUps, staleCards } from '../metrics/cards.js';
import { evidenceOf, finding, defineRule } from './finding.js';
import { rosterDate } from './roster-week.js';
import type { Rule, RuleContext } from './types.js';
import { count } from '../config/rule-params.js';

export const meta = defineRule({
  id: 'cards.stale',
  scope: 'week',
  severity: 'warning',
  section: '1.1.1(9)②, 1.2.5(1)①a',
  params: { days: count(30) },
  needsRoster: true,
});

export const rule: Rule = {
  meta,
  evaluate(ctx: RuleContext) {
    const ref = rosterDate(ctx);
    const { start } = calendarMonth(ctx.month);
    const days = paramsOf(ctx.config, meta.id).days;
    const last = lastFollowUps(ctx.dataset, ref);
    return ctx.advisors.map((advisor) => {
      const stale = staleCards(ctx.dataset, advisor, ref, start, days, last);
      return finding(meta, {
        advisor,
        status: stale.length === 0 ? 'met' : 'missed',
        actual: stale.length,
        target: 0,
        period: ctx.week.week.start,
        deadline: null,
        evidence: evidenceOf(stale),
        params: { days },
      });
    });
  },
};
