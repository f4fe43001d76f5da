/** renewals.pipeline - students whose contract ends soon are in the advisor's renewal plan (§1.1.1(6)①c, §1.1.2(3)); a warning. */
import { datePart } from '../calendar/local-date.js';
import { renewalPipeline } from '../analysis/renewal-pipeline.js';
import { paramsOf } from './params.js';
import { t } from '../i18n/index.js';
import { finding, defineRule } from './finding.js';
import type { Rule, RuleContext } from './types.js';
import { count } from '../config/rule-params.js';

export const meta = defineRule({
  id: 'renewals.pipeline',
  scope: 'week',
  severity: 'warning',
  section: '1.1.1(6)①c, 1.1.2(3)',
  // Ending within 60 days (tool default); about one month into classes: day 28 to 41 after the start, so two weekly runs see each new student (§1.1.1(6)①c "开课一个月左右").
  params: { endingDays: count(60), firstMonthFrom: count(28), firstMonthTo: count(41) },
});

export const rule: Rule = {
  meta,
  evaluate(ctx: RuleContext) {
    const today = datePart(ctx.asOf.local);
    const pipeline = renewalPipeline(ctx.dataset, ctx.advisors, ctx.month, today, paramsOf(ctx.config, meta.id));
    return Object.entries(pipeline).flatMap(([advisor, entries]) => {
      const ending = entries.filter((e) => e.reason === 'ending');
      if (ending.length === 0) return [];
      const missing = ending.filter((e) => !e.inPlan);
      return [
        finding(meta, {
          advisor,
          // Decided as soon as it is seen: a student ending soon belongs in the plan now.
          status: missing.length === 0 ? 'met' : 'missed',
          actual: ending.length - missing.length,
          target: ending.length,
          period: ctx.week.week.start,
          deadline: null,
          params: {
            days: paramsOf(ctx.config, meta.id).endingDays,
            missing: missing.length,
            students: missing.length === 0 ? '-' : missing.map((e) => t('analysis.student-end', { student: e.student, end: e.end ?? '-' })).join(t('analysis.list-separator')),
          },
        }),
      ];
    });
  },
};
