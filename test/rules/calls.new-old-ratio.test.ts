import { describe, expect, it } from 'vitest';
import { check, DataBuilder, result } from '../support/builder.js';

function calls(newCalls: number, oldCalls: number) {
  const b = new DataBuilder();
  b.advisors = ['张伟'];
  b.calls('张伟', '2026-11-18', newCalls, { list: 'new' });
  b.calls('张伟', '2026-11-19', oldCalls, { list: 'old' });
  return b.build();
}

describe('calls.new-old-ratio', () => {
  it('holds at 50 : 100 and at the tolerance edge (23.33%)', () => {
    expect(result(check(calls(50, 100), '2026-11-18', '2026-11-20T19:00'), 'calls.new-old-ratio')).toMatchObject({ status: 'met', actual: 0.3333, target: 0.3333 });
    expect(result(check(calls(35, 115), '2026-11-18', '2026-11-20T19:00'), 'calls.new-old-ratio').status).toBe('met');
  });
  it('warns outside 1/3 +- 10 points after Friday close, and is pending before', () => {
    expect(result(check(calls(30, 120), '2026-11-18', '2026-11-20T19:00'), 'calls.new-old-ratio')).toMatchObject({ status: 'missed', severity: 'warning', actual: 0.2 });
    expect(result(check(calls(30, 120), '2026-11-18', '2026-11-20T12:00'), 'calls.new-old-ratio').status).toBe('pending');
    expect(result(check(calls(75, 75), '2026-11-18', '2026-11-20T19:00'), 'calls.new-old-ratio').status).toBe('missed');
  });
});
