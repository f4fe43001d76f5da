/**
 * Every figure of the manual (spec/manual.md, source seeds/000), each next to its section.
 * This is the only place such figures are written; a center's clubcrm.config.json overrides any
 * of them, and everything else reads them through the resolved Config.
 */
import type { CallOutcome, LeaveType } from '../model/records.js';

/** Parameters of one rule, with the manual section they come from. */
export interface RuleDefaults {
  section: string;
  params: Record<string, number | string | boolean | string[]>;
}

/** Default parameters of every rule id of manual.md. */
export const RULE_DEFAULTS: Record<string, RuleDefaults> = {
  'calls.daily': { section: '1.1.1(1)②a', params: { perDay: 50 } },
  'calls.daily-mix': {
    section: '1.1.1(1)②a',
    params: { firstInvite: 36, secondInvite: 10, memberCare: 4 },
  },
  'calls.weekly': {
    section: '1.1.1(1)③a,c,d',
    params: { perCallDay: 50, excusedLeave: ['sick'], sickNeedsProof: true },
  },
  'calls.new-old-ratio': { section: '1.1.2(1)①c', params: { newShare: 1 / 3, tolerance: 0.1 } },
  'invites.first': { section: '1.1.1(2)①b', params: { perWeek: 15 } },
  'invites.second': { section: '1.1.1(2)①b', params: { perWeek: 4 } },
  'invites.makeup': { section: '1.1.1(2)②b', params: { extraCalls: 20 } },
  'invites.second-zero': { section: '1.1.1(2)②c', params: { cardShare: 1 / 5 } },
  'visits.first': { section: '1.1.1(3)①a', params: { perWeek: 5 } },
  'visits.second': { section: '1.1.1(3)①a', params: { perWeek: 2 } },
  'visits.total': { section: '1.1.1(3)②a', params: { perWeek: 5, leadShareKept: 4 / 5 } },
  'team.bonus': { section: '1.1.1(1)③a,b', params: {} },
  'renewals.plan-due': { section: '1.1.1(6)①b, ②b', params: { dueDayOfMonth: 1 } },
  'renewals.unplanned': { section: '1.1.1(6)②b', params: {} },
  'contracts.type-mix': {
    section: '1.1.1(8)①, 1.1.2(2)①a',
    params: { new: 0.4, referral: 0.3, renewal: 0.3, tolerance: 0.1 },
  },
  'contracts.course-mix': {
    section: '1.1.1(8)②, 1.1.2(2)①b',
    params: { one_year: 0.5, multi_year: 0.3, installment: 0.2, tolerance: 0.1 },
  },
  'contracts.sign-rate': { section: '1.1.2(2)②', params: { target: 0.3 } },
  'renewals.share': { section: '1.1.2(3)', params: { target: 0.3, tolerance: 0.1 } },
  'cards.stale': { section: '1.1.1(9)②, 1.2.5(1)①a', params: { days: 30 } },
  'cards.followup-due': {
    section: '1.2.5(1)①c,d',
    // deposit/visited: the manual's 7 days; grades A/B/C: this tool's defaults, not the manual's.
    params: { deposit: 7, visited: 7, gradeA: 3, gradeB: 7, gradeC: 30 },
  },
  'cards.missing': { section: '1.1.1(1)②d', params: {} },
  'data.completeness': { section: '1.1.1(1)②b, ②d', params: { target: 1 } },
  'referrals.reward-due': {
    section: '1.1.1(7)②a, 1.1.2(4)②',
    params: { months: 2, amount: 300, salonClasses: 2 },
  },
  'referrals.owner': { section: '1.1.1(7)②a,b', params: {} },
  'team.talks': { section: '1.2.3(1)', params: { perMonth: 1 } },
  // The manual's data analysis (issue 15). Tool defaults where the manual gives no figure:
  // a fall of more than 20% of visits, or 5 points of sign rate, against the previous week
  // and against the average of the 4 weeks before; 8 weeks of history.
  'analysis.visits-decline': { section: '1.1.2(1)', params: { fall: 0.2, baselineWeeks: 4, historyWeeks: 8 } },
  'analysis.sign-rate-decline': { section: '1.1.2(2)②', params: { points: 0.05, baselineWeeks: 4 } },
  // Ending within 60 days (tool default); about one month into classes: day 28 to 41 after
  // the start, so two weekly runs see each new student (§1.1.1(6)①c "开课一个月左右").
  'renewals.pipeline': { section: '1.1.1(6)①c, 1.1.2(3)', params: { endingDays: 60, firstMonthFrom: 28, firstMonthTo: 41 } },
};

/** Outcomes that make a call effective (forms.md: invited, interested, declined). */
export const EFFECTIVE_OUTCOMES: CallOutcome[] = ['invited', 'interested', 'declined'];
/** Outcomes that mark an invalid number (never counted; manual "无效名单"). */
export const INVALID_OUTCOMES: CallOutcome[] = [
  'invalid_number',
  'wrong_number',
  'long_distance',
  'suspended',
];

/** The center week (manual "The center's week", §1.1.1(1)①b, ③a). Days: 0 Sunday .. 6 Saturday. */
export const WEEK_DEFAULTS = {
  /** Wednesday. */
  startDay: 3,
  /** Wed, Thu, Fri. */
  callDays: [3, 4, 5],
  /** Calls and invites close on Friday. */
  callsCloseDay: 5,
  /** Make-ups and visits close on Sunday. */
  visitsCloseDay: 0,
  closeOfBusiness: '18:00',
};

/**
 * Targets turned into weekly work (§1.1.1 目标管理): an advisor's own rates are taken over this many
 * closed weeks; with fewer, the manual's rates (contracts.sign-rate and the weekly quotas) apply.
 */
export const TARGET_RATE_WEEKS = 4;

/** Weekend sessions and callbacks (manual, "Weekend sessions and callbacks", §1.1.1(1)③b). */
export const CALLBACK_SAMPLE_PER_ADVISOR = 5;

/** Reallocation (manual, "Reallocation"): §1.1.1(9) release 1/3, or §1.2.5(1)①b keep 30%. */
export const SWAP_DEFAULTS = {
  reading: 'release-third' as 'release-third' | 'keep-30',
  releaseShare: 1 / 3,
  keepShare: 0.3,
  staleDays: 30,
};

export const LEAVE_EXCUSED_DEFAULT: LeaveType[] = ['sick'];

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
export const DEFAULT_LANG = 'zh';
export const DEFAULT_CENTER = '示例中心';
