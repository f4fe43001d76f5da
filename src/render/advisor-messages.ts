/**
 * One ready-to-send message per advisor for the team's group chat: what they missed this week,
 * what follows, and what they still owe and by when ("赵强：本周一次邀约 12/15；请于 11月22日（周日）
 * 18:00 前补打 20 个有效电话。"). Advisors who owe nothing get no message.
 */
import type { Lang } from '../config/types.js';
import { dayOfWeek } from '../calendar/local-date.js';
import { t, type KeysUnder } from '../i18n/index.js';
import type { CheckReport, RuleResult } from '../model/results.js';
import { isRule, type RuleId } from '../rules/index.js';
import { actionText } from './check-table.js';

/** The quota misses an advisor is told about, in this order (each with its `advmsg.<rule>` words). */
const TOLD: readonly KeysUnder<'advmsg.'>[] = ['calls.weekly', 'invites.first', 'invites.second', 'invites.second-zero', 'invites.makeup', 'visits.total', 'renewals.plan-due'] satisfies RuleId[];

/** The weekday words, Sunday first (calendar's dayOfWeek). */
const WEEKDAYS = ['advmsg.weekday.0', 'advmsg.weekday.1', 'advmsg.weekday.2', 'advmsg.weekday.3', 'advmsg.weekday.4', 'advmsg.weekday.5', 'advmsg.weekday.6'] as const;

/** English short month names; made once: toLocaleString builds a new formatter each call (~0.2 ms). */
let monthFormat: Intl.DateTimeFormat | null = null;

/** `Nov` for any day of November, as `toLocaleString('en-GB', { month: 'short' })` says it. */
function englishMonth(y: number, m: number, d: number): string {
  monthFormat ??= new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });
  return monthFormat.format(new Date(Date.UTC(y, m - 1, d)));
}

/** `2026-11-22T18:00:00` -> `11月22日（周日）18:00` / `Sun 22 Nov 18:00`. */
export function whenText(dateTime: string, lang: Lang): string {
  const date = dateTime.slice(0, 10);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const params = { month: lang === 'zh' ? m : englishMonth(y, m, d), day: d, weekday: t(WEEKDAYS[dayOfWeek(date)]!, {}, lang), time: dateTime.slice(11, 16) };
  return t(dateTime.length > 10 ? 'advmsg.when' : 'advmsg.date', params, lang);
}

export interface AdvisorMessage {
  advisor: string;
  text: string;
}

/** `r`, a miss of the rule `rule`, in the advisor's words. */
function missText(r: RuleResult, rule: KeysUnder<'advmsg.'>, lang: Lang): string {
  if (rule === 'renewals.plan-due') {
    const consequence = r.action ? actionText(r.action, lang) : t('advmsg.plan-late', {}, lang);
    return t('advmsg.renewals.plan-due', { period: r.period, due: r.deadline ? whenText(r.deadline.slice(0, 10), lang) : '-', consequence }, lang);
  }
  return t(`advmsg.${rule}`, { actual: r.actual ?? '-', target: r.target ?? '-' }, lang);
}

/** The messages of a checked week, in the order of the report's advisors. */
export function advisorMessages(report: CheckReport, lang: Lang): AdvisorMessage[] {
  const out: AdvisorMessage[] = [];
  for (const { advisor } of report.advisors) {
    const mine = report.results.filter((r) => r.advisor === advisor);
    const parts: string[] = [];
    for (const rule of TOLD) {
      for (const r of mine) if (r.rule === rule && r.status === 'missed' && r.severity === 'quota') parts.push(missText(r, rule, lang));
    }
    for (const r of mine) {
      if (!isRule(r, 'invites.makeup') || r.status !== 'pending' || r.target === null) continue;
      const calls = r.target - (r.actual ?? 0);
      if (calls > 0 && r.deadline) parts.push(t('advmsg.makeup-owed', { calls, due: whenText(r.deadline, lang) }, lang));
    }
    if (parts.length > 0) out.push({ advisor, text: t('advmsg.line', { advisor, parts: parts.join(t('advmsg.sep', {}, lang)) }, lang) });
  }
  return out;
}

/** The messages as one text (ends with a newline), one paragraph per advisor. */
export function advisorMessagesText(report: CheckReport, lang: Lang): string {
  const messages = advisorMessages(report, lang);
  if (messages.length === 0) return `${t('checkview.messages.none', {}, lang)}\n`;
  return `${messages.map((m) => m.text).join('\n\n')}\n`;
}
