import { describe, expect, it } from 'vitest';
import { check, DataBuilder, result } from '../support/builder.js';

describe('cards.missing', () => {
  it('lists phones called that are not on the advisor\'s roster (another advisor\'s card does not count)', () => {
    const b = new DataBuilder();
    b.advisors = ['张伟', '李娜'];
    const own = b.customer('张伟');
    const theirs = b.customer('李娜');
    b.calls('张伟', '2026-11-18', 1, { phone: own.phone });
    const [foreign] = b.calls('张伟', '2026-11-18', 1, { phone: theirs.phone });
    b.calls('张伟', '2026-11-18', 1, { outcome: 'no_answer' }); // not effective: not checked
    const r = result(check(b.build(), '2026-11-18', '2026-11-20T19:00'), 'cards.missing');
    expect(r).toMatchObject({ status: 'missed', actual: 1, severity: 'info' });
    expect(r.evidence).toEqual([foreign!.origin]);
    expect(result(check(b.build(), '2026-11-18', '2026-11-20T19:00'), 'cards.missing', '李娜').status).toBe('met');
  });
});
