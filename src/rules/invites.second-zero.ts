/** invites.second-zero - no week with zero second invites (§1.1.1(2)②c); else 1/5 of the prospect cards move. */
import { callsClose } from '../calendar/week.js';
import { paramsOf } from './params.js';
import { countStatus, evidenceOf, finding, defineRule } from './finding.js';
import { invitesExcused } from './invite-quota.js';
import type { Rule, RuleContext } from './types.js';
import { share } from '../config/rule-params.js';

export const meta = defineRule({
  id: 'invites.second-zero',
  scope: 'week',
  severity: 'quota',
  section: '1.1.1(2)②c',
  params: { cardShare: share(1 / 5) },
});

/** "Not zero": one second invite is enough. */
const AT_LEAST_ONE = 1;

export const rule: Rule = {
  meta,
  evaluate(ctx: RuleContext) {
    const { week } = ctx.week;
    const deadline = callsClose(week, ctx.config);
    return ctx.advisors.map((advisor) => {
      const invites = ctx.week.records.get(advisor)!.secondInvites;
      const status = invitesExcused(ctx, ctx.week, advisor) ? 'excused' : countStatus(invites.length, AT_LEAST_ONE, ctx.asOf.local, deadline);
      return finding(meta, {
        advisor,
        status,
        actual: invites.length,
        target: AT_LEAST_ONE,
        period: week.start,
        deadline,
        action: { type: 'cards-reassigned', share: paramsOf(ctx.config, meta.id).cardShare },
        evidence: evidenceOf(invites),
      });
    });
  },
};
