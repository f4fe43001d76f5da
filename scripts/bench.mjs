#!/usr/bin/env node
// npm run bench: the performance goals of clubcrm, measured on this machine (issue
// "Performance and scale"). Generates its data (seeded) under a temporary folder, runs each
// scenario several times, prints medians, rows/s, peak RSS, and the ratios against the raw
// inflate floor and exceljs's own streaming reader measured in the same run.
//   BENCH_ROWS=1000000 (calls rows)  BENCH_RUNS=3  BENCH_FILES=200  BENCH_QUICK=1 (small sizes)
import { spawnSync } from 'node:child_process';
import { createReadStream, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInflateRaw } from 'node:zlib';
import { writeCallsWorkbook } from './bench/calls-workbook.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.env.BENCH_QUICK === '1';
const ROWS = Number(process.env.BENCH_ROWS ?? (quick ? 100_000 : 1_000_000));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const FILES = Number(process.env.BENCH_FILES ?? (quick ? 40 : 200));
const ROWS_PER_FILE = 1_500;
const SEED = 20261118;
const work = mkdtempSync(join(tmpdir(), 'clubcrm-bench-'));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const mb = (b) => `${(b / 1048576).toFixed(0)} MB`;
const sec = (ms) => `${(ms / 1000).toFixed(2)} s`;
const log = (s) => process.stderr.write(`${s}\n`);

/** Inflates every entry of a zip (streaming, output discarded): the floor any xlsx reader pays. */
async function inflateAll(file) {
  const buf = readFileSync(file);
  let eocd = buf.length - 22;
  while (buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  let p = buf.readUInt32LE(eocd + 16);
  const n = buf.readUInt16LE(eocd + 10);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const csize = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extra = buf.readUInt16LE(p + 30);
    const comment = buf.readUInt16LE(p + 32);
    const off = buf.readUInt32LE(p + 42);
    const start = off + 30 + buf.readUInt16LE(off + 26) + buf.readUInt16LE(off + 28);
    await new Promise((resolve, reject) => {
      const inf = createInflateRaw();
      inf.on('data', (c) => (total += c.length));
      inf.on('end', resolve);
      inf.on('error', reject);
      createReadStream(file, { start, end: start + csize - 1, highWaterMark: 1 << 20 }).pipe(inf);
    });
    p += 46 + nameLen + extra + comment;
  }
  return total;
}

/** Runs the CLI through the RSS-measuring wrapper; returns {ms, rss, status, stdout, stderr}. */
function runCli(args, cwd = ROOT) {
  const rssFile = join(work, `rss-${process.hrtime.bigint()}`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/bench/measure-cli.mjs'), ...args], {
    cwd,
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const ms = performance.now() - t0;
  let rss = NaN;
  try {
    rss = Number(readFileSync(rssFile, 'utf8'));
  } catch {
    /* the command died before exit */
  }
  return { ms, rss, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function runReader(which, file, rows) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/bench/read-check.mjs'), which, file, String(rows), String(SEED)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) return { error: (r.stderr || '').split('\n').slice(0, 3).join(' ') };
  return JSON.parse(r.stdout);
}

const results = [];
function goal(name, figure, ok, detail = '') {
  results.push({ name, figure, ok, detail });
  log(`  ${ok === null ? '·' : ok ? 'PASS' : 'FAIL'}  ${name}: ${figure}${detail ? `  (${detail})` : ''}`);
}

log(`clubcrm benchmark - ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${mb(totalmem())} RAM, Node ${process.version}`);
log(`work folder ${work}; ${ROWS.toLocaleString('en')} call rows, ${RUNS} runs each${quick ? ' (quick)' : ''}\n`);

// 1. One large calls log.
const big = join(work, 'calls-1m.xlsx');
let t0 = performance.now();
await writeCallsWorkbook(big, { rows: ROWS, seed: SEED });
log(`generated ${big}: ${mb(statSync(big).size)} in ${sec(performance.now() - t0)}`);

const inflateMs = [];
let inflated = 0;
for (let i = 0; i < RUNS; i++) {
  t0 = performance.now();
  inflated = await inflateAll(big);
  inflateMs.push(performance.now() - t0);
}
const floor = median(inflateMs);
log(`inflate floor: ${sec(floor)} median for ${mb(inflated)} of XML`);

const checkRuns = [];
for (let i = 0; i < RUNS; i++) {
  const r = runCli(['check', '--data', big, '--week', '2026-11-18', '--as-of', '2026-11-20T19:00', '--json']);
  if (r.status === 2 || Number.isNaN(r.rss)) {
    log(`check failed (exit ${r.status}): ${r.stderr.slice(0, 400)}`);
    break;
  }
  checkRuns.push(r);
}
if (checkRuns.length) {
  const ms = median(checkRuns.map((r) => r.ms));
  const rss = Math.max(...checkRuns.map((r) => r.rss));
  goal('check over a 1,000,000-row calls sheet: time vs inflate floor', `${sec(ms)} = ${(ms / floor).toFixed(2)}x`, ms <= 4 * floor, `goal <= 4x; ${Math.round(ROWS / (ms / 1000)).toLocaleString('en')} rows/s`);
  goal('check over a 1,000,000-row calls sheet: peak RSS', mb(rss), rss <= 250 * 1048576, 'goal <= 250 MB');
}

const ours = runReader('ours', big, ROWS);
if (ours.error) log(`our reader failed: ${ours.error}`);
else goal('characters altered by clubcrm\'s reader', String(ours.altered), ours.altered === 0 && ours.rows === ROWS, `${ours.rows.toLocaleString('en')} rows in ${sec(ours.ms)}, peak ${mb(ours.maxRSS)}`);
const xl = runReader('exceljs', big, ROWS);
if (xl.error) log(`exceljs streaming reader failed: ${xl.error}`);
else {
  goal('exceljs streaming reader, same file (reference)', `${sec(xl.ms)}, peak ${mb(xl.maxRSS)}, ${xl.altered} characters altered`, null, ours.error ? '' : `clubcrm reader is ${(xl.ms / ours.ms).toFixed(1)}x faster`);
}

// 2. The demo center's week, process start to workbook on disk.
const demoMs = [];
for (let i = 0; i < Math.max(5, RUNS); i++) {
  const out = join(work, 'weekly.xlsx');
  const r = runCli(['weekly-report', '--data', join(ROOT, 'fixtures/demo-center'), '--week', '2026-11-18', '--as-of', '2026-11-20T19:00', '--out', out, '--force']);
  if (r.status !== 0) {
    log(`weekly-report failed (exit ${r.status}): ${r.stderr.slice(0, 400)}`);
    break;
  }
  demoMs.push(r.ms);
}
if (demoMs.length) goal('weekly-report on the demo center, start to workbook', `${sec(median(demoMs))} median`, median(demoMs) <= 800, 'goal <= 0.8 s');

// 3. A region's month: many files, linear scaling, and the content cache.
const region = join(work, 'region');
mkdirSync(join(region, 'sheets'), { recursive: true });
writeFileSync(join(region, 'clubcrm.config.json'), JSON.stringify({ center: '华北区' }));
t0 = performance.now();
for (let f = 0; f < FILES; f++) {
  const center = `中心${String(Math.floor(f / 4)).padStart(2, '0')}`;
  await writeCallsWorkbook(join(region, 'sheets', `${center}_第${(f % 4) + 1}周.xlsx`), { rows: ROWS_PER_FILE, seed: SEED + f, advisors: 6 });
}
log(`generated ${FILES} files x ${ROWS_PER_FILE} rows in ${sec(performance.now() - t0)}`);
const regionRun = (files) => {
  // A workspace holding the first `files` files (hard links: same content, no copies).
  const ws = join(work, `region-${files}`);
  rmSync(ws, { recursive: true, force: true });
  mkdirSync(join(ws, 'sheets'), { recursive: true });
  writeFileSync(join(ws, 'clubcrm.config.json'), JSON.stringify({ center: '华北区' }));
  for (const name of readdirSync(join(region, 'sheets')).sort().slice(0, files)) linkSync(join(region, 'sheets', name), join(ws, 'sheets', name));
  const args = ['check', '--dir', ws, '--week', '2026-11-18', '--as-of', '2026-11-20T19:00', '--json'];
  const cold = runCli(args);
  const warm = runCli(args);
  return { cold, warm };
};
const halfRun = regionRun(FILES / 2);
const fullRun = regionRun(FILES);
if (fullRun.cold.status === 2) log(`region check failed: ${fullRun.cold.stderr.slice(0, 400)}`);
else {
  const perRowHalf = halfRun.cold.ms / ((FILES / 2) * ROWS_PER_FILE);
  const perRowFull = fullRun.cold.ms / (FILES * ROWS_PER_FILE);
  goal(`${FILES} files of a region's month: scaling`, `${sec(halfRun.cold.ms)} for ${FILES / 2} files, ${sec(fullRun.cold.ms)} for ${FILES}`, perRowFull <= perRowHalf * 1.25, `time per row ${(perRowFull / perRowHalf).toFixed(2)}x of the half run; goal linear (<= 1.25x)`);
  goal(`${FILES} files, second run over unchanged files`, `${sec(fullRun.warm.ms)} = ${(fullRun.cold.ms / fullRun.warm.ms).toFixed(1)}x faster`, fullRun.cold.ms / fullRun.warm.ms >= 5, 'goal >= 5x (content cache)');
  goal(`${FILES} files: peak RSS cold`, mb(fullRun.cold.rss), null, `half: ${mb(halfRun.cold.rss)}`);
}

const failed = results.filter((r) => r.ok === false).length;
log(`\n${results.filter((r) => r.ok).length} goals met, ${failed} missed`);
rmSync(work, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;
