/** team.talks - the supervisor talks with each advisor once a month, logged in the 沟通记录表 (§1.2.3(1)); info. */
import { datePart } from '../calendar/local-date.js';
import { calendarMonth } from '../calendar/month.js';
import { paramsOf } from './params.js';
import { countStatus, evidenceOf, finding, defineRule } from './finding.js';
import { monthClose } from './month-close.js';
import type { Rule, RuleContext } from './types.js';
import { count } from '../config/rule-params.js';

export const meta = defineRule({
  id: 'team.talks',
  scope: 'month',
  severity: 'info',
  section: '1.2.3(1)',
  params: { perMonth: count(1) },
});

export const rule: Rule = {
  meta,
  evaluate(ctx: RuleContext) {
    const { start, end } = calendarMonth(ctx.month);
    const today = datePart(ctx.asOf.local);
    const target = paramsOf(ctx.config, meta.id).perMonth;
    const close = monthClose(ctx.month, ctx.config);
    return ctx.advisors.map((advisor) => {
      const talks = ctx.dataset.records.talks.filter((t) => t.advisor === advisor && t.date >= start && t.date <= end && t.date <= today);
      return finding(meta, {
        advisor,
        status: countStatus(talks.length, target, ctx.asOf.local, close),
        actual: talks.length,
        target,
        period: ctx.month,
        deadline: close,
        evidence: evidenceOf(talks),
      });
    });
  },
};
