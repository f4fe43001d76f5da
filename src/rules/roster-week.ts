/** What the cards.* rules share: the reference date of a week's roster checks. */
import { datePart } from '../calendar/local-date.js';
import type { LocalDate } from '../model/records.js';
import type { RuleContext } from './types.js';

/** Cards are judged as of the as-of date, or the week's last day for a past week. */
export function rosterDate(ctx: RuleContext): LocalDate {
  const today = datePart(ctx.asOf.local);
  return today < ctx.week.week.end ? today : ctx.week.week.end;
}
