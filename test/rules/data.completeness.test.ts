import { describe, expect, it } from 'vitest';
import { check, DataBuilder, result } from '../support/builder.js';

describe('data.completeness', () => {
  it('rates rows without a missing-required issue, per advisor and for the center', () => {
    const b = new DataBuilder();
    b.advisors = ['张伟', '李娜'];
    const calls = b.calls('张伟', '2026-11-18', 4);
    b.calls('李娜', '2026-11-18', 4);
    const bad = calls[1]!.origin;
    b.issues.push({ code: 'missing-required', severity: 'error', file: bad.file, sheet: bad.sheet, row: bad.row, column: '联系电话', field: 'phone', value: null, message: '' });
    b.issues.push({ code: 'missing-required', severity: 'error', file: bad.file, sheet: bad.sheet, row: bad.row, column: '通话结果', field: 'outcome', value: null, message: '' });
    // A row that made no record at all (its date was blank) still lowers the center's rate.
    b.issues.push({ code: 'missing-required', severity: 'error', file: 'sheets/calls.xlsx', sheet: 'calls', row: 999, column: '日期', field: 'date', value: null, message: '' });
    const report = check(b.build(), '2026-11-18', '2026-11-20T19:00');
    expect(result(report, 'data.completeness')).toMatchObject({ status: 'missed', actual: 0.75, target: 1, evidence: [bad] });
    expect(result(report, 'data.completeness', '李娜')).toMatchObject({ status: 'met', actual: 1 });
    expect(result(report, 'data.completeness', null)).toMatchObject({ status: 'missed', actual: 0.7778 });
  });
});
