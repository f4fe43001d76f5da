/** io/v8-tiering.ts: the budget it restores for a long run is V8's own default, or it changes nothing. */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INTERRUPT_BUDGET, SHORT_RUN_BUDGET, v8DefaultBudget } from '../../src/io/v8-tiering.js';

/** `--interrupt-budget`'s default as the running node prints it. */
function printedDefault(): number {
  const text = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const m = /^\s+--interrupt-budget \([^)]*\)\s+type: int\s+default: --interrupt-budget=(\d+)/m.exec(text);
  if (!m) throw new Error('no --interrupt-budget in node --v8-options');
  return Number(m[1]);
}

describe('V8 tiering for short and long runs', () => {
  it('knows a default only by V8 major.minor', () => {
    expect(v8DefaultBudget('11.3.244.8-node.38')).toBe(67584);
    expect(v8DefaultBudget('11.30.1.1')).toBeNull();
    expect(v8DefaultBudget('99.1.0.0')).toBeNull();
    expect(v8DefaultBudget('garbage')).toBeNull();
  });

  it('a short run optimises later than the default on every V8 it knows', () => {
    for (const budget of Object.values(DEFAULT_INTERRUPT_BUDGET)) expect(SHORT_RUN_BUDGET).toBeGreaterThan(budget * 10);
  });

  it.skipIf(v8DefaultBudget() === null)('restores what this V8 really defaults to', () => {
    expect(v8DefaultBudget()).toBe(printedDefault());
  });
});
