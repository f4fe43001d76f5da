// Issue 16: `inspect --json` on generated CSVs where every row misses a required field (the
// phone): exit 1, valid JSON, in under 10 s each; and the terminal form prints a bounded table.
// Called by scripts/bench.mjs (its own section); `node scripts/bench/issues.mjs` (after a build)
// runs it alone.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A calls CSV of `rows` rows, each without its phone. */
export function writeMissingPhoneCsv(path, rows) {
  const lines = ['日期,顾问,客户姓名,联系电话,名单类型,呼出类型,通话结果'];
  for (let i = 0; i < rows; i++) lines.push(`2026-11-${18 + (i % 3)},顾问${String(i % 12).padStart(2, '0')},客户${i},,新单,一次邀约,已邀约`);
  writeFileSync(path, `${lines.join('\r\n')}\r\n`);
}

export async function benchIssues({ work, runCli, goal, log, sizes = [50_000, 200_000] }) {
  log('\nissue lists of any length (inspect, every row missing its phone)');
  for (const rows of sizes) {
    const file = join(work, `missing-phone-${rows}.csv`);
    writeMissingPhoneCsv(file, rows);
    const r = runCli(['inspect', file, '--json', '--as-of', '2026-11-20T19:00']);
    let issues = -1;
    try {
      issues = JSON.parse(r.stdout).files[0].issues.length;
    } catch {
      /* not valid JSON: reported below */
    }
    const ok = r.status === 1 && issues >= rows && r.ms < 10_000;
    goal(`inspect --json, ${rows.toLocaleString('en')} rows missing a phone`, `${(r.ms / 1000).toFixed(2)} s, ${(r.rss / 1048576).toFixed(0)} MB`, ok, `exit ${r.status}, ${issues.toLocaleString('en')} issues in valid JSON; goal exit 1, valid JSON, < 10 s`);
    const text = runCli(['inspect', file, '--as-of', '2026-11-20T19:00']);
    const lines = text.stdout.split('\n').length;
    goal(`inspect (terminal), ${rows.toLocaleString('en')} rows`, `${(text.ms / 1000).toFixed(2)} s, ${lines} lines`, text.status === 1 && lines < 200, 'goal: a bounded table');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { spawnSync } = await import('node:child_process');
  const ROOT = join(new URL('.', import.meta.url).pathname, '..', '..');
  const work = mkdtempSync(join(tmpdir(), 'clubcrm-bench-issues-'));
  const runCli = (args) => {
    const rssFile = join(work, `rss-${process.hrtime.bigint()}`);
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/bench/measure-cli.mjs'), ...args], { cwd: ROOT, env: { ...process.env, BENCH_RSS_FILE: rssFile }, encoding: 'utf8', maxBuffer: 1 << 28 });
    const ms = performance.now() - t0;
    let rss = NaN;
    try {
      rss = Number(readFileSync(rssFile, 'utf8'));
    } catch {
      /* died before exit */
    }
    return { ms, rss, status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const log = (s) => process.stderr.write(`${s}\n`);
  const goal = (name, figure, ok, detail) => log(`  ${ok ? 'PASS' : 'FAIL'}  ${name}: ${figure}  (${detail})`);
  await benchIssues({ work, runCli, goal, log });
}
