/** contracts.sign-rate - about 30% of visits sign (new and referral contracts / visits) (§1.1.2(2)②); a warning. */
import { visitsClose } from '../calendar/week.js';
import { paramsOf } from './params.js';
import { closeStatus, evidenceOf, finding, defineRule } from './finding.js';
import type { Rule, RuleContext } from './types.js';
import { share } from '../config/rule-params.js';

export const meta = defineRule({
  id: 'contracts.sign-rate',
  scope: 'week',
  severity: 'warning',
  section: '1.1.2(2)②',
  params: { target: share(0.3) },
});

export const rule: Rule = {
  meta,
  evaluate(ctx: RuleContext) {
    const { week } = ctx.week;
    const deadline = visitsClose(week, ctx.config);
    const target = paramsOf(ctx.config, meta.id).target;
    return ctx.week.advisors.flatMap(({ advisor, metrics }) => {
      // Without a visit there is no rate to judge (visits.total already reports the week).
      if (metrics.firstVisits + metrics.secondVisits === 0) return [];
      const records = ctx.week.records.get(advisor)!;
      const signed = records.contracts.filter((c) => c.type === 'new' || c.type === 'referral');
      return [
        finding(meta, {
          advisor,
          status: closeStatus(metrics.signRate >= target, ctx.asOf.local, deadline),
          actual: metrics.signRate,
          target,
          period: week.start,
          deadline,
          evidence: evidenceOf(signed),
          ratio: true,
          params: { contracts: signed.length, visits: metrics.firstVisits + metrics.secondVisits },
        }),
      ];
    });
  },
};
