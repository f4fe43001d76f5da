/** cards.missing - every effective call's customer has a card with that advisor (§1.1.1(1)②d); info. */
import { evidenceOf, finding, defineRule } from './finding.js';
import type { Rule, RuleContext } from './types.js';

export const meta = defineRule({
  id: 'cards.missing',
  scope: 'week',
  severity: 'info',
  section: '1.1.1(1)②d',
  params: {},
  needsRoster: true,
});

export const rule: Rule = {
  meta,
  evaluate(ctx: RuleContext) {
    return ctx.advisors.map((advisor) => {
      const owned = new Set(ctx.dataset.records.customers.filter((c) => c.advisor === advisor && c.phone).map((c) => c.phone!));
      const effective = ctx.week.records.get(advisor)!.effective;
      const store = effective.store;
      const calls = effective.where((r) => {
        const phone = store.phone(r);
        return phone !== null && !owned.has(phone);
      });
      const phones = new Set<string>();
      for (let k = 0; k < calls.length; k++) phones.add(store.phone(calls.row(k))!);
      return finding(meta, {
        advisor,
        status: phones.size === 0 ? 'met' : 'missed',
        actual: phones.size,
        target: 0,
        period: ctx.week.week.start,
        deadline: null,
        evidence: evidenceOf(calls),
      });
    });
  },
};
