import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../support/run-cli.js';
import { seededRandom } from '../../src/random/seeded.js';

const ARGS = ['weekly-report', '--data', join(ROOT, 'fixtures/demo-center'), '--week', '2026-11-18', '--as-of', '2026-11-20T19:00', '--force', '--no-image'];

/** Starts the report and kills it with SIGKILL after `ms`; resolves when it is gone. */
function killAfter(out: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...ARGS, '--out', out], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('kill -9 while writing a report', () => {
  it('leaves either the old file or the complete new one, every time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clubcrm-kill-'));
    const out = join(dir, '周报.xlsx');
    // A complete report to start from, and its bytes as "the old file".
    const first = runCli([...ARGS, '--out', out]);
    expect(first.status, first.stderr).toBe(0);
    const old = readFileSync(out);
    const random = seededRandom(9);
    let sawOld = 0;
    let sawNew = 0;
    for (let i = 0; i < 12; i++) {
      copyFileSync(join(dir, '周报.xlsx'), join(dir, 'previous.xlsx'));
      await killAfter(out, 50 + Math.floor(random() * 900));
      const now = readFileSync(out);
      if (now.equals(old)) {
        sawOld++;
        continue;
      }
      // Not the old bytes: it must be a whole workbook that reads back.
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(now);
      expect(wb.worksheets.length).toBeGreaterThan(2);
      sawNew++;
    }
    expect(sawOld + sawNew).toBe(12);
    // The only other files are the copy we made, the group messages beside the report and temporary
    // files of killed runs, never a half-written target.
    for (const name of readdirSync(dir)) expect(name === '周报.xlsx' || name === '周报_群消息.txt' || name === 'previous.xlsx' || name.endsWith('.tmp')).toBe(true);
  });
});
