import { describe, expect, it } from 'vitest';
import { check, DataBuilder, result } from '../engine/builder.js';

describe('team.talks', () => {
  const b = new DataBuilder();
  b.advisors = ['张伟', '李娜'];
  b.talk('张伟', '2026-11-05');
  b.talk('李娜', '2026-11-03'); // week of 2026-10-28: October

  it('is met with one talk in the month\'s weeks, pending without one before the month closes', () => {
    const report = check(b.build(), '2026-11-18', '2026-11-20T19:00');
    expect(result(report, 'team.talks')).toMatchObject({ status: 'met', actual: 1, target: 1, period: '2026-11' });
    expect(result(report, 'team.talks', '李娜').status).toBe('pending');
  });
  it('is missed once the month has closed without a talk', () => {
    expect(result(check(b.build(), '2026-11-25', '2026-12-02T09:00'), 'team.talks', '李娜')).toMatchObject({ status: 'missed', severity: 'info' });
  });
});
