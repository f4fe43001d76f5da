import { describe, expect, it } from 'vitest';
import { check, DataBuilder, result, results } from '../support/builder.js';

describe('referrals.owner', () => {
  it('warns when the referrer is on another advisor\'s roster', () => {
    const b = new DataBuilder();
    b.advisors = ['张伟', '李娜'];
    b.customer('李娜', { customer: '王妈妈' });
    b.customer('张伟', { customer: '赵爸爸' });
    const foreign = b.contract('张伟', '2026-11-19', { type: 'referral', referrer: '王妈妈' });
    b.contract('张伟', '2026-11-19', { type: 'referral', referrer: '赵爸爸' });
    b.contract('李娜', '2026-11-19', { type: 'referral', referrer: '王妈妈' });
    const report = check(b.build(), '2026-11-18', '2026-11-20T19:00');
    expect(result(report, 'referrals.owner')).toMatchObject({ status: 'missed', actual: 1, evidence: [foreign.origin], severity: 'warning' });
    expect(result(report, 'referrals.owner', '李娜').status).toBe('met');
  });
  it('is skipped without a roster', () => {
    const b = new DataBuilder();
    b.advisors = ['张伟'];
    b.contract('张伟', '2026-11-19', { type: 'referral', referrer: '王妈妈' });
    expect(results(check(b.build(), '2026-11-18', '2026-11-20T19:00'), 'referrals.owner')).toHaveLength(0);
  });
});
