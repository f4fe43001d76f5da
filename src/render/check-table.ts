/**
 * The terminal view of `clubcrm check`: a table per advisor (each quota actual/target with a
 * status mark, colour plus symbol), then the findings with actions and deadlines, then a one-line
 * data-issue summary. Colours degrade when piped (chalk).
 */
import chalk from 'chalk';
import Table from 'cli-table3';
import type { Lang } from '../config/types.js';
import { t } from '../i18n/index.js';
import type { Action, CheckReport, RuleResult, Status } from '../model/results.js';
import { maskPhones } from '../privacy/mask.js';
import { moneyText } from '../rules/finding.js';
import { terminalText } from './terminal-text.js';

const PAINT: Record<Status, (s: string) => string> = {
  met: chalk.green,
  missed: chalk.red,
  pending: chalk.yellow,
  excused: chalk.gray,
};
const SYMBOL: Record<Status, string> = { met: '✔', missed: '✘', pending: '…', excused: '–' };

/** `152/150 ✔`, coloured by status. */
function quotaCell(r: RuleResult | undefined, fallback: string): string {
  if (!r) return fallback;
  return PAINT[r.status](`${r.actual ?? '-'}/${r.target ?? '-'} ${SYMBOL[r.status]}`);
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

/** The whole `check` text (ends with a newline). */
export function renderCheckTable(report: CheckReport, lang: Lang): string {
  const L = (k: string, p: Record<string, unknown> = {}) => t(k, p, lang);
  const out: string[] = [];
  const asOf = report.asOf.slice(0, 16).replace('T', ' ');
  out.push(chalk.bold(L('check.title', { center: report.center, start: report.week.start, end: report.week.end, asOf })));
  if (report.advisors.length === 0) {
    out.push(L('check.no-advisors'));
  } else {
    const table = new Table({
      head: ['calls', 'first-invites', 'second-invites', 'makeup', 'visits', 'contracts'].reduce(
        (h, k) => [...h, L(`check.col.${k}`)],
        [L('check.col.advisor')],
      ),
      style: { head: [], border: [] },
    });
    const find = (rule: string, advisor: string) => report.results.find((r) => r.rule === rule && r.advisor === advisor);
    for (const { advisor, metrics, configured } of report.advisors) {
      table.push([
        configured === false ? `${terminalText(advisor)}${L('staff.not-configured')}` : terminalText(advisor),
        quotaCell(find('calls.weekly', advisor), String(metrics.effectiveCalls)),
        quotaCell(find('invites.first', advisor), String(metrics.firstInvites)),
        quotaCell(find('invites.second', advisor), String(metrics.secondInvites)),
        quotaCell(find('invites.makeup', advisor), String(metrics.makeupCalls)),
        quotaCell(find('visits.total', advisor), String(metrics.firstVisits + metrics.secondVisits)),
        `${metrics.contracts}  ¥${moneyText(metrics.amount)}`,
      ]);
    }
    out.push(table.toString());
  }
  const shown = findingsToShow(report.results);
  out.push('', chalk.bold(L('check.findings')));
  if (shown.length === 0) out.push(L('check.no-findings'));
  for (const r of shown) {
    const parts = [PAINT[r.status](`${SYMBOL[r.status]} ${r.rule}`), `§${r.section}`, terminalText(maskPhones(r.message))];
    if (r.action) parts.push(`→ ${terminalText(actionText(r.action, lang))}`);
    out.push(parts.join('  '));
  }
  const count = (s: string) => report.dataIssues.filter((i) => i.severity === s).length;
  out.push('', L('check.issues', { errors: count('error'), warnings: count('warning'), infos: count('info') }));
  return `${out.join('\n')}\n`;
}
