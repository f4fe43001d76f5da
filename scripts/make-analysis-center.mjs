#!/usr/bin/env node
/**
 * Generates the analysis fixture center (issue 15): ten center weeks (2026-07-01 .. 2026-09-02,
 * no holiday among them) of three advisors, then a fourth hired in the last week, written as
 * CSV files. Deterministic: one seeded PRNG, no clock. Run:
 *   node scripts/make-analysis-center.mjs OUT_DIR
 * test/analysis/analysis-center.test.ts generates it into a temp dir and runs the real binary.
 *
 * The story:
 * - weeks 1-8 are steady: every advisor makes 150+ effective calls, 15-17 first and 4-5 second
 *   invites, 6 visits (4 first, 2 second) and signs 2 new contracts (a third of visits);
 * - week 9 (2026-08-26): 吴刚 books only 6 first invites and 1 family comes: the center's visits
 *   fall from 18 to 13 (-28%), a visits decline caused by his first invites; the sign rate holds;
 * - week 10 (2026-09-02): 吴刚 is back; 郑丽 keeps every basic but signs none of her 6 visits,
 *   and 孙悦 joins (no earlier weeks: null in the trend, the manual's rates for her target): the
 *   center's sign rate falls from 30.8% to 25%, a sign-rate decline with basics met (signing);
 * - contracts of a year ago: 老学员甲 (一年 from 2025-09-08: derived end 2026-09-07, not in
 *   周敏's plan) and 老学员乙 (到期日期 2026-10-15 written, in the plan);
 * - September targets: 周敏 8 enrollments / ¥80,000 (own rates), 吴刚 2 (met in week 10),
 *   孙悦 6 (too little history).
 */
import fs from 'node:fs';
import path from 'node:path';
// The project's one seeded generator (built by tsc; npm test builds first).
import { seededRandom } from '../dist/random/seeded.js';

export const SEED = 15;
export const WEEKS = ['2026-07-01', '2026-07-08', '2026-07-15', '2026-07-22', '2026-07-29', '2026-08-05', '2026-08-12', '2026-08-19', '2026-08-26', '2026-09-02'];
export const ADVISORS = ['周敏', '吴刚', '郑丽'];
export const NEW_ADVISOR = '孙悦';

const addDays = (d, n) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const csvLine = (cells) => cells.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(',');

/** What one advisor does in one week of the story. */
function plan(advisor, week, i) {
  const steady = { first: 15, second: 4, firstVisits: 4, secondVisits: 2, signed: 2 };
  if (advisor === NEW_ADVISOR) return i === 9 ? steady : null;
  if (advisor === '吴刚' && i === 8) return { first: 6, second: 4, firstVisits: 1, secondVisits: 0, signed: 0 };
  if (advisor === '郑丽' && i === 9) return { ...steady, signed: 0 };
  return steady;
}

export function generateAnalysisCenter(outDir) {
  const random = seededRandom(SEED);
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const usedPhones = new Set();
  const phone = () => {
    for (;;) {
      const p = `139${String(int(0, 99_999_999)).padStart(8, '0')}`;
      if (!usedPhones.has(p)) return usedPhones.add(p), p;
    }
  };
  let child = 0;
  const name = () => `学员${String(++child).padStart(3, '0')}`;
  const calls = [['日期', '顾问', '客户姓名', '联系电话', '名单类型', '呼出类型', '通话结果']];
  const invites = [['邀约日期', '顾问', '客户姓名', '联系电话', '邀约类型', '活动形式', '预约场次', '是否到访']];
  const contracts = [['签约日期', '顾问', '学员姓名', '联系电话', '合约类型', '课程类别', '合约金额', '开课日期', '到期日期']];
  WEEKS.forEach((week, i) => {
    const callDays = [week, addDays(week, 1), addDays(week, 2)];
    for (const advisor of [...ADVISORS, NEW_ADVISOR]) {
      const p = plan(advisor, week, i);
      if (!p) continue;
      // Invitations: booked over the call days, sessions on Saturday and Sunday.
      const booked = [];
      for (let k = 0; k < p.first + int(0, 2) * (p.first >= 15 ? 1 : 0); k++) booked.push({ kind: '一次邀约', visit: k < p.firstVisits });
      for (let k = 0; k < p.second + int(0, 1) * (p.second >= 4 ? 1 : 0); k++) booked.push({ kind: '二次邀约', visit: k < p.secondVisits });
      let signed = 0;
      booked.forEach((b, k) => {
        const date = callDays[k % 3];
        const session = `${addDays(week, 3 + (k % 2))} ${k % 2 ? '15:00' : '10:00'}`;
        const who = name();
        const tel = phone();
        invites.push([date, advisor, who, tel, b.kind, b.kind === '一次邀约' ? '体验课' : '沙龙', session, b.visit ? '是' : '否']);
        calls.push([date, advisor, who, tel, b.kind === '一次邀约' ? '新单' : '老单', b.kind, '已邀约']);
        if (b.visit && signed < p.signed) {
          signed += 1;
          const day = session.slice(0, 10);
          contracts.push([day, advisor, who, tel, '新单', '一年', 9800, addDays(day, 7), '']);
        }
      });
      // The rest of each call day's 52 effective calls, and a few unanswered ones.
      for (const day of callDays) {
        const made = booked.filter((_, k) => callDays[k % 3] === day).length;
        for (let k = made; k < 52 + int(0, 2); k++) {
          calls.push([day, advisor, name(), phone(), k % 3 ? '老单' : '新单', k % 5 ? '一次邀约' : '老客户维系', k % 2 ? '有意向' : '无意向']);
        }
        for (let k = 0; k < 5; k++) calls.push([day, advisor, name(), phone(), '新单', '一次邀约', '未接通']);
      }
    }
  });
  // A year ago: one contract whose end is derived from its course words, one whose end is written.
  contracts.push(['2025-09-05', '周敏', '老学员甲', phone(), '新单', '一年', 9800, '2025-09-08', '']);
  contracts.push(['2024-10-10', '周敏', '老学员乙', phone(), '新单', '2年', 16800, '2024-10-16', '2026-10-15']);
  const renewals = [['计划月份', '顾问', '学员姓名', '提交日期'], ['2026-09', '周敏', '老学员乙', '2026-08-31']];
  const targets = [
    ['周期', '顾问', '招生人数', '销售额'],
    ['2026-09', '周敏', 8, 80000],
    ['2026-09', '吴刚', 2, 19600],
    ['2026-09', NEW_ADVISOR, 6, 58800],
  ];
  fs.mkdirSync(outDir, { recursive: true });
  const write = (file, rows) => fs.writeFileSync(path.join(outDir, file), `${rows.map(csvLine).join('\n')}\n`);
  write('顾问每日工作日程表.csv', calls);
  write('顾问邀约统计表.csv', invites);
  write('签约登记.csv', contracts);
  write('客户续约计划表.csv', renewals);
  write('销售目标.csv', targets);
  return { calls: calls.length - 1, invites: invites.length - 1, contracts: contracts.length - 1 };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const out = process.argv[2];
  if (!out) {
    process.stderr.write('usage: node scripts/make-analysis-center.mjs OUT_DIR\n');
    process.exit(2);
  }
  console.log(generateAnalysisCenter(out));
}
