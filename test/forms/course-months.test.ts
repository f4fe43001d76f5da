import { describe, expect, it } from 'vitest';
import { contractEnd } from '../../src/analysis/renewal-pipeline.js';
import { courseMonths } from '../../src/forms/course-months.js';
import type { ContractRecord } from '../../src/model/records.js';

describe('course months (a contract end derived from the course words)', () => {
  it.each([
    ['一年', 12],
    ['1年', 12],
    ['ele-babies+1年', 12],
    ['一年制', 12],
    ['2年', 24],
    ['两年', 24],
    ['ele-babies+3年', 36],
    ['2m', 2],
    ['6M', 6],
    ['6个月', 6],
    ['one year', 12],
    ['分期', null],
    ['二至三年', null],
    [null, null],
  ])('%s -> %s', (words, months) => {
    expect(courseMonths(words)).toBe(months);
  });

  const contract = (over: Partial<ContractRecord>): ContractRecord => ({
    origin: { file: 'f.csv', sheet: null, row: 2 },
    date: '2026-01-10',
    advisor: 'A',
    student: 'S',
    phone: null,
    type: 'new',
    course: 'one_year',
    amount: 9800,
    referrer: null,
    contract_no: null,
    start: null,
    ...over,
  });

  it('prefers the written end, else counts from the start, else from the signing date', () => {
    expect(contractEnd(contract({ end: '2026-12-31', course_months: 12 }))).toEqual({ end: '2026-12-31', derived: false });
    expect(contractEnd(contract({ start: '2026-02-01', course_months: 12 }))).toEqual({ end: '2027-01-31', derived: true });
    expect(contractEnd(contract({ course_months: 6 }))).toEqual({ end: '2026-07-09', derived: true });
    expect(contractEnd(contract({ course_months: null }))).toBeNull();
  });
});
