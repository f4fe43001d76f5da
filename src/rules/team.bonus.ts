/**
 * team.bonus - every advisor meets calls.weekly (and any make-up owed) in every week of the
 * month, and no callback finds a fabricated call (§1.1.1(1)③a,b). Missed as soon as one miss is
 * known, met only once the month's last week has closed, pending in between.
 */
import { visitsClose, weeksOfMonth } from '../calendar/week.js';
import { datePart } from '../calendar/local-date.js';
import { fabricatedCallbacks } from '../metrics/month.js';
import type { Origin } from '../model/records.js';
import type { Status } from '../model/results.js';
import { rule as callsWeekly } from './calls.weekly.js';
import { EVIDENCE_CAP, finding, defineRule } from './finding.js';
import { ruleName } from '../i18n/rule-names.js';
import { makeupFindings } from './invites.makeup.js';
import type { Rule, RuleContext } from './types.js';

export const meta = defineRule({
  id: 'team.bonus',
  scope: 'month',
  severity: 'quota',
  section: '1.1.1(1)③a,b',
  params: {},
  extraMessages: ['staff.team.bonus.pending'],
});

/** One reason the month's bonus is lost. */
export interface TeamBonusMiss {
  kind: 'calls.weekly' | 'invites.makeup' | 'callback-fabricated';
  advisor: string;
  /** Week start. */
  week: string;
  actual: number | null;
  target: number | null;
  origin: Origin | null;
}

/** The month's bonus decision and every miss behind it. */
export function teamBonus(ctx: RuleContext): { status: Status; misses: TeamBonusMiss[]; close: string } {
  const misses: TeamBonusMiss[] = [];
  for (const view of ctx.monthWeeks) {
    const weekCtx = { ...ctx, week: view };
    for (const r of [...callsWeekly.evaluate(weekCtx), ...makeupFindings(weekCtx, view)]) {
      if (r.status !== 'missed') continue;
      misses.push({ kind: r.rule as TeamBonusMiss['kind'], advisor: r.advisor!, week: view.week.start, actual: r.actual, target: r.target, origin: r.evidence[0] ?? null });
    }
  }
  for (const c of fabricatedCallbacks(ctx.dataset, ctx.config, ctx.month, datePart(ctx.asOf.local))) {
    misses.push({ kind: 'callback-fabricated', advisor: c.advisor, week: c.date, actual: null, target: null, origin: c.origin });
  }
  const weeks = weeksOfMonth(ctx.month, ctx.config);
  const close = visitsClose(weeks[weeks.length - 1]!, ctx.config);
  const status: Status = misses.length > 0 ? 'missed' : ctx.asOf.local >= close ? 'met' : 'pending';
  return { status, misses, close };
}

export const rule: Rule = {
  meta,
  evaluate(ctx: RuleContext) {
    const { status, misses, close } = teamBonus(ctx);
    // Pending: say what it waits for - the month's weeks whose Sunday close is still ahead.
    const open = weeksOfMonth(ctx.month, ctx.config).filter((w) => ctx.asOf.local < visitsClose(w, ctx.config));
    return [
      finding(meta, {
        advisor: null,
        status,
        actual: misses.length,
        target: 0,
        period: ctx.month,
        deadline: close,
        action: { type: 'team-bonus-cancelled', month: ctx.month },
        evidence: misses.flatMap((m) => (m.origin ? [m.origin] : [])).slice(0, EVIDENCE_CAP),
        messageKey: status === 'pending' ? 'staff.team.bonus.pending' : undefined,
        // The misses as data (JSON), so a report can word each reason in its own language.
        detail: misses.length > 0 ? { misses: JSON.stringify(misses.map(({ kind, advisor, week, actual, target }) => ({ kind, advisor, week, actual, target }))) } : undefined,
        params: {
          reasons: misses.map((m) => `${m.advisor} ${ruleName(m.kind)} ${m.week}${m.actual !== null ? ` ${m.actual}/${m.target}` : ''}`).join('; ') || '-',
          weeks: open.map((w) => `${w.start} ~ ${w.sunday}`).join(', ') || '-',
        },
      }),
    ];
  },
};
