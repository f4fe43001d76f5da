/**
 * The plan of the coming weekend's sessions (manual.md, "Weekend sessions and callbacks"): every
 * booked session on this week's Saturday and Sunday with each advisor's families; a session
 * where one advisor has more than one family needs a helper (§1.1.1(3)①d), on weekday evenings
 * too (those weekday sessions of the center week are listed, hosts only); advisors with no family
 * in a weekend demo session, not on leave and not hosting another session at the same time,
 * are its observers (§1.1.1(3)②b). Pure.
 */
import { addDays, datePart } from '../../calendar/local-date.js';
import type { EventKind, InviteKind, InviteRecord, LeaveRecord, LocalDateTime, Origin, VisitState } from '../../model/records.js';
import type { WeekInfo } from '../../model/results.js';

/** Rule ids of the session plan (manual.md). */
export const SESSION_RULES = {
  helper: { rule: 'sessions.helper-needed', section: '1.1.1(3)①d' },
  observer: { rule: 'sessions.observer', section: '1.1.1(3)②b' },
} as const;

/** One family booked into a session. */
export interface SessionFamily {
  customer: string | null;
  phone: string | null;
  kind: InviteKind | null;
  visited: VisitState | null;
  origin: Origin;
}

/** One advisor's part in one session: the families they bring, or observer. */
export interface SessionAdvisor {
  advisor: string;
  role: 'host' | 'observer';
  families: SessionFamily[];
  /** More than one family of the same advisor: the supervisor assigns a helper. */
  helperNeeded: boolean;
}

/** One session: a start time and an event form. */
export interface Session {
  session: LocalDateTime;
  event: EventKind | null;
  /** Starts after the as-of time: visits are not known yet. */
  upcoming: boolean;
  advisors: SessionAdvisor[];
}

/** Builds the weekend plan from the invitations (sorted by time, event, then advisor). */
export function buildSessionPlan(
  invites: readonly InviteRecord[],
  leave: readonly LeaveRecord[],
  advisors: readonly string[],
  week: WeekInfo,
  asOf: LocalDateTime,
): Session[] {
  const weekend = new Set([addDays(week.sunday, -1), week.sunday]);
  const bySession = new Map<string, { session: LocalDateTime; event: EventKind | null; families: Map<string, SessionFamily[]> }>();
  for (const inv of invites) {
    // The weekend's sessions, and the center week's weekday (evening) sessions, kept below only when one needs a helper.
    if (!inv.session) continue;
    const day = datePart(inv.session);
    if (!weekend.has(day) && (day < week.start || day > week.end)) continue;
    if (inv.visited === 'rescheduled') continue; // the new session is its own row
    const key = `${inv.session}|${inv.event ?? ''}`;
    let s = bySession.get(key);
    if (!s) bySession.set(key, (s = { session: inv.session, event: inv.event, families: new Map() }));
    const list = s.families.get(inv.advisor) ?? [];
    list.push({ customer: inv.customer, phone: inv.phone, kind: inv.kind, visited: inv.visited, origin: inv.origin });
    s.families.set(inv.advisor, list);
  }
  // Who hosts a session at each start time: an observer is never taken from another session running then.
  const hostsAt = new Map<LocalDateTime, Set<string>>();
  for (const s of bySession.values()) {
    const set = hostsAt.get(s.session) ?? new Set<string>();
    for (const a of s.families.keys()) set.add(a);
    hostsAt.set(s.session, set);
  }
  const sessions: Session[] = [];
  for (const s of bySession.values()) {
    const onWeekend = weekend.has(datePart(s.session));
    const hosts: SessionAdvisor[] = [...s.families.entries()]
      // The center's advisor order, then names not in it.
      .sort(([a], [b]) => rank(advisors, a) - rank(advisors, b) || a.localeCompare(b, 'zh'))
      .map(([advisor, families]) => ({ advisor, role: 'host', families, helperNeeded: families.length > 1 }));
    // A weekday session is planned only for its helper (§1.1.1(3)①d applies on weekday evenings too).
    if (!onWeekend && !hosts.some((h) => h.helperNeeded)) continue;
    const day = datePart(s.session);
    const away = new Set(leave.filter((l) => l.date === day).map((l) => l.advisor));
    const busy = hostsAt.get(s.session)!;
    const observers: SessionAdvisor[] =
      s.event === 'demo' && onWeekend
        ? advisors
            .filter((a) => !s.families.has(a) && !away.has(a) && !busy.has(a))
            .map((advisor) => ({ advisor, role: 'observer', families: [], helperNeeded: false }))
        : [];
    sessions.push({ session: s.session, event: s.event, upcoming: s.session > asOf, advisors: [...hosts, ...observers] });
  }
  return sessions.sort((a, b) => (a.session === b.session ? (a.event ?? '').localeCompare(b.event ?? '') : a.session < b.session ? -1 : 1));
}


function rank(advisors: readonly string[], name: string): number {
  const i = advisors.indexOf(name);
  return i < 0 ? advisors.length : i;
}
