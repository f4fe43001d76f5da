/**
 * How many months a contract's course words name (issue 15: a contract's end is derived from
 * them when 到期日期 is blank): 一年 12, 2年/两年 24, 3年 36, 2m 2, 6m 6. Null when the words
 * name no length (分期 alone, 二至三年).
 */
import type { CellValue } from '../read/types.js';
import { cellText, halfWidth } from './cells/cell-text.js';

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

export function courseMonths(cell: CellValue): number | null {
  if (cell === null || cell === undefined) return null;
  const text = halfWidth(cellText(cell)).toLowerCase().replace(/\s/g, '');
  if (/二至三年|2至3年|2-3年/.test(text)) return null;
  const months = /(\d+)(?:m|个月|月)(?![a-z])/.exec(text);
  if (months) return Number(months[1]);
  const years = /(\d+|[一二两三四五六])年/.exec(text);
  if (years) return 12 * (CN_DIGITS[years[1]!] ?? Number(years[1]));
  if (/one ?year|oneyear/.test(text)) return 12;
  return null;
}
