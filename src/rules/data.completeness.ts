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
    // The incomplete places by file and sheet, so a row is checked without building its key
    // (a million rows against a handful of issues).
    const places = new Map<string, Map<string, Set<number | null>>>();
    for (const i of ctx.dataset.issues) {
      if (i.code !== 'missing-required') continue;
      let sheets = places.get(i.file);
      if (!sheets) places.set(i.file, (sheets = new Map()));
      let rowsOf = sheets.get(i.sheet ?? '');
      if (!rowsOf) sheets.set(i.sheet ?? '', (rowsOf = new Set()));
      rowsOf.add(i.row);
    }
    const isIncomplete = (o: Origin) => places.get(o.file)?.get(o.sheet ?? '')?.has(o.row) === true;
    // The records themselves (no wrapper object per row: a regional export has a million).
    const rows: { advisor?: string | null; origin: Origin }[] = FORM_IDS.flatMap((form) => ctx.dataset.records[form] as { advisor?: string | null; origin: Origin }[]);
    // A row so incomplete that it made no record still counts against the center's rate.
    const recorded = new Set<string>();
    if (places.size > 0) for (const r of rows) if (isIncomplete(r.origin)) recorded.add(key(r.origin));
    const unrecorded = [...incomplete].filter((k) => !recorded.has(k)).length;
    const judge = (advisor: string | null, mine: typeof rows, dropped = 0) => {
      const bad = places.size === 0 ? [] : mine.filter((r) => isIncomplete(r.origin));
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
    // Rows grouped by advisor once: filtering all rows per advisor is rows x advisors.
    const byAdvisor = new Map<string | null, typeof rows>();
    for (const r of rows) {
      const advisor = r.advisor ?? null;
      const mine = byAdvisor.get(advisor);
      if (mine) mine.push(r);
      else byAdvisor.set(advisor, [r]);
    }
    return [judge(null, rows, unrecorded), ...ctx.advisors.map((a) => judge(a, byAdvisor.get(a) ?? []))];
  },
};
