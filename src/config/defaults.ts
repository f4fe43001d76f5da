/**
 * The manual's figures that belong to no rule (spec/manual.md, source seeds/000), each next to its
 * section: the center week, outcomes, callbacks, reallocation. A rule's figures live in the rule's
 * own file (src/rules/<id>.ts, `params` with kind and default) and reach the config through the
 * rule registry; a center's clubcrm.config.json overrides any of them, and everything else reads
 * them through the resolved Config.
 */
import type { CallOutcome } from '../model/records.js';

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

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
export const DEFAULT_LANG = 'zh';
export const DEFAULT_CENTER = '示例中心';
