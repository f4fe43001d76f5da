import { describe, expect, it } from 'vitest';
import { check, DataBuilder, result } from '../support/builder.js';

describe('cards.followup-due', () => {
  it('flags deposit and visited cards after 7 days and graded cards by grade', () => {
    const b = new DataBuilder();
    b.advisors = ['张伟'];
    const deposit = b.customer('张伟', { status: 'deposit', last_follow_up: '2026-11-12' }); // 8 days
    b.customer('张伟', { status: 'visited', last_follow_up: '2026-11-13' }); // 7 days: on time
    const gradeA = b.customer('张伟', { grade: 'A', last_follow_up: '2026-11-16' }); // 4 days > 3
    b.customer('张伟', { grade: 'C', last_follow_up: '2026-10-25' }); // 26 days <= 30
    b.customer('张伟', { grade: 'A', status: 'member', last_follow_up: '2026-01-01' });
    const r = result(check(b.build(), '2026-11-18', '2026-11-20T19:00'), 'cards.followup-due');
    expect(r).toMatchObject({ status: 'missed', actual: 2 });
    expect(r.evidence).toEqual([deposit.origin, gradeA.origin]);
  });
  it('is met when every card is followed up in time', () => {
    const b = new DataBuilder();
    b.advisors = ['张伟'];
    b.customer('张伟', { status: 'deposit', last_follow_up: '2026-11-19' });
    expect(result(check(b.build(), '2026-11-18', '2026-11-20T19:00'), 'cards.followup-due').status).toBe('met');
  });
});
