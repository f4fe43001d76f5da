/** Building a rule's result: the status as the manual defines it, the message, capped evidence. */
import type { ParamSchema } from '../config/rule-params.js';
import { CallList } from '../model/call-store.js';
import { hasMessage, t, type Message, type MessageKey } from '../i18n/index.js';
import type { Origin } from '../model/records.js';
import type { Action, RuleResult, Status } from '../model/results.js';
import type { RuleMeta } from './types.js';

/** At most this many origins per finding: enough to find the rows, few enough to read. */
export const EVIDENCE_CAP = 20;

/** What a rule's file declares; the texts and the list of message keys are added from the catalogue. */
export interface RuleDefinition<I extends string, P extends ParamSchema> {
  id: I;
  scope: RuleMeta['scope'];
  severity: RuleMeta['severity'];
  section: string;
  params: P;
  /** Catalogue keys the rule uses beside `rule.<id>`, `rule.<id>.title` and `rule-name.<id>`. */
  extraMessages?: readonly string[];
  needsRoster?: boolean;
}

/** A rule's metadata from its definition (ESLint's `meta`): id, scope, severity, section, parameters, texts. */
export function defineRule<const I extends string, const P extends ParamSchema>(def: RuleDefinition<I, P>): RuleMeta<I, P> {
  const { extraMessages = [], ...rest } = def;
  // A missing text shows its key (test/rules/index.test.ts fails on it: every messageKeys entry must exist).
  const text = (key: string): Message => (hasMessage(key) ? { zh: t(key, {}, 'zh'), en: t(key, {}, 'en') } : { zh: key, en: key });
  const id: string = def.id;
  return { ...rest, title: text(`rule.${id}.title`), messages: text(`rule.${id}`), messageKeys: [`rule.${id}`, `rule.${id}.title`, `rule-name.${id}`, ...extraMessages] };
}

/**
 * Status of a count against a target by a close: excused when the target is zero, met once
 * reached (even before the close), pending while the close is still ahead, else missed.
 */
export function countStatus(actual: number, target: number, asOfLocal: string, close: string): Status {
  if (target <= 0) return 'excused';
  if (actual >= target) return 'met';
  return asOfLocal < close ? 'pending' : 'missed';
}

/** Status of a check that only the close decides (a ratio, a mix): pending before it. */
export function closeStatus(ok: boolean, asOfLocal: string, close: string): Status {
  if (asOfLocal < close) return 'pending';
  return ok ? 'met' : 'missed';
}

/** Origins of the records that decide a finding, capped; several lists are taken in turn. */
export function evidenceOf(...lists: (readonly { origin: Origin }[] | CallList)[]): Origin[] {
  const out: Origin[] = [];
  for (const list of lists) {
    const room = EVIDENCE_CAP - out.length;
    if (room <= 0) break;
    if (list instanceof CallList) out.push(...list.origins(room));
    else for (const r of list.slice(0, room)) out.push(r.origin);
  }
  return out;
}

export interface FindingInput {
  advisor: string | null;
  status: Status;
  actual: number | null;
  target: number | null;
  period: string;
  deadline: string | null;
  action?: Action;
  evidence?: Origin[];
  detail?: RuleResult['detail'];
  /** Extra placeholders of the message template. */
  params?: Record<string, unknown>;
  /** Actual and target are ratios: the message shows them as percentages (JSON keeps the numbers). */
  ratio?: boolean;
  /** Another template than `rule.<id>` (the same placeholders), when the state needs other words. */
  messageKey?: MessageKey;
}

/** `0.1429` -> `14.3%`. */
export function percentText(ratio: number): string {
  // Never show a shortfall as 100%.
  const shown = Math.round(ratio * 1000) / 10;
  return `${ratio < 1 && shown >= 100 ? 99.9 : shown}%`;
}

/** moneyText's formatter, made once: toLocaleString with options builds a new one each call (~50 us, hundreds of calls a week). */
let moneyFormat: Intl.NumberFormat | null = null;

/** `12800` -> `12,800` (as `toLocaleString('en-US', { maximumFractionDigits: 2 })` writes it). */
export function moneyText(amount: number): string {
  moneyFormat ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
  return moneyFormat.format(amount);
}

/** A RuleResult of `meta`, its message filled in the current language. */
export function finding(meta: RuleMeta, input: FindingInput): RuleResult {
  const key = input.messageKey ?? `rule.${meta.id}`;
  const message = !hasMessage(key) ? key : t(key, {
    advisor: input.advisor ?? t('engine.team'),
    actual: input.actual === null ? '-' : input.ratio ? percentText(input.actual) : input.actual,
    target: input.target === null ? '-' : input.ratio ? percentText(input.target) : input.target,
    status: t(`status.${input.status}`),
    deadline: input.deadline ? input.deadline.slice(0, 16).replace('T', ' ') : '-',
    period: input.period,
    ...input.params,
  });
  const result: RuleResult = {
    rule: meta.id,
    section: meta.section,
    advisor: input.advisor,
    status: input.status,
    severity: meta.severity,
    actual: input.actual,
    target: input.target,
    period: input.period,
    deadline: input.deadline,
    message,
    evidence: input.evidence ?? [],
  };
  if (input.action && input.status === 'missed') result.action = input.action;
  if (input.detail) result.detail = input.detail;
  return result;
}
