import { describe, expect, it } from 'vitest';
import { check, DataBuilder, result, results, testConfig } from '../support/builder.js';

function center(plan: string[]) {
  const b = new DataBuilder();
  b.advisors = ['张伟'];
  b.contract('张伟', '2025-12-01', { student: '王小明', course_months: 12, start: '2025-12-15' }); // ends 2026-12-14
  b.contract('张伟', '2025-06-01', { student: '李小红', end: '2027-01-10' });
  const phone = b.phone();
  b.contract('张伟', '2025-01-01', { student: '赵小刚', phone, course_months: 24 }); // ends 2026-12-31, renewed below
  b.contract('张伟', '2026-11-01', { student: '赵小刚', phone, type: 'renewal', course_months: 12, start: '2027-01-01' });
  for (const s of plan) b.renewal('张伟', '2026-12', s, '2026-11-15');
  return b.build();
}

describe('renewals.pipeline', () => {
  it('warns of a student ending within 60 days who is not in the plan (a renewal already signed replaces the end)', () => {
    const report = check(center(['李小红']), '2026-11-18', '2026-11-20T19:00');
    const r = result(report, 'renewals.pipeline');
    expect(r).toMatchObject({ status: 'missed', severity: 'warning', actual: 1, target: 2 });
    expect(r.message).toContain('王小明（2026-12-14 到期）');
    expect(report.renewalPipeline!['张伟']!.filter((e) => e.reason === 'ending')).toEqual([
      { student: '王小明', phone: expect.stringMatching(/^139\*{4}\d{4}$/), end: '2026-12-14', endDerived: true, reason: 'ending', inPlan: false },
      { student: '李小红', phone: expect.stringMatching(/^139\*{4}\d{4}$/), end: '2027-01-10', endDerived: false, reason: 'ending', inPlan: true },
    ]);
  });

  it('is met when every student ending soon is planned, and silent with none ending', () => {
    expect(result(check(center(['李小红', '王小明']), '2026-11-18', '2026-11-20T19:00'), 'renewals.pipeline').status).toBe('met');
    const config = testConfig();
    config.rules['renewals.pipeline'] = { ...config.rules['renewals.pipeline'], endingDays: 10 };
    expect(results(check(center([]), '2026-11-18', '2026-11-20T19:00', config), 'renewals.pipeline')).toHaveLength(0);
  });
});
