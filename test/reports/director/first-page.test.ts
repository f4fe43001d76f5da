import { describe, expect, it } from 'vitest';
import { bonusSentence, weeksMetStatus } from '../../../src/reports/director/first-page.js';
import { buildDirectorSummary, type BonusReason } from '../../../src/reports/director/model.js';
import { reasonText } from '../../../src/reports/director/workbook.js';
import { MONTH, asOf, config, dataset, engineCheck } from '../../support/month-fixture.js';

const summary = () => buildDirectorSummary({ dataset: dataset(), config: config(), month: MONTH, asOf: asOf(), check: engineCheck() });
const open = (week: string): BonusReason => ({ kind: 'week-open', advisor: null, week, date: null, phone: null, actual: null, target: null, evidence: [] });

describe('bonusSentence', () => {
  it('gives the verdict with every reason when there are at most three', () => {
    const s = summary();
    const text = bonusSentence(s, 'en');
    expect(text.startsWith('✘ Team bonus cancelled: ')).toBe(true);
    for (const r of s.teamBonus.reasons) expect(text).toContain(reasonText(r, 'en'));
    expect(text).not.toContain('in all');
  });

  it('names three reasons and says how many there are beyond that; no separator without reasons', () => {
    const s = summary();
    const reasons = ['2026-11-04', '2026-11-11', '2026-11-18', '2026-11-25'].map(open);
    const text = bonusSentence({ ...s, teamBonus: { status: 'pending', reasons } }, 'zh');
    expect(text).toContain(reasonText(reasons[2]!, 'zh'));
    expect(text).not.toContain(reasonText(reasons[3]!, 'zh'));
    expect(text.endsWith('等共 4 项')).toBe(true);
    const kept = bonusSentence({ ...s, teamBonus: { status: 'kept', reasons: [] } }, 'zh');
    expect(kept).not.toContain('：');
  });
});

describe('weeksMetStatus', () => {
  it('is met only when every week met the call quota, and none without weeks', () => {
    expect(weeksMetStatus(4, 4)).toBe('met');
    expect(weeksMetStatus(3, 4)).toBe('missed');
    expect(weeksMetStatus(0, 0)).toBeNull();
  });
});
