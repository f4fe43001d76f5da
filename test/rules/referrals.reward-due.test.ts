import { describe, expect, it } from 'vitest';
import { check, DataBuilder, results } from '../support/builder.js';

describe('referrals.reward-due', () => {
  it('lists the 300 yuan due two months after the referred student started, masked', () => {
    const b = new DataBuilder();
    b.advisors = ['张伟'];
    const due = b.contract('张伟', '2026-09-10', { type: 'referral', start: '2026-09-15', referrer: '王妈妈 13812345678', student: '小明' });
    b.contract('张伟', '2026-09-20', { type: 'referral', start: '2026-12-05' }); // due in February
    b.contract('张伟', '2026-09-20', { type: 'new', start: '2026-09-15' });
    const found = results(check(b.build(), '2026-11-18', '2026-11-20T19:00'), 'referrals.reward-due');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ advisor: '张伟', status: 'met', actual: 300, evidence: [due.origin], detail: { due: '2026-11-15', amount: 300, salonClasses: 2 } });
    expect(found[0]!.message).toContain('138****5678');
    expect(found[0]!.message).not.toContain('13812345678');
  });
  it('is pending before its due date', () => {
    const b = new DataBuilder();
    b.advisors = ['张伟'];
    b.contract('张伟', '2026-09-10', { type: 'referral', start: '2026-09-25' });
    expect(results(check(b.build(), '2026-11-18', '2026-11-20T19:00'), 'referrals.reward-due')[0]!.status).toBe('pending');
  });
});
