/**
 * Every rule of manual.md's table (ESLint's lib/rules/index.js): each file carries all of its
 * metadata (id, scope, severity, section, parameters with their kinds and defaults, message keys),
 * and this list is the only other place a new rule is named. `RuleId` and the parameter types
 * are derived from it, `RULE_SPECS` is what the config loader checks a center's config against.
 */
import type { ParamValues, RuleSpec } from '../config/rule-params.js';
import * as analysisSignRateDecline from './analysis.sign-rate-decline.js';
import * as analysisVisitsDecline from './analysis.visits-decline.js';
import * as callsDaily from './calls.daily.js';
import * as callsDailyMix from './calls.daily-mix.js';
import * as callsNewOldRatio from './calls.new-old-ratio.js';
import * as callsWeekly from './calls.weekly.js';
import * as cardsFollowupDue from './cards.followup-due.js';
import * as cardsMissing from './cards.missing.js';
import * as cardsStale from './cards.stale.js';
import * as contractsCourseMix from './contracts.course-mix.js';
import * as contractsSignRate from './contracts.sign-rate.js';
import * as contractsTypeMix from './contracts.type-mix.js';
import * as dataCompleteness from './data.completeness.js';
import * as invitesFirst from './invites.first.js';
import * as invitesMakeup from './invites.makeup.js';
import * as invitesSecond from './invites.second.js';
import * as invitesSecondZero from './invites.second-zero.js';
import * as referralsOwner from './referrals.owner.js';
import * as referralsRewardDue from './referrals.reward-due.js';
import * as renewalsPipeline from './renewals.pipeline.js';
import * as renewalsPlanDue from './renewals.plan-due.js';
import * as renewalsShare from './renewals.share.js';
import * as renewalsUnplanned from './renewals.unplanned.js';
import * as teamBonus from './team.bonus.js';
import * as teamTalks from './team.talks.js';
import * as visitsFirst from './visits.first.js';
import * as visitsSecond from './visits.second.js';
import * as visitsTotal from './visits.total.js';
import type { Rule } from './types.js';

/** The rule modules in the manual's order (the order of `init`'s config and of the config's messages). */
const MODULES = [
  callsDaily,
  callsDailyMix,
  callsWeekly,
  callsNewOldRatio,
  invitesFirst,
  invitesSecond,
  invitesMakeup,
  invitesSecondZero,
  visitsFirst,
  visitsSecond,
  visitsTotal,
  teamBonus,
  renewalsPlanDue,
  renewalsUnplanned,
  contractsTypeMix,
  contractsCourseMix,
  contractsSignRate,
  renewalsShare,
  cardsStale,
  cardsFollowupDue,
  cardsMissing,
  dataCompleteness,
  referralsRewardDue,
  referralsOwner,
  teamTalks,
  analysisVisitsDecline,
  analysisSignRateDecline,
  renewalsPipeline,
] as const;

type RuleModule = (typeof MODULES)[number];
/** The id of a rule: a typo fails to compile. */
export type RuleId = RuleModule['meta']['id'];
/** The metadata of rule `I`, with its literal id and parameter schema. */
export type MetaOf<I extends RuleId> = Extract<RuleModule['meta'], { id: I }>;
/** The parameters of rule `I` as a resolved config holds them. */
export type ParamsOf<I extends RuleId> = ParamValues<MetaOf<I>['params']>;

/** Rule id -> rule, sorted by id. */
export const RULES: ReadonlyMap<RuleId, Rule> = new Map(
  MODULES.map((m): [RuleId, Rule] => [m.meta.id, m.rule]).sort(([a], [b]) => (a < b ? -1 : 1)),
);

/** Id, section and parameter schema of every rule, in the manual's order: what config/load.ts is given. */
export const RULE_SPECS: readonly RuleSpec[] = MODULES.map((m) => m.meta);

/** Whether a string is a rule id (an id read from JSON, a workbook or a config). */
export function isRuleId(id: string): id is RuleId {
  return RULES.has(id as RuleId);
}

/** Whether a result is rule `id`'s: `isRule(r, 'calls.weekly')`, where a typo in the id fails to compile. */
export function isRule(result: { rule: string }, id: RuleId): boolean {
  return result.rule === id;
}
