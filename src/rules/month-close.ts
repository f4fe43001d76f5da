/**
 * When a month's figures dated by their own date close: the end of the calendar month's last day
 * (calendar/month.ts). `team.bonus` closes with its weeks instead (rules/team.bonus.ts).
 */
import { calendarMonth } from '../calendar/month.js';
import type { Config } from '../config/types.js';

/** The last moment of the calendar month. */
export function monthClose(month: string, _config?: Config): string {
  return `${calendarMonth(month).end}T23:59:59`;
}
