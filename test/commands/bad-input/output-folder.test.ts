import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { READING_VERBS } from '../../support/bad-input-verbs.js';
import { hasStackTrace, runCli } from '../../support/run-cli.js';

describe('an output folder that cannot be written', () => {
  it.each(Object.values(READING_VERBS).filter((v) => v.report))('$verb says so with exit 2', ({ args }) => {
    const dir = mkdtempSync(join(tmpdir(), 'clubcrm-blocked-'));
    writeFileSync(join(dir, 'reports'), 'a file where the folder should be');
    const r = runCli([...args('fixtures/demo-center', join(dir, 'reports')), '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Cannot write/);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});
