/**
 * The terminal view of `clubcrm check` (and the figure table `weekly-report` prints): what to do
 * first - the quota misses with their consequences (who, what, by when) - then what is still
 * pending, then the other problems grouped by rule with counts, then the per-advisor figure
 * table (actual/target with a status mark), then one line on the data issues and where every
 * one of them is listed. `--all` lists every finding one by one. Rules are shown by name, never
 * by id (the id stays in `--json`). Lines are fitted to the terminal's width; colours degrade
 * when piped (chalk).
 */
import chalk from './chalk.js';
import Table from 'cli-table3';
import type { Lang } from '../config/types.js';
import { hasMessage, t, type MessageKey } from '../i18n/index.js';
import { ruleName } from '../i18n/rule-names.js';
import type { Action, CheckReport, RuleResult } from '../model/results.js';
import { maskPhones } from '../privacy/mask.js';
import { moneyText, percentText } from '../rules/finding.js';
import { isRule, type RuleId } from '../rules/index.js';
import { whenText } from './advisor-messages.js';
import { wrapText } from './terminal-width.js';
import { terminalText } from './terminal-text.js';
import { STATUS_SYMBOL } from '../workbook/workbook-style.js';
import { PAINT } from './status-paint.js';


/** `152/150 ✔`, coloured by status. */
function quotaCell(r: RuleResult | undefined, fallback: string): string {
  if (!r) return fallback;
  return PAINT[r.status](`${r.actual ?? '-'}/${r.target ?? '-'} ${STATUS_SYMBOL[r.status]}`);
}

/** The action of a finding in words. */
export function actionText(action: Action, lang: Lang): string {
  const pct = (share: number) => `${Math.round(share * 100)}%`;
  switch (action.type) {
    case 'weekend-makeup':
      return t('action.weekend-makeup', { calls: action.calls, due: action.due }, lang);
    case 'team-bonus-cancelled':
      return t('action.team-bonus-cancelled', { month: action.month }, lang);
    case 'cards-reassigned':
      return t('action.cards-reassigned', { percent: pct(action.share) }, lang);
    case 'new-leads-cut':
      return t('action.new-leads-cut', { percent: pct(action.share) }, lang);
    case 'renewals-not-counted':
      return t('action.renewals-not-counted', { contracts: action.contracts ?? 0, amount: moneyText(action.amount ?? 0) }, lang);
  }
}

const SEVERITY_ORDER = { quota: 0, warning: 1, info: 2 } as const;

/** The findings worth reading: every miss, and the quotas still pending. */
export function findingsToShow(results: RuleResult[]): RuleResult[] {
  return results
    .filter((r) => r.status === 'missed' || (r.status === 'pending' && r.severity === 'quota'))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.status === b.status ? 0 : a.status === 'missed' ? -1 : 1));
}

/** An extra column of the figure table (e.g. a target plan's figure), filled per advisor. */
export interface FigureColumn {
  head: string;
  cell: (advisor: string) => string;
}

/**
 * The per-advisor figure table: calls, invites, make-up, visits (actual/target with a mark) and
 * contracts, one line per advisor. `extra` columns are appended after the standard ones.
 */
export function renderFigureTable(report: CheckReport, lang: Lang, extra: readonly FigureColumn[] = []): string {
  const L = (k: MessageKey, p: Record<string, unknown> = {}) => t(k, p, lang);
  if (report.advisors.length === 0) return L('check.no-advisors');
  const table = new Table({
    head: [L('check.col.advisor'), ...(['calls', 'first-invites', 'second-invites', 'makeup', 'visits', 'contracts'] as const).map((k) => L(`check.col.${k}`)), ...extra.map((c) => c.head)],
    style: { head: [], border: [], compact: true },
  });
  const find = (rule: RuleId, advisor: string) => report.results.find((r) => r.rule === rule && r.advisor === advisor && r.period === report.week.start);
  for (const { advisor, metrics, configured } of report.advisors) {
    table.push([
      // An advisor found in the sheets but not in the config shows under the raw name, marked.
      configured === false ? `${terminalText(advisor)}${L('staff.not-configured')}` : terminalText(advisor),
      quotaCell(find('calls.weekly', advisor), String(metrics.effectiveCalls)),
      quotaCell(find('invites.first', advisor), String(metrics.firstInvites)),
      quotaCell(find('invites.second', advisor), String(metrics.secondInvites)),
      quotaCell(find('invites.makeup', advisor), String(metrics.makeupCalls)),
      quotaCell(find('visits.total', advisor), String(metrics.firstVisits + metrics.secondVisits)),
      `${metrics.contracts}  ¥${moneyText(metrics.amount)}`,
      ...extra.map((c) => c.cell(advisor)),
    ]);
  }
  return table.toString();
}

/** A result's figure: `149/150`, `99.9%`, or a count alone when there is no target. */
function figure(r: RuleResult): string {
  if (r.actual === null) return '';
  if (isRule(r, 'invites.second-zero')) return String(r.actual);
  const ratio = !Number.isInteger(r.actual) || (r.target !== null && !Number.isInteger(r.target));
  if (ratio) return r.target === null ? percentText(r.actual) : `${percentText(r.actual)}/${percentText(r.target)}`;
  return r.target === null || r.target === 0 ? String(r.actual) : `${r.actual}/${r.target}`;
}

/** Quota rules whose consequence is not an action of their own. */
const CONSEQUENCE: Record<string, MessageKey> = {
  'calls.weekly': 'checkview.consequence.calls.weekly',
  'invites.makeup': 'checkview.consequence.invites.makeup',
} satisfies Partial<Record<RuleId, MessageKey>>;

/** The order the must-do section lists the quota rules in. */
const QUOTA_ORDER: readonly string[] = ['calls.weekly', 'invites.first', 'invites.second', 'invites.second-zero', 'invites.makeup', 'visits.total', 'renewals.plan-due', 'team.bonus'] satisfies RuleId[];
const quotaRank = (rule: string) => (QUOTA_ORDER.indexOf(rule) + 1 || QUOTA_ORDER.length + 1);

function byRule(results: readonly RuleResult[]): Map<string, RuleResult[]> {
  const groups = new Map<string, RuleResult[]>();
  for (const r of results) groups.set(r.rule, [...(groups.get(r.rule) ?? []), r]);
  return groups;
}

export interface CheckViewOptions {
  /** List every finding one by one instead of grouping the other problems by rule. */
  all?: boolean;
  /** The terminal's columns (Infinity: no wrapping). */
  width?: number;
  /** More columns of the figure table. */
  extraColumns?: readonly FigureColumn[];
  /** More sections (already rendered lines), printed after the figure table. */
  extraSections?: readonly string[][];
}

/** The whole `check` text (ends with a newline). */
export function renderCheckTable(report: CheckReport, lang: Lang, options: CheckViewOptions = {}): string {
  const L = (k: MessageKey, p: Record<string, unknown> = {}) => t(k, p, lang);
  const who = (r: RuleResult) => (r.advisor === null ? L('engine.team') : terminalText(r.advisor));
  const colon = L('word.colon');
  const sep = L('word.list-sep');
  const due = (r: RuleResult) => (r.deadline ? L('checkview.line.due', { due: whenText(r.deadline, lang) }) : '');
  const out: string[] = [];
  const asOf = report.asOf.slice(0, 16).replace('T', ' ');
  out.push(chalk.bold(L('check.title', { center: report.center, start: report.week.start, end: report.week.end, asOf })), '');

  // 1. The quota misses and what follows from each.
  const missed = report.results
    .filter((r) => r.severity === 'quota' && r.status === 'missed')
    .sort((a, b) => quotaRank(a.rule) - quotaRank(b.rule));
  out.push(chalk.bold(L('checkview.must')));
  if (missed.length === 0) out.push(chalk.green(L('checkview.none-missed')));
  for (const r of missed) {
    const what = isRule(r, 'team.bonus') ? terminalText(maskPhones(r.message)) : [who(r), ruleName(r.rule, lang), figure(r), due(r)].filter(Boolean).join('  ');
    const then = r.action ? actionText(r.action, lang) : CONSEQUENCE[r.rule] ? L(CONSEQUENCE[r.rule]!) : '';
    out.push(`${PAINT.missed(STATUS_SYMBOL.missed)} ${what}${then ? `  → ${then}` : ''}`);
  }

  // 2. Quotas still open, one line per rule and close.
  const pending = report.results.filter((r) => r.severity === 'quota' && r.status === 'pending');
  if (pending.length > 0) {
    out.push('', chalk.bold(L('checkview.pending')));
    const groups = byRule(pending.sort((a, b) => quotaRank(a.rule) - quotaRank(b.rule)));
    for (const [rule, rs] of groups) {
      if (options.all) {
        for (const r of rs) out.push(`${PAINT.pending(STATUS_SYMBOL.pending)} ${terminalText(maskPhones(r.message))}`);
        continue;
      }
      const items = rs.map((r) => `${who(r)} ${figure(r)}`.trim()).join(sep);
      out.push(`${PAINT.pending(STATUS_SYMBOL.pending)} ${ruleName(rule, lang)} · ${due(rs[0]!)}${colon}${items}`);
    }
  }

  // 3. The other problems: grouped by rule with counts, or (--all) every one.
  const others = report.results
    .filter((r) => r.severity !== 'quota' && r.status === 'missed')
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  if (others.length > 0) {
    out.push('', chalk.bold(L(options.all ? 'checkview.all' : 'checkview.warnings')));
    for (const [rule, rs] of byRule(others)) {
      const name = ruleName(rule, lang);
      if (options.all || (rs.length === 1 && rs[0]!.advisor === null)) {
        for (const r of rs) out.push(`${PAINT.missed(STATUS_SYMBOL.missed)} ${name}${colon}${terminalText(maskPhones(r.message))}`);
        continue;
      }
      // The team's figure first, then up to six advisors (a large center's list is cut).
      const team = rs.filter((r) => r.advisor === null);
      const mine = rs.filter((r) => r.advisor !== null);
      const shown = [...team, ...mine.slice(0, 6)].map((r) => `${who(r)} ${figure(r)}`.trim());
      if (mine.length > 6) shown.push(L('checkview.line.more', { n: mine.length - 6 }));
      const params = { n: mine.length, total: mine.reduce((s, r) => s + (r.actual ?? 0), 0), items: shown.join(sep) };
      const key = `checkview.group.${rule}`;
      const text = hasMessage(key) ? t(key, params, lang) : params.items;
      out.push(`${PAINT.missed(STATUS_SYMBOL.missed)} ${name}${colon}${text}`);
    }
    if (!options.all) out.push(chalk.dim(L('checkview.all-hint', { n: missed.length + pending.length + others.length })));
  }

  // 4. The figures.
  out.push('', chalk.bold(L('checkview.figures')), renderFigureTable(report, lang, options.extraColumns));
  for (const section of options.extraSections ?? []) out.push('', ...section);

  // 5. Data issues, and where every one is listed.
  const count = (s: string) => report.dataIssues.filter((i) => i.severity === s).length;
  out.push(
    '',
    report.dataIssues.length === 0
      ? L('checkview.no-issues')
      : L('checkview.issues', { errors: count('error'), warnings: count('warning'), infos: count('info'), command: 'clubcrm weekly-report' }),
  );
  const width = options.width ?? Infinity;
  return `${out.map((line) => (line.includes('\n') || /^\s*[┌│├└]/.test(line) ? line : wrapText(line, width, '    '))).join('\n')}\n`;
}
