/** The resolved configuration: defaults < clubcrm.config.json < command-line flags. */
import type { CallOutcome } from '../model/records.js';

import type { Lang } from '../i18n/lang.js';

export type { Lang };

/** One advisor of the center. */
export interface AdvisorConfig {
  name: string;
  aliases: string[];
  active: boolean;
  /** First day with the center (`YYYY-MM-DD`): no quota and no leads before it. */
  from?: string;
  /** Last day with the center (`YYYY-MM-DD`): no quota and no leads after it; the cards are handed over. */
  until?: string;
}

/** Which days are not the usual ones: official holidays and make-up workdays (调休上班). */
export interface CalendarConfig {
  /** Days off that fall on what would be a call day (`YYYY-MM-DD`). */
  holidays: string[];
  /** Official make-up workdays on a Saturday or Sunday, which become call days. */
  workdays: string[];
}

export interface Config {
  center: string;
  lang: Lang;
  /** What every CSV file is (a TextDecoder label, `--encoding` or the config's `csvEncoding`); absent: detected. */
  csvEncoding?: string;
  timeZone: string;
  /** `HH:mm`, the close of business on a quota's closing day. */
  closeOfBusiness: string;
  /** Empty when no config lists them: the advisors are then the names found in the sheets. */
  advisors: AdvisorConfig[];
  calendar: CalendarConfig;
  effectiveOutcomes: CallOutcome[];
  /** Rule id -> parameters in force (defaults merged with overrides). */
  rules: Record<string, Record<string, number | string | boolean | string[]>>;
  callbackSample: number;
  swap: { reading: 'release-third' | 'keep-30' };
  /** Where the config was read from, or null for defaults only. */
  source: string | null;
  /** Keys of the file the tool does not know (shown as warnings; the rest applies). */
  warnings?: { key: string; closest: string | null }[];
}
