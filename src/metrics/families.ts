/**
 * People, not rows (§1.1.1(2)①b counts 人数): a family booked or come several times counts once
 * per advisor, week and invite type. A family is its phone; where the phone is blank, its
 * customer name; a row with neither cannot be told apart from another and counts by itself.
 */
import type { InviteRecord } from '../model/records.js';

/** The family an invitation is for, or null when the row names none. */
export function familyOf(invite: Pick<InviteRecord, 'phone' | 'customer'>): string | null {
  const phone = invite.phone?.replace(/\s+/g, '') ?? '';
  if (phone !== '') return `phone:${phone}`;
  const name = invite.customer?.trim() ?? '';
  return name === '' ? null : `name:${name}`;
}

/** The first row of each family, in the rows' order (rows naming no family all kept). */
export function oncePerFamily<T extends Pick<InviteRecord, 'phone' | 'customer'>>(rows: readonly T[]): T[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const family = familyOf(row);
    if (family === null) return true;
    if (seen.has(family)) return false;
    seen.add(family);
    return true;
  });
}
