import { describe, expect, it } from 'vitest';
import { originText } from '../../src/reports/origin-text.js';

describe('originText', () => {
  it('reads file / sheet / row, without a sheet for a CSV, and empty for no origin', () => {
    expect(originText({ file: 'sheets/签约登记.xlsx', sheet: '签约登记', row: 12 })).toBe('sheets/签约登记.xlsx / 签约登记 / 12');
    expect(originText({ file: 'sheets/leads.csv', sheet: null, row: 3 })).toBe('sheets/leads.csv / 3');
    expect(originText({ file: 'a.xlsx', sheet: '', row: 3 })).toBe('a.xlsx / 3');
    expect(originText(null)).toBe('');
  });
});
