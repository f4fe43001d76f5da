/** data.completeness - 100% of rows carry every required field (§1.1.1(1)②b, ②d; seed 001 §4(1)3); info. */
import { FORM_IDS, type Origin } from '../model/records.js';
import { numParam } from '../metrics/advisors.js';
import { ratio4 } from '../metrics/week-metrics.js';
import { evidenceOf, finding, ruleMeta } from './finding.js';
import type { Rule, RuleContext } from './types.js';

const meta = ruleMeta('data.completeness', 'week', 'info');

const key = (o: { file: string; sheet: string | null; row: number | null }) => `${o.file}\u0000${o.sheet ?? ''}\u0000${o.row ?? ''}`;

export const rule: Rule = {
  meta,
  evaluate(ctx: RuleContext) {
    const target = numParam(ctx.config, meta.id, 'target');
    const incomplete = new Set(ctx.dataset.issues.filter((i) => i.code === 'missing-required').map(key));
    const rows: { advisor: string | null; origin: Origin }[] = FORM_IDS.flatMap((form) =>
      (ctx.dataset.records[form] as { advisor?: string | null; origin: Origin }[]).map((r) => ({ advisor: r.advisor ?? null, origin: r.origin })),
    );
    // A row so incomplete that it made no record still counts against the center's rate.
    const recorded = new Set(rows.map((r) => key(r.origin)));
    const unrecorded = [...incomplete].filter((k) => !recorded.has(k)).length;
    const judge = (advisor: string | null, mine: typeof rows, dropped = 0) => {
      const bad = mine.filter((r) => incomplete.has(key(r.origin)));
      const total = mine.length + dropped;
      const actual = total === 0 ? 1 : ratio4(total - bad.length - dropped, total);
      return finding(meta, {
        advisor,
        status: actual >= target ? 'met' : 'missed',
        actual,
        target,
        period: ctx.week.week.start,
        deadline: null,
        evidence: evidenceOf(bad),
        ratio: true,
        params: { incomplete: bad.length + dropped, rows: total },
      });
    };
    return [judge(null, rows, unrecorded), ...ctx.advisors.map((a) => judge(a, rows.filter((r) => r.advisor === a)))];
  },
};
