/** Every rule of manual.md's table: one sorted map from id to rule (ESLint's lib/rules/index.js). */
import { rule as analysisSignRateDecline } from './analysis.sign-rate-decline.js';
import { rule as analysisVisitsDecline } from './analysis.visits-decline.js';
import { rule as callsDaily } from './calls.daily.js';
import { rule as callsDailyMix } from './calls.daily-mix.js';
import { rule as callsNewOldRatio } from './calls.new-old-ratio.js';
import { rule as callsWeekly } from './calls.weekly.js';
import { rule as cardsFollowupDue } from './cards.followup-due.js';
import { rule as cardsMissing } from './cards.missing.js';
import { rule as cardsStale } from './cards.stale.js';
import { rule as contractsCourseMix } from './contracts.course-mix.js';
import { rule as contractsSignRate } from './contracts.sign-rate.js';
import { rule as contractsTypeMix } from './contracts.type-mix.js';
import { rule as dataCompleteness } from './data.completeness.js';
import { rule as invitesFirst } from './invites.first.js';
import { rule as invitesMakeup } from './invites.makeup.js';
import { rule as invitesSecond } from './invites.second.js';
import { rule as invitesSecondZero } from './invites.second-zero.js';
import { rule as referralsOwner } from './referrals.owner.js';
import { rule as referralsRewardDue } from './referrals.reward-due.js';
import { rule as renewalsPipeline } from './renewals.pipeline.js';
import { rule as renewalsPlanDue } from './renewals.plan-due.js';
import { rule as renewalsShare } from './renewals.share.js';
import { rule as renewalsUnplanned } from './renewals.unplanned.js';
import { rule as teamBonus } from './team.bonus.js';
import { rule as teamTalks } from './team.talks.js';
import { rule as visitsFirst } from './visits.first.js';
import { rule as visitsSecond } from './visits.second.js';
import { rule as visitsTotal } from './visits.total.js';
import type { Rule } from './types.js';

/** Rule id -> rule, sorted by id. */
export const RULES: ReadonlyMap<string, Rule> = new Map(
  [
    analysisSignRateDecline,
    analysisVisitsDecline,
    callsDaily,
    callsDailyMix,
    callsNewOldRatio,
    callsWeekly,
    cardsFollowupDue,
    cardsMissing,
    cardsStale,
    contractsCourseMix,
    contractsSignRate,
    contractsTypeMix,
    dataCompleteness,
    invitesFirst,
    invitesMakeup,
    invitesSecond,
    invitesSecondZero,
    referralsOwner,
    referralsRewardDue,
    renewalsPipeline,
    renewalsPlanDue,
    renewalsShare,
    renewalsUnplanned,
    teamBonus,
    teamTalks,
    visitsFirst,
    visitsSecond,
    visitsTotal,
  ]
    .sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1))
    .map((r) => [r.meta.id, r]),
);
