import { describe, expect, it } from 'vitest';
import { check, DataBuilder, result, results, testConfig } from '../support/builder.js';
import { FIVE_WEEKS, SUNDAY_EVENING, steadyThen, work, type WeekWork } from '../support/analysis-weeks.js';

const center = (last: WeekWork) => steadyThen(last);

describe('analysis.visits-decline', () => {
  it('names the advisor whose visits fell, with the first basic that is short', () => {
    const r = result(check(center({ calls: 120, visits: 2, signed: 0 }), '2026-11-18', SUNDAY_EVENING), 'analysis.visits-decline', null);
    expect(r).toMatchObject({ status: 'missed', actual: 8, target: 12, detail: { previous: 12, baseline: 12 } });
    expect(r.detail!.advisors).toEqual([{ advisor: '张伟', metric: 'visits', previous: 6, current: 2, cause: 'calls' }]);
  });

  it('goes on through second invites to invite quality when the basics before are met', () => {
    const second = result(check(center({ second: 1, visits: 2, signed: 0 }), '2026-11-18', SUNDAY_EVENING), 'analysis.visits-decline', null);
    expect((second.detail!.advisors as { cause: string }[])[0]!.cause).toBe('second-invites');
    const quality = result(check(center({ visits: 2, signed: 0 }), '2026-11-18', SUNDAY_EVENING), 'analysis.visits-decline', null);
    expect((quality.detail!.advisors as { cause: string }[])[0]!.cause).toBe('visits');
  });

  it('is met for a steady week and for a fall within the threshold (10 of 12 visits)', () => {
    expect(result(check(center({}), '2026-11-18', SUNDAY_EVENING), 'analysis.visits-decline', null)).toMatchObject({ status: 'met', detail: { advisors: [] } });
    expect(result(check(center({ visits: 4 }), '2026-11-18', SUNDAY_EVENING), 'analysis.visits-decline', null).status).toBe('met');
  });

  it('takes its threshold from the config', () => {
    const config = testConfig();
    config.rules['analysis.visits-decline'] = { ...config.rules['analysis.visits-decline'], fall: 0.5 };
    expect(result(check(center({ visits: 2, signed: 0 }), '2026-11-18', SUNDAY_EVENING, config), 'analysis.visits-decline', null).status).toBe('met');
  });

  it('is pending before the visits close, and not judged without a week before', () => {
    // On Friday evening the weekend's visits are still to come: nobody is named yet.
    const friday = result(check(center({ visits: 2, signed: 0 }), '2026-11-18', '2026-11-20T19:00'), 'analysis.visits-decline', null);
    expect(friday).toMatchObject({ status: 'pending', detail: { declined: 0, advisors: [] } });
    expect(friday.message).toContain('2026-11-22 18:00');
    const b = new DataBuilder();
    b.advisors = ['张伟'];
    work(b, '张伟', FIVE_WEEKS[4]!);
    expect(results(check(b.build(), '2026-11-18', SUNDAY_EVENING), 'analysis.visits-decline')).toHaveLength(0);
  });
});
