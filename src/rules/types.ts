/**
 * The shape of a rule (ESLint-style: one rule, one file, carrying its own metadata) and the
 * context the engine hands it. Rules are pure: records, config and as-of in, results out.
 */
import type { AsOf } from '../calendar/local-date.js';
import type { ParamSchema, RuleSpec } from '../config/rule-params.js';
import type { Config } from '../config/types.js';
import type { Dataset } from '../dataset/types.js';
import type { Message } from '../i18n/index.js';
import type { AdvisorWeek, RuleResult, WeekInfo } from '../model/results.js';
import type { NewLeadTest, WeekRecords } from '../metrics/week-metrics.js';
import type { History } from '../analysis/history.js';

/**
 * A rule's metadata, all of it in the rule's file: what `rules`, `init`'s config, the config's
 * checks, the README table and every report read.
 */
export interface RuleMeta<I extends string = string, P extends ParamSchema = ParamSchema> extends RuleSpec {
  id: I;
  /** The manual section the rule and its default figures come from. */
  section: string;
  /** 'week': judged for the week checked; 'month': for the month of its Friday. */
  scope: 'week' | 'month';
  /** Only a missed 'quota' rule makes `check` exit 1. */
  severity: 'quota' | 'warning' | 'info';
  /** The parameters a center may override, each with its kind (checked on load) and the manual's default. */
  params: P;
  /** What is checked, one line, both languages (catalogue key `rule.<id>.title`). */
  title: Message;
  /** The finding's template, both languages (catalogue key `rule.<id>`). */
  messages: Message;
  /** Every catalogue key the rule uses: `rule.<id>`, `rule.<id>.title`, `rule-name.<id>` and its own extra templates. */
  messageKeys: readonly string[];
  /** Skipped when the dataset has no roster (customers). */
  needsRoster?: boolean;
}

/** One week as the rules see it: its calendar, metrics and the records behind them. */
export interface WeekView {
  week: WeekInfo;
  advisors: AdvisorWeek[];
  records: Map<string, WeekRecords>;
}

/** What a rule gets. */
export interface RuleContext {
  dataset: Dataset;
  config: Config;
  asOf: AsOf;
  /** The advisors judged (inactive ones left out). */
  advisors: string[];
  /** The week checked (for a month rule: the month's last week the data holds). */
  week: WeekView;
  /** `YYYY-MM` of the week's Friday. */
  month: string;
  /** Every week of the month the data holds that has begun by the as-of time, in order. */
  monthWeeks: WeekView[];
  /** Whether the call of a row of the dataset's call store counts as a new-lead call. */
  isNew: NewLeadTest;
  /** The last weeks up to the one checked (analysis.*, targets); absent in rule unit tests. */
  history?: History;
}

/** A rule: metadata and a pure evaluation. */
export interface Rule {
  meta: RuleMeta;
  evaluate(ctx: RuleContext): RuleResult[];
}
