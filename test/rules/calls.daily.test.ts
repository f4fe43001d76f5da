import { describe, expect, it } from 'vitest';
import { check, DataBuilder, result } from '../support/builder.js';

describe('calls.daily', () => {
  const b = new DataBuilder();
  b.advisors = ['张伟'];
  b.calls('张伟', '2026-11-18', 50);
  b.calls('张伟', '2026-11-19', 49);

  it('is a warning that names the short day once its close has passed', () => {
    const r = result(check(b.build(), '2026-11-18', '2026-11-19T18:30'), 'calls.daily');
    expect(r).toMatchObject({ status: 'missed', severity: 'warning', actual: 49, target: 50, deadline: '2026-11-19T18:00:00' });
    expect(r.message).toContain('11-19 49/50');
  });

  it('is pending while the short day is still open, and met when every day reaches 50', () => {
    expect(result(check(b.build(), '2026-11-18', '2026-11-19T17:00'), 'calls.daily').status).toBe('pending');
    const full = new DataBuilder();
    full.advisors = ['张伟'];
    for (const d of ['2026-11-18', '2026-11-19', '2026-11-20']) full.calls('张伟', d, 50);
    expect(result(check(full.build(), '2026-11-18', '2026-11-20T19:00'), 'calls.daily').status).toBe('met');
  });

  it('excuses a sick day with proof', () => {
    const s = new DataBuilder();
    s.advisors = ['张伟'];
    for (const d of ['2026-11-18', '2026-11-20']) s.calls('张伟', d, 50);
    s.leave('张伟', '2026-11-19', 'sick', true);
    expect(result(check(s.build(), '2026-11-18', '2026-11-20T19:00'), 'calls.daily').status).toBe('met');
  });
});
