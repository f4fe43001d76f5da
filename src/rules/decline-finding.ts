/** The finding of an `analysis.*` decline rule (issue 15): one center result naming the advisors and causes. */
import { visitsClose } from '../calendar/week.js';
import { declineOf, type DeclineMetric } from '../analysis/decline.js';
import { t } from '../i18n/index.js';
import type { RuleResult } from '../model/results.js';
import { closeStatus, finding, percentText } from './finding.js';import { declineThresholds } from './params.js';

import type { RuleContext, RuleMeta } from './types.js';

/** `王芳（一邀不足）、李娜（签约下降）` - the advisors named by a decline with their cause. */
export function declineNames(advisors: NonNullable<RuleResult['detail']>['advisors']): string {
  if (!Array.isArray(advisors) || advisors.length === 0) return t('analysis.no-advisor');
  return advisors.map((a) => t('analysis.named', { advisor: a.advisor, cause: t(`analysis.cause.${a.cause}`) })).join(t('analysis.list-separator'));
}

export function declineFindings(meta: RuleMeta, ctx: RuleContext, metric: DeclineMetric): RuleResult[] {
  if (!ctx.history) return [];
  const decline = declineOf(ctx.history, metric, declineThresholds(ctx.config, metric));
  if (!decline) return [];
  const { week } = ctx.week;
  const deadline = visitsClose(week, ctx.config);
  // Before the visits close the week's visits and contracts are partial: nothing is judged or named yet.
  const open = ctx.asOf.local < deadline;
  const declined = !open && decline.declined;
  const status = closeStatus(!declined, ctx.asOf.local, deadline);
  const shown = (v: number) => (metric === 'signRate' ? percentText(v) : String(v));
  return [
    finding(meta, {
      advisor: null,
      status,
      actual: decline.current,
      target: decline.previous,
      period: week.start,
      deadline,
      detail: { previous: decline.previous, baseline: decline.baseline, declined: declined ? 1 : 0, advisors: declined ? decline.advisors : [] },
      params: {
        current: shown(decline.current),
        previous: shown(decline.previous),
        baseline: shown(decline.baseline),
        state: t(`analysis.state.${status}`),
        names: open ? t('analysis.judged-at-close', { deadline: deadline.slice(0, 16).replace('T', ' ') }) : declined ? declineNames(decline.advisors) : t('analysis.steady'),
      },
    }),
  ];
}
