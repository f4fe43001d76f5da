import { describe, expect, it } from 'vitest';
import { check, DataBuilder, result, results } from '../support/builder.js';
import { FIVE_WEEKS, SUNDAY_EVENING, steadyThen, work, type WeekWork } from '../support/analysis-weeks.js';

const center = (last: WeekWork) => steadyThen(last);

describe('analysis.sign-rate-decline', () => {
  it('names an advisor who kept every basic and stopped signing: skills and negotiation', () => {
    const r = result(check(center({ signed: 0 }), '2026-11-18', SUNDAY_EVENING), 'analysis.sign-rate-decline', null);
    expect(r).toMatchObject({ status: 'missed', actual: 0.1667, target: 0.3333 });
    expect(r.detail!.advisors).toEqual([{ advisor: '张伟', metric: 'signRate', previous: 0.3333, current: 0, cause: 'signing' }]);
    expect(r.message).toContain('§1.2.3');
  });

  it('traces a fall with few visits to the visits, and is met when the rate holds', () => {
    const r = result(check(center({ visits: 3, signed: 0 }), '2026-11-18', SUNDAY_EVENING), 'analysis.sign-rate-decline', null);
    expect((r.detail!.advisors as { cause: string }[])[0]!.cause).toBe('visits');
    expect(result(check(center({}), '2026-11-18', SUNDAY_EVENING), 'analysis.sign-rate-decline', null).status).toBe('met');
  });

  it('is not judged when the week has no visits', () => {
    const b = new DataBuilder();
    b.advisors = ['张伟'];
    for (const start of FIVE_WEEKS.slice(0, 4)) work(b, '张伟', start);
    work(b, '张伟', FIVE_WEEKS[4]!, { visits: 0, signed: 0 });
    expect(results(check(b.build(), '2026-11-18', SUNDAY_EVENING), 'analysis.sign-rate-decline')).toHaveLength(0);
  });
});
