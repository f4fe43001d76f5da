/**
 * Honest emptiness: a week or month with no data at all is still written, but its first page
 * says so (a note after the first sheet's title) and the verb warns on stderr.
 */
import type { AdvisorWeek } from '../model/results.js';
import type { Workbook } from '../xlsx-write/types.js';

/** Whether a week's figures hold anything at all (a call, an invite, a visit or a contract). */
export function weekHasData(advisors: readonly AdvisorWeek[]): boolean {
  return advisors.some(({ metrics: m }) => m.effectiveCalls + m.invalidCalls + m.makeupCalls + m.firstInvites + m.secondInvites + m.firstVisits + m.secondVisits + m.contracts > 0);
}

/** Adds `note` to the first sheet's title (cell A1), e.g. "示例中心 月度汇总 2026-12（本月没有任何数据）". */
export function markEmpty(wb: Workbook, note: string): void {
  const first = wb.worksheets[0];
  if (!first) return;
  const title = first.getCell(1, 1);
  title.value = typeof title.value === 'string' && title.value !== '' ? `${title.value}  ${note}` : note;
}
