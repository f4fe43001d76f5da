import { describe, expect, it } from 'vitest';
import { check, DataBuilder, result, results } from '../support/builder.js';

describe('cards.stale', () => {
  it('lists old-lead cards not followed up in 30 days, counting the latest call to the phone', () => {
    const b = new DataBuilder();
    b.advisors = ['张伟'];
    const stale = b.customer('张伟', { last_follow_up: '2026-10-20', created: '2026-09-01' });
    b.customer('张伟', { last_follow_up: '2026-10-21', created: '2026-09-01' }); // exactly 30 days before 11-20
    const called = b.customer('张伟', { last_follow_up: '2026-09-01', created: '2026-09-01' });
    b.calls('张伟', '2026-11-18', 1, { phone: called.phone });
    b.customer('张伟', { last_follow_up: null, created: '2026-11-10' }); // created this month: not an old lead
    b.customer('张伟', { last_follow_up: '2026-01-01', status: 'member' });
    const r = result(check(b.build(), '2026-11-18', '2026-11-20T19:00'), 'cards.stale');
    expect(r).toMatchObject({ status: 'missed', actual: 1, target: 0, severity: 'warning' });
    expect(r.evidence).toEqual([stale.origin]);
  });
  it('is skipped when there is no roster', () => {
    const b = new DataBuilder();
    b.advisors = ['张伟'];
    b.calls('张伟', '2026-11-18', 1);
    expect(results(check(b.build(), '2026-11-18', '2026-11-20T19:00'), 'cards.stale')).toHaveLength(0);
  });
});
