/** data.completeness - 100% of rows carry every required field (§1.1.1(1)②b, ②d; seed 001 §4(1)3); info. */
import { FORM_IDS, type Origin } from '../model/records.js';
import { paramsOf } from './params.js';
import { ratio4 } from '../metrics/week-metrics.js';
import { CallList } from '../model/call-store.js';
import { EVIDENCE_CAP, finding, defineRule } from './finding.js';
import type { Rule, RuleContext } from './types.js';
import { share } from '../config/rule-params.js';

export const meta = defineRule({
  id: 'data.completeness',
  scope: 'week',
  severity: 'info',
  section: '1.1.1(1)②b, ②d',
  params: { target: share(1) },
});

/** Rows and incomplete rows of an advisor (or the center), with the first incomplete places. */
interface Tally {
  total: number;
  bad: number;
  evidence: Origin[];
}

const tally = (): Tally => ({ total: 0, bad: 0, evidence: [] });

function add(t: Tally, bad: Origin | null): void {
  t.total += 1;
  if (!bad) return;
  t.bad += 1;
  if (t.evidence.length < EVIDENCE_CAP) t.evidence.push(bad);
}

const key = (o: { file: string; sheet: string | null; row: number | null }) => `${o.file}\u0000${o.sheet ?? ''}\u0000${o.row ?? ''}`;

export const rule: Rule = {
  meta,
  evaluate(ctx: RuleContext) {
    const target = paramsOf(ctx.config, meta.id).target;
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
    // Rows and incomplete rows counted per advisor and for the center in one pass over the
    // records (no wrapper object per row: a regional export has a million; calls are read
    // from their columns).
    const center = tally();
    const byAdvisor = new Map<string | null, Tally>();
    const recorded = new Set<string>();
    const count = (advisor: string | null, bad: Origin | null) => {
      let mine = byAdvisor.get(advisor);
      if (!mine) byAdvisor.set(advisor, (mine = tally()));
      add(center, bad);
      add(mine, bad);
      // A row so incomplete that it made no record still counts against the center's rate.
      if (bad) recorded.add(key(bad));
    };
    for (const form of FORM_IDS) {
      const records = ctx.dataset.records[form];
      if (records instanceof CallList) {
        const store = records.store;
        const rowsOf: (Set<number | null> | undefined)[] = [];
        const seen: boolean[] = [];
        // Each advisor's tally by the advisor's id (one name per id), not looked up by name per row.
        const tallies: (Tally | undefined)[] = [];
        for (let k = 0; k < records.length; k++) {
          const r = records.row(k);
          const s = store.sourceId(r);
          if (!seen[s]) {
            seen[s] = true;
            const o = store.sourceOf(s);
            rowsOf[s] = places.get(o.file)?.get(o.sheet ?? '');
          }
          const id = store.advisorId(r);
          let mine = tallies[id];
          if (mine === undefined) {
            const name = store.advisorOf(id);
            mine = byAdvisor.get(name);
            if (!mine) byAdvisor.set(name, (mine = tally()));
            tallies[id] = mine;
          }
          const rows = rowsOf[s];
          const bad = rows !== undefined && rows.has(store.rowNumber(r)) ? store.origin(r) : null;
          add(center, bad);
          add(mine, bad);
          if (bad) recorded.add(key(bad));
        }
      } else {
        for (const r of records as { advisor?: string | null; origin: Origin }[]) {
          count(r.advisor ?? null, places.size > 0 && isIncomplete(r.origin) ? r.origin : null);
        }
      }
    }
    const unrecorded = [...incomplete].filter((k) => !recorded.has(k)).length;
    const judge = (advisor: string | null, mine: Tally, dropped = 0) => {
      const total = mine.total + dropped;
      const actual = total === 0 ? 1 : ratio4(total - mine.bad - dropped, total);
      return finding(meta, {
        advisor,
        status: actual >= target ? 'met' : 'missed',
        actual,
        target,
        period: ctx.week.week.start,
        deadline: null,
        evidence: mine.evidence,
        ratio: true,
        params: { incomplete: mine.bad + dropped, rows: total },
      });
    };
    return [judge(null, center, unrecorded), ...ctx.advisors.map((a) => judge(a, byAdvisor.get(a) ?? tally()))];
  },
};
