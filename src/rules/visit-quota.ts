/**
 * What the visits.* rules share: visits whose session falls in the week up to Sunday's close,
 * against the week target scaled to the advisor's call days (target x call days / 3, rounded up).
 */
import { visitsClose } from '../calendar/week.js';
import type { Action, RuleResult } from '../model/results.js';
import type { InviteRecord } from '../model/records.js';
import type { WeekRecords } from '../metrics/week-metrics.js';
import { countStatus, evidenceOf, finding } from './finding.js';
import { invitesExcused, scaledTarget, type WeekQuotaId } from './invite-quota.js';
import type { RuleContext, RuleMeta } from './types.js';

/** One finding per advisor: the visits `pick` selects against the rule's `perWeek` (scaled), by Sunday's close. */
export function visitFindings(meta: RuleMeta<WeekQuotaId>, ctx: RuleContext, pick: (r: WeekRecords) => InviteRecord[], action?: Action): RuleResult[] {
  const { week } = ctx.week;
  const deadline = visitsClose(week, ctx.config);
  return ctx.advisors.map((advisor) => {
    const visits = pick(ctx.week.records.get(advisor)!);
    const target = scaledTarget(ctx, ctx.week, advisor, meta.id);
    return finding(meta, {
      advisor,
      // An advisor excused every call day (sick with a note) has no visits to bring either.
      status: invitesExcused(ctx, ctx.week, advisor) ? 'excused' : countStatus(visits.length, target, ctx.asOf.local, deadline),
      actual: visits.length,
      target,
      period: week.start,
      deadline,
      ...(action ? { action } : {}),
      evidence: evidenceOf(visits),
    });
  });
}
