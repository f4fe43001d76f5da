/**
 * The lead-source table of the director's summary (market leads of the month, 附表6): per
 * source, how many leads, how many were valid, invited, visited and signed. The engine has no
 * rule for it. A lead's progress is the further of its feedback cell and what the advisors'
 * own sheets show for the same phone (an invite, a visit, a contract up to the month's end),
 * because the feedback column is often filled in late. Pure.
 */
import type { Dataset } from '../../dataset/types.js';
import type { CallOutcome, LeadFeedback } from '../../model/records.js';
import { ratio } from './ratio.js';

/** One row of the table. */
export interface LeadSourceRow {
  source: string;
  leads: number;
  valid: number;
  /** valid / leads; null when no leads. */
  validRate: number | null;
  invited: number;
  visited: number;
  signed: number;
}

const STAGE: Record<LeadFeedback, number> = { pending: 0, invalid: 0, invited: 1, visited: 2, signed: 3 };

/** Leads assigned in [monthStart, monthEnd], by source (sorted by lead count, then name), plus a total row. */
export function leadSources(
  records: Dataset['records'],
  monthStart: string,
  monthEnd: string,
  invalidOutcomes: readonly CallOutcome[],
): { rows: LeadSourceRow[]; total: LeadSourceRow } {
  const invalidPhones = new Set<string>();
  for (const c of records.calls) {
    if (c.phone && c.outcome && invalidOutcomes.includes(c.outcome) && c.date <= monthEnd) invalidPhones.add(c.phone);
  }
  // The furthest stage each phone reached in the advisors' sheets, with the date it got there.
  const reached = new Map<string, { stage: number; date: string }[]>();
  const note = (phone: string | null, stage: number, date: string) => {
    if (!phone || date > monthEnd) return;
    const list = reached.get(phone) ?? [];
    list.push({ stage, date });
    reached.set(phone, list);
  };
  for (const i of records.invites) {
    note(i.phone, 1, i.date);
    if (i.visited === 'yes') note(i.phone, 2, (i.session ?? i.date).slice(0, 10));
    if (i.signed === true) note(i.phone, 3, (i.session ?? i.date).slice(0, 10));
  }
  for (const c of records.contracts) if (c.type === 'new' || c.type === 'referral') note(c.phone, 3, c.date);

  const bySource = new Map<string, LeadSourceRow>();
  const total: LeadSourceRow = { source: '', leads: 0, valid: 0, validRate: null, invited: 0, visited: 0, signed: 0 };
  for (const lead of records.leads) {
    if (lead.date < monthStart || lead.date > monthEnd) continue;
    const row = bySource.get(lead.source) ?? { source: lead.source, leads: 0, valid: 0, validRate: null, invited: 0, visited: 0, signed: 0 };
    bySource.set(lead.source, row);
    const valid = lead.feedback !== 'invalid' && !(lead.phone !== null && invalidPhones.has(lead.phone));
    let stage = lead.feedback ? STAGE[lead.feedback] : 0;
    for (const r of (lead.phone && reached.get(lead.phone)) || []) if (r.date >= lead.date) stage = Math.max(stage, r.stage);
    for (const target of [row, total]) {
      target.leads++;
      if (valid) target.valid++;
      if (stage >= 1) target.invited++;
      if (stage >= 2) target.visited++;
      if (stage >= 3) target.signed++;
    }
  }
  const rows = [...bySource.values()].sort((a, b) => b.leads - a.leads || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  for (const r of [...rows, total]) r.validRate = ratio(r.valid, r.leads);
  return { rows, total };
}
