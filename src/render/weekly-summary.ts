/**
 * The terminal summary of `weekly-report`: the per-advisor figure table of `check`, the weekend make-ups owed
 * with their due time, the team bonus, sessions, the callback sample, data issues, and the path
 * written. Renders the same model as the workbook; colours degrade when piped (chalk).
 */
import chalk from './chalk.js';
import type { Lang } from '../config/types.js';
import { t, type MessageKey } from '../i18n/index.js';
import { maskPhones } from '../privacy/mask.js';
import { shortDateTime, type WeeklyModel } from '../reports/weekly/model.js';
import { summaryTitle } from '../reports/weekly/table.js';
import { statusWord } from '../workbook/workbook-style.js';
import { terminalName, terminalText } from './terminal-text.js';
import { PAINT } from './status-paint.js';
import { renderFigureTable } from './check-table.js';

/** The summary text (ends with a newline). `file` is the path as shown to the user. */
export function renderWeeklySummary(model: WeeklyModel, file: string, lang: Lang, messagesFile?: string): string {
  const L = (k: MessageKey, p: Record<string, unknown> = {}) => t(k, p, lang);
  const out: string[] = [];
  out.push(chalk.bold(summaryTitle(model, lang)));
  // The same figures as `check` (actual/target with a mark), not counts of rule statuses.
  out.push(renderFigureTable(model.report, lang));
  if (model.makeups.length === 0) {
    out.push(L('weekly.summary.no-makeups'));
  } else {
    out.push(chalk.bold(L('weekly.summary.makeups')));
    for (const m of model.makeups) {
      out.push(
        `  ${PAINT[m.status](
          L('weekly.summary.makeup-line', {
            advisor: terminalText(m.advisor),
            calls: m.calls,
            done: m.done,
            due: shortDateTime(m.due),
            status: statusWord(m.status, lang),
          }),
        )}`,
      );
    }
  }
  const bonus = model.center.teamBonus;
  if (bonus) out.push(PAINT[bonus.status](L('weekly.summary.team-bonus', { month: bonus.period, status: statusWord(bonus.status, lang) })));
  const helpers = model.sessions.filter((s) => s.advisors.some((a) => a.helperNeeded)).length;
  out.push(L('weekly.summary.sessions', { n: model.sessions.length, helpers }));
  out.push(L('weekly.summary.callbacks', { n: model.callbacks.items.length, seed: model.callbacks.seed }));
  const issues = model.report.dataIssues;
  if (issues.length > 0) {
    out.push(
      L('weekly.summary.issues', {
        n: issues.length,
        errors: issues.filter((i) => i.severity === 'error').length,
        sheet: L('weekly.sheet.issues'),
      }),
    );
  }
  out.push(chalk.green(L('weekly.summary.written', { path: terminalName(file) })));
  if (messagesFile) out.push(chalk.green(L('checkview.messages.written', { path: terminalName(messagesFile) })));
  // Nothing on the terminal may show a phone in full.
  return `${maskPhones(out.join('\n'))}\n`;
}
