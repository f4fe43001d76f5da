/** When a month's figures close: the end of its last week (a month is the weeks whose Friday falls in it). */
import { monthRange } from '../calendar/week.js';
import type { Config } from '../config/types.js';

/** The last moment of the month's last week. */
export function monthClose(month: string, config: Config): string {
  return `${monthRange(month, config).end}T23:59:59`;
}
