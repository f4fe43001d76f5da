import { describe, expect, it } from 'vitest';
import { check, DataBuilder, result } from '../support/builder.js';

describe('team.talks', () => {
  const b = new DataBuilder();
  b.advisors = ['张伟', '李娜', '王芳'];
  b.talk('张伟', '2026-11-05');
  b.talk('王芳', '2026-11-03'); // calendar November, although its week's Friday (10-30) is October's
  b.talk('李娜', '2026-10-31'); // October
  b.talk('李娜', '2026-12-01'); // December, although its week's Friday (11-27) is November's

  it('is met with one talk in the calendar month, pending without one before the month closes', () => {
    const report = check(b.build(), '2026-11-18', '2026-11-20T19:00');
    expect(result(report, 'team.talks')).toMatchObject({ status: 'met', actual: 1, target: 1, period: '2026-11', deadline: '2026-11-30T23:59:59' });
    expect(result(report, 'team.talks', '王芳')).toMatchObject({ status: 'met', actual: 1 });
    expect(result(report, 'team.talks', '李娜').status).toBe('pending');
  });
  it('is missed once the calendar month has closed without a talk', () => {
    expect(result(check(b.build(), '2026-11-25', '2026-12-02T09:00'), 'team.talks', '李娜')).toMatchObject({ status: 'missed', severity: 'info', actual: 0 });
  });
});
