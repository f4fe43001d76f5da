import { describe, expect, it } from 'vitest';
import { check, DataBuilder, result } from '../support/builder.js';

function mix(one: number, multi: number, inst: number) {
  const b = new DataBuilder();
  b.advisors = ['张伟'];
  for (let i = 0; i < one; i++) b.contract('张伟', '2026-11-19', { course: 'one_year' });
  for (let i = 0; i < multi; i++) b.contract('张伟', '2026-11-19', { course: 'multi_year' });
  for (let i = 0; i < inst; i++) b.contract('张伟', '2026-11-19', { course: 'installment' });
  return b.build();
}

describe('contracts.course-mix', () => {
  it('holds at 50/30/20 and at 40/40/20 (the 10-point edge)', () => {
    expect(result(check(mix(5, 3, 2), '2026-11-25', '2026-12-02T09:00'), 'contracts.course-mix', null)).toMatchObject({ status: 'met', detail: { one_year: 0.5 } });
    expect(result(check(mix(4, 4, 2), '2026-11-25', '2026-12-02T09:00'), 'contracts.course-mix', null).status).toBe('met');
  });
  it('warns at 70/10/20 after the month closes', () => {
    expect(result(check(mix(7, 1, 2), '2026-11-25', '2026-12-02T09:00'), 'contracts.course-mix', null).status).toBe('missed');
  });
});
