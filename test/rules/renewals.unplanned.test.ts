import { describe, expect, it } from 'vitest';
import { renewalCounting } from '../../src/metrics/month.js';
import { check, DataBuilder, result, testConfig } from '../support/builder.js';

describe('renewals.unplanned', () => {
  const b = new DataBuilder();
  b.advisors = ['张伟'];
  b.renewal('张伟', '2026-11', '小明', '2026-10-30');
  b.renewal('张伟', '2026-11', '小刚', '2026-11-02', { phone: '13900000999' });
  const planned = b.contract('张伟', '2026-11-19', { type: 'renewal', student: '小明', amount: 8_000 });
  const outside = b.contract('张伟', '2026-11-20', { type: 'renewal', student: '小红', amount: 6_000 });
  const late = b.contract('张伟', '2026-11-20', { type: 'renewal', student: null, phone: '13900000999', amount: 5_000 });

  it('counts a renewal in the on-time plan and leaves out one outside the plan or in a late row', () => {
    const r = result(check(b.build(), '2026-11-18', '2026-11-20T19:00'), 'renewals.unplanned');
    expect(r).toMatchObject({ status: 'missed', actual: 1, target: 3, action: { type: 'renewals-not-counted', contracts: 2, amount: 11_000 } });
    expect(r.evidence).toEqual([outside.origin, late.origin]);
    const detail = renewalCounting(b.build(), testConfig(), '2026-11');
    expect(detail.map((d) => [d.contract, d.counted, d.reason])).toEqual([
      [planned, true, 'in-plan'],
      [outside, false, 'not-in-plan'],
      [late, false, 'plan-late'],
    ]);
  });
  it('is met when every renewal is planned on time', () => {
    const ok = new DataBuilder();
    ok.advisors = ['张伟'];
    ok.renewal('张伟', '2026-11', '小明', '2026-11-01');
    ok.contract('张伟', '2026-11-19', { type: 'renewal', student: '小明' });
    expect(result(check(ok.build(), '2026-11-18', '2026-11-20T19:00'), 'renewals.unplanned').status).toBe('met');
  });
});
