#!/usr/bin/env node
/**
 * Generates the bundled demo center 示例中心 (fixtures/demo-center/): the advisors' weekly
 * sheets and the center's files, written the way real advisors write them (see STORY.md), and
 * expected.json, which is COUNTED here from the generated rows by the manual's definitions
 * (spec/manual.md "The center's week", spec/commands.md metrics) so it cannot drift.
 *
 * Deterministic: one seeded PRNG, no clock; workbook created/modified are fixed. Run:
 *   node scripts/make-demo-center.mjs [OUT_DIR]       (default fixtures/demo-center)
 * test/demo-center-files.test.ts regenerates into a temp dir and compares.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { EFFECTIVE_OUTCOMES, INVALID_OUTCOMES, WEEK_DEFAULTS } from '../dist/config/defaults.js';
import { defaultValues } from '../dist/config/rule-params.js';
import { RULES } from '../dist/rules/index.js';
import { seededRandom } from '../dist/random/seeded.js';

export const SEED = 20261118;
const CENTER = '示例中心';
/** Workbook created/modified: a fixed instant, so nothing depends on the clock. */
const FIXED_INSTANT = new Date(Date.UTC(2026, 11, 2, 1, 0, 0));
/** When the supervisor collected these files: sessions after this have no 到访 yet. */
const COLLECTED = '2026-12-02T12:00:00';

export const ADVISORS = ['张伟', '李娜', '王芳', '刘洋', '陈静', '赵强'];
export const WEEKS = ['2026-10-28', '2026-11-04', '2026-11-11', '2026-11-18', '2026-11-25'];
const STORY_WEEK = '2026-11-18';
const FRIDAY_AS_OF = '2026-11-20T19:00:00';
const SUNDAY_AS_OF = '2026-11-22T20:00:00';
const MONTH = '2026-11';

// The manual's figures, from the rules' own files and the defaults module (built by tsc; npm test builds
// first): the demo is generated and counted against the defaults, never a copy of them.
const P = (id) => defaultValues(RULES.get(id).meta.params);
const CLOSE = `${WEEK_DEFAULTS.closeOfBusiness}:00`;
const PER_CALL_DAY = P('calls.weekly').perCallDay;
const FIRST_INVITES = P('invites.first').perWeek;
const SECOND_INVITES = P('invites.second').perWeek;
const MAKEUP_CALLS = P('invites.makeup').extraCalls;
const FIRST_VISITS = P('visits.first').perWeek;
const SECOND_VISITS = P('visits.second').perWeek;
const TOTAL_VISITS = P('visits.total').perWeek;
const NEW_SHARE = P('calls.new-old-ratio').newShare;
const SHARE_TOLERANCE = P('calls.new-old-ratio').tolerance;
const TYPE_MIX = { new: P('contracts.type-mix').new, referral: P('contracts.type-mix').referral, renewal: P('contracts.type-mix').renewal };
const COURSE_MIX = { one_year: P('contracts.course-mix').one_year, multi_year: P('contracts.course-mix').multi_year, installment: P('contracts.course-mix').installment };
const EFFECTIVE = EFFECTIVE_OUTCOMES;
// Public holidays of the demo's weeks (src/config/cn-calendar.ts has none from 2026-10-28 to
// 2026-12-01): a holiday call day scales every week quota (target x call days / 3, rounded up),
// a holiday weekend day holds no make-up (manual, "Holiday weeks").
const HOLIDAYS = [];
const scaled = (target, callDays) => Math.ceil((target * callDays) / 3 - 1e-9);
const INVALID = INVALID_OUTCOMES;

// ---------------------------------------------------------------- random and dates

// The project's one seeded generator (src/random/seeded.ts, mulberry32).
let random = seededRandom(SEED);
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const pick = (items) => items[Math.floor(random() * items.length)];
function shuffle(items) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** 'YYYY-MM-DD' arithmetic in UTC: no machine time zone involved. */
const addDays = (d, n) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const dayOfWeek = (d) => new Date(`${d}T00:00:00Z`).getUTCDay();
const isWeekend = (d) => dayOfWeek(d) === 0 || dayOfWeek(d) === 6;
function addMonths(d, n) {
  const [y, m, day] = d.split('-').map(Number);
  const total = y * 12 + (m - 1) + n;
  const last = new Date(Date.UTC(Math.floor(total / 12), (total % 12) + 1, 0)).getUTCDate();
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}
/** A wall-clock date(-time) as the Date exceljs stores as that Excel serial (UTC = wall clock). */
function excelDate(local) {
  const [d, t = '00:00:00'] = local.split('T');
  const [y, m, day] = d.split('-').map(Number);
  const [hh, mm] = t.split(':').map(Number);
  return new Date(Date.UTC(y, m - 1, day, hh, mm));
}
const slashDate = (d) => `${d.slice(0, 4)}/${Number(d.slice(5, 7))}/${Number(d.slice(8, 10))}`;
const mdDate = (d) => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
const hm = (dt) => dt.slice(11, 16);
function cnTime(dt) {
  // 陈静 writes afternoon times the Chinese way (下午2:30), evening ones as 18:30.
  const [h, m] = hm(dt).split(':').map(Number);
  return h >= 13 && h < 18 ? `下午${h - 12}:${String(m).padStart(2, '0')}` : hm(dt);
}
const money = (n) => `¥${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

// ---------------------------------------------------------------- people and phones

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史'.split('');
const GIVEN = '子涵梓轩一诺欣怡浩然雨桐宇航可馨思远若曦俊杰佳琪明轩诗涵博文晨曦嘉怡天佑梦瑶泽宇芷若昊天语嫣锦程悦彤皓轩依诺铭泽紫萱奕辰安琪睿哲沐阳晓雪乐'.split('');
const usedNames = new Set();
function childName() {
  for (;;) {
    const name = pick(SURNAMES) + pick(GIVEN) + pick(GIVEN);
    if (!usedNames.has(name) && name[1] !== name[2]) {
      usedNames.add(name);
      return name;
    }
  }
}
const PREFIXES = ['138', '139', '136', '135', '137', '150', '151', '152', '158', '159', '186', '187', '188', '189', '133', '153', '180', '181', '177', '176', '185', '183'];
const usedPhones = new Set();
function mobile() {
  for (;;) {
    const phone = pick(PREFIXES) + String(int(0, 99_999_999)).padStart(8, '0');
    if (!usedPhones.has(phone)) {
      usedPhones.add(phone);
      return phone;
    }
  }
}

const SOURCES = ['商场地推', '抖音推广', '小区活动', '幼儿园合作', '美团点评'];
const SECOND_EVENTS = ['class_trial', 'salon', 'story', 'birthday', 'theme_party', 'demo'];
const ZH = {
  list: { new: '新单', old: '老单' },
  purpose: { first_invite: '一次邀约', second_invite: '二次邀约', member_care: '老客户维系' },
  purposeShort: { first_invite: '一邀', second_invite: '二邀', member_care: '维系' },
  outcome: { invited: '已邀约', interested: '有意向', declined: '无意向', no_answer: '未接通', invalid_number: '空号', wrong_number: '错号', long_distance: '长途', suspended: '停机' },
  kind: { first: '一次邀约', second: '二次邀约' },
  event: { demo: 'DEM体验课', class_trial: '正课插班试听', salon: '外教沙龙', story: '绘本故事课', birthday: '生日派对', theme_party: '主题派对' },
  eventShort: { demo: 'DEM', class_trial: '试听', salon: '沙龙', story: '绘本课', birthday: '生日会', theme_party: '派对' },
  yesNo: { yes: '是', no: '否', rescheduled: '改约' },
  type: { new: '新单', referral: '转介绍', renewal: '续费' },
  status: { prospect: '潜在', deposit: '已交定金', visited: '到访未报名', member: '会员', lost: '流失' },
  leadFeedback: { pending: '未联系', invalid: '无效', invited: '已邀约', visited: '已到访', signed: '已签约' },
  renewalStatus: { planned: '计划中', renewed: '已续费', lost: '放弃' },
};
const EN = {
  purpose: { first_invite: 'first invite', second_invite: 'second invite', member_care: 'member care' },
  outcome: { invited: 'invited', interested: 'interested', declined: 'declined', no_answer: 'no answer', invalid_number: 'invalid number', wrong_number: 'wrong number', long_distance: 'long distance', suspended: 'suspended' },
  event: { demo: 'demo', class_trial: 'class trial', salon: 'salon', story: 'story', birthday: 'birthday', theme_party: 'theme party' },
};

// ---------------------------------------------------------------- the story, as plans

/** How each advisor writes their weekly file (STORY.md, "How the files look"). */
const STYLE = { 张伟: 'zh-title', 李娜: 'zh-alias', 王芳: 'csv-gbk', 刘洋: 'en', 陈静: 'zh-md', 赵强: 'zh-notes' };

/** Leave log: 李娜 sick with a hospital note (excused), 陈静 personal day (not excused). */
const LEAVE = [
  { date: '2026-11-19', advisor: '李娜', type: 'sick', proof: 'yes' },
  { date: '2026-11-27', advisor: '陈静', type: 'personal', proof: 'no' },
];
const onLeave = (adv, d) => LEAVE.some((l) => l.advisor === adv && l.date === d);

/**
 * Per advisor and week: effective calls per call day (Wed, Thu, Fri), first and second
 * invites booked on call days, weekend make-up calls (Sat, Sun), visits wanted in the week.
 * Ordinary weeks are drawn; the story's weeks are written out.
 */
function weekPlan(adv, week) {
  const plan = {
    eff: [int(50, 54), int(50, 54), int(50, 54)],
    first: int(15, 18),
    second: int(4, 6),
    makeup: [0, 0],
    firstVisits: int(5, 7),
    secondVisits: int(2, 3),
  };
  const story = {
    '2026-11-04': {
      // The earlier miss: 13 first invites, the 20 make-up calls done over the weekend.
      刘洋: { first: 13, makeup: [11, 10] },
    },
    '2026-11-18': {
      张伟: { eff: [52, 51, 50], first: 16, second: 5, firstVisits: 6, secondVisits: 2 },
      李娜: { eff: [53, 0, 52], newWed: 28, first: 15, second: 4, firstVisits: 5, secondVisits: 2 },
      王芳: { eff: [50, 50, 49], first: 15, second: 4, firstVisits: 5, secondVisits: 2 },
      刘洋: { eff: [51, 50, 52], first: 17, second: 4, firstVisits: 2, secondVisits: 1 },
      陈静: { eff: [50, 51, 50], first: 16, second: 0, makeup: [12, 10], firstVisits: 5, secondVisits: 2 },
      赵强: { eff: [51, 50, 51], first: 12, second: 5, makeup: [12, 11], firstVisits: 5, secondVisits: 2 },
    },
    '2026-11-25': {
      // Personal day on Friday: not excused, so she came in early Wed and Thu.
      陈静: { eff: [78, 75, 0] },
    },
  };
  return { ...plan, ...(story[week]?.[adv] ?? {}) };
}

/**
 * New and referral contracts from trial visits: [session date, advisor, type, course, amount].
 * Each gets a first invite booked on the advisor's last call day before the session, visited
 * and signed. November: 19 of them (with 7 renewals = 26, course mix off on one-year).
 */
const SIGNED_VISITS = [
  ['2026-10-29', '张伟', 'new', 'one_year', 9800],
  ['2026-10-31', '王芳', 'new', 'multi_year', 19800],
  ['2026-10-31', '赵强', 'referral', 'one_year', 12800],
  ['2026-11-04', '王芳', 'new', 'installment', 6800], // month's first contract, an installment: no 首单奖
  ['2026-11-05', '张伟', 'referral', 'one_year', 9800],
  ['2026-11-06', '李娜', 'new', 'one_year', 12800], // first complete new contract: 首单奖
  ['2026-11-07', '刘洋', 'new', 'multi_year', 26800],
  ['2026-11-08', '赵强', 'new', 'one_year', 9800],
  ['2026-11-12', '张伟', 'new', 'multi_year', 19800],
  ['2026-11-13', '赵强', 'referral', 'installment', 2680],
  ['2026-11-14', '李娜', 'referral', 'one_year', 9800],
  ['2026-11-15', '陈静', 'new', 'one_year', 12800],
  ['2026-11-19', '张伟', 'new', 'one_year', 12800],
  ['2026-11-21', '张伟', 'referral', 'multi_year', 19800],
  ['2026-11-21', '李娜', 'new', 'installment', 6800],
  ['2026-11-22', '张伟', 'new', 'one_year', 9800], // 张伟's 5th enrollment of November
  ['2026-11-22', '王芳', 'referral', 'one_year', 9800, '张伟'], // referrer is on 张伟's roster
  ['2026-11-22', '赵强', 'new', 'multi_year', 26800],
  ['2026-11-26', '李娜', 'new', 'one_year', 9800],
  ['2026-11-28', '王芳', 'new', 'one_year', 12800],
  ['2026-11-28', '李娜', 'referral', 'multi_year', 19800], // 李娜's 5th, after 张伟's: tie lost
  ['2026-11-29', '陈静', 'referral', 'installment', 2680],
];
/** Renewal contracts of November: [date, advisor, course, amount, in the advisor's plan?]. */
const RENEWALS = [
  ['2026-11-05', '张伟', 'one_year', 9800, true],
  ['2026-11-12', '王芳', 'one_year', 9800, true],
  ['2026-11-14', '刘洋', 'one_year', 12800, true], // in his plan, but the plan came in late (11-02)
  ['2026-11-20', '李娜', 'one_year', 9800, true],
  ['2026-11-20', '陈静', 'one_year', 9800, false], // not in her plan
  ['2026-11-25', '赵强', 'multi_year', 19800, true],
  ['2026-11-27', '张伟', 'one_year', 12800, true],
];
/** Renewal plan submission dates (on or before the 1st is on time). */
const PLAN_SUBMITTED = {
  '2026-10': Object.fromEntries(ADVISORS.map((a) => [a, '2026-09-30'])),
  '2026-11': { 张伟: '2026-10-30', 李娜: '2026-10-31', 王芳: '2026-11-01', 刘洋: '2026-11-02', 陈静: '2026-10-29', 赵强: '2026-11-01' },
  '2026-12': { 张伟: '2026-11-28', 李娜: '2026-11-30', 王芳: '2026-12-02', 刘洋: '2026-12-01', 陈静: '2026-11-29', 赵强: '2026-12-01' },
};

// ---------------------------------------------------------------- generation

/** Generates every row, then writes the files and expected.json into outDir. */
export async function generateDemoCenter(outDir) {
  random = seededRandom(SEED);
  usedNames.clear();
  usedPhones.clear();
  const world = buildWorld();
  const expected = countExpected(world);
  assertStory(expected);
  const written = await writeFiles(world, outDir);
  expected.dataIssues = written.issues;
  fs.writeFileSync(path.join(outDir, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');
  // The weeks before the story (issue 15), drawn last and from their own seed: the story's
  // rows and figures are exactly what they were without them.
  written.files.push(...writeHistory(outDir));
  return { files: written.files, expected };
}

// ---------------------------------------------------------------- history before the story

/** Four ordinary weeks before 2026-10-28, so the trend has eight weeks; two hold holidays. */
export const HISTORY_WEEKS = ['2026-09-30', '2026-10-07', '2026-10-14', '2026-10-21'];
const HISTORY_SEED = SEED + 15;
/** Call days of the history weeks (cn-calendar: 10-01..10-07 off, Saturday 10-10 a make-up workday). */
const HISTORY_CALL_DAYS = {
  '2026-09-30': ['2026-09-30'],
  '2026-10-07': ['2026-10-08', '2026-10-09', '2026-10-10'],
  '2026-10-14': ['2026-10-14', '2026-10-15', '2026-10-16'],
  '2026-10-21': ['2026-10-21', '2026-10-22', '2026-10-23'],
};

/**
 * Writes each history week's calls and invitations of every advisor as two plain UTF-8 CSV
 * files (the supervisor's archive export): steady work at the quotas, visits on the weekend.
 */
function writeHistory(outDir) {
  random = seededRandom(HISTORY_SEED);
  const files = [];
  for (const week of HISTORY_WEEKS) {
    const calls = [];
    const invites = [];
    for (const adv of ADVISORS) {
      const days = HISTORY_CALL_DAYS[week];
      const booked = [];
      const first = int(15, 18);
      const second = int(4, 6);
      const firstVisits = int(5, 7);
      const secondVisits = int(2, 3);
      for (let k = 0; k < first + second; k++) {
        const kind = k < first ? 'first' : 'second';
        const visited = kind === 'first' ? k < firstVisits : k - first < secondVisits;
        const session = `${addDays(week, 3 + (k % 2))}T${k % 2 ? '15:00' : '10:00'}:00`;
        booked.push({ date: days[k % days.length], kind, visited, session, customer: childName(), phone: mobile() });
      }
      for (const b of booked) {
        invites.push([b.date, adv, b.customer, b.phone, ZH.kind[b.kind], ZH.event[b.kind === 'first' ? 'demo' : pick(SECOND_EVENTS)], `${b.session.slice(0, 10)} ${hm(b.session)}`, b.visited ? '是' : '否', '', '']);
      }
      for (const day of days) {
        const mine = booked.filter((b) => b.date === day);
        for (const b of mine) calls.push([day, adv, b.customer, b.phone, b.kind === 'first' ? '新单' : '老单', ZH.purpose[`${b.kind}_invite`], '已邀约', `${b.session.slice(0, 10)} ${hm(b.session)}`, '']);
        const effective = int(50, 54);
        for (let k = mine.length; k < effective; k++) {
          const purpose = k < 36 ? 'first_invite' : k < 46 ? 'second_invite' : 'member_care';
          calls.push([day, adv, childName(), mobile(), k % 3 === 0 ? '新单' : '老单', ZH.purpose[purpose], k % 2 ? '有意向' : '无意向', '', '']);
        }
        for (let k = 0; k < int(2, 5); k++) calls.push([day, adv, childName(), mobile(), '老单', ZH.purpose.first_invite, '未接通', '', '']);
      }
    }
    const dir = path.join(outDir, week);
    fs.mkdirSync(dir, { recursive: true });
    for (const [name, headers, rows] of [['顾问每日工作日程表.csv', CALL_HEADERS.zh, calls], ['顾问邀约统计表.csv', INVITE_HEADERS.zh, invites]]) {
      fs.writeFileSync(path.join(dir, name), csvText(headers, rows));
      files.push(`${week}/${name}`);
    }
  }
  return files;
}

function newCard(adv, fields) {
  const phone = fields.phone ?? mobile();
  const card = { id: null, advisor: adv, customer: fields.customer ?? childName(), phone, source: pick(SOURCES), grade: 'B', status: 'prospect', created: '2026-06-01', lastCol: '2026-10-01', ...fields, phone };
  return card;
}

function buildWorld() {
  const cards = []; // roster
  const leads = [];
  const calls = []; // one per call, canonical values; `issue` marks the data-issue rows
  const invites = [];
  // A family is booked at most once per advisor, invite week and invite type: the engine counts
  // families, not bookings (issue 12), and the story's figures are distinct families.
  const bookedFamilies = new Set();
  const familyKey = (r, kind) => `${r.advisor}|${inviteWeekOf(r.date)}|${kind}|${r.phone}`;
  const notBooked = (kind) => (r) => !bookedFamilies.has(familyKey(r, kind));
  const pools = {};
  for (const adv of ADVISORS) {
    const prospects = [];
    for (let i = 0; i < 130; i++) {
      const created = addDays('2026-05-06', int(0, 140));
      prospects.push(newCard(adv, { created, grade: pick(['A', 'B', 'B', 'C', 'C']), lastCol: addDays('2026-10-12', int(0, 14)) }));
    }
    // Stale cards: never called in these weeks, last follow-up in August/September.
    const stale = [];
    for (let i = 0; i < 12; i++) {
      stale.push(newCard(adv, { created: addDays('2026-04-01', int(0, 90)), grade: 'C', lastCol: addDays('2026-08-03', int(0, 50)) }));
    }
    const lost = [];
    for (let i = 0; i < 4; i++) lost.push(newCard(adv, { status: 'lost', grade: 'C', created: addDays('2026-03-01', int(0, 120)), lastCol: addDays('2026-07-01', int(0, 60)) }));
    const members = [];
    for (let i = 0; i < 26; i++) {
      members.push(newCard(adv, { status: 'member', grade: 'A', created: addDays('2025-09-01', int(0, 300)), lastCol: addDays('2026-10-05', int(0, 20)) }));
    }
    cards.push(...prospects, ...stale, ...lost, ...members);
    pools[adv] = { prospects, members };
  }
  // Two landline cards (kept as written), never called.
  cards.push(newCard('王芳', { phone: '021-54661208', created: '2026-07-12', lastCol: '2026-09-02', grade: 'C' }));
  cards.push(newCard('赵强', { phone: '021-64380517', created: '2026-08-20', lastCol: '2026-09-18', grade: 'C' }));

  // Forced invites: the signed visits, plus the story's special sessions.
  const forced = [];
  const lastCallDayBefore = (adv, d) => {
    for (let x = addDays(d, -1); ; x = addDays(x, -1)) if ([3, 4, 5].includes(dayOfWeek(x)) && !onLeave(adv, x)) return x;
  };
  for (const [date, adv, type, course, amount, referrerOwner] of SIGNED_VISITS) {
    const time = isWeekend(date) ? pick(['10:00:00', '14:30:00']) : '18:30:00';
    forced.push({ advisor: adv, book: lastCallDayBefore(adv, date), session: `${date}T${time}`, visited: 'yes', signed: { type, course, amount, referrerOwner } });
  }
  // 刘洋: a Monday-evening session counts as a visit of the NEXT week (after Sunday's close).
  forced.push({ advisor: '刘洋', book: '2026-11-13', session: '2026-11-16T18:30:00', visited: 'yes' });
  forced.push({ advisor: '刘洋', book: '2026-11-20', session: '2026-11-23T18:30:00', visited: 'yes' });
  // 陈静: two second invites booked the week before, visited in week 11-18 (she books none that week).
  forced.push({ advisor: '陈静', kind: 'second', book: '2026-11-13', session: '2026-11-18T18:30:00', visited: 'yes' });
  forced.push({ advisor: '陈静', kind: 'second', book: '2026-11-13', session: '2026-11-19T18:30:00', visited: 'yes' });
  // 王芳: a Saturday trial rescheduled to Sunday (the new session is its own row).
  forced.push({ advisor: '王芳', book: '2026-11-19', session: '2026-11-21T10:00:00', visited: 'rescheduled', rebook: { date: '2026-11-21', session: '2026-11-22T10:00:00' } });

  const plans = {};
  for (const week of WEEKS) {
    for (const adv of ADVISORS) {
      const plan = weekPlan(adv, week);
      (plans[week] ??= {})[adv] = plan;
      const pool = pools[adv];
      // Cards created before this week join the old list.
      const callDays = [0, 1, 2].map((i) => addDays(week, i));
      const workDays = callDays.filter((d, i) => plan.eff[i] > 0);
      // Invites per call day: forced ones first, the rest spread Wed, Thu, Fri in turn.
      const firstByDay = Object.fromEntries(callDays.map((d) => [d, []]));
      const secondForced = Object.fromEntries(callDays.map((d) => [d, []]));
      for (const f of forced) if (f.advisor === adv && firstByDay[f.book]) (f.kind === 'second' ? secondForced : firstByDay)[f.book].push(f);
      const forcedCount = Object.values(firstByDay).reduce((n, l) => n + l.length, 0);
      const forcedSecond = Object.values(secondForced).reduce((n, l) => n + l.length, 0);
      const extraFirst = Object.fromEntries(callDays.map((d) => [d, 0]));
      for (let i = 0; i < plan.first - forcedCount; i++) extraFirst[workDays[i % workDays.length]]++;
      const secondByDay = Object.fromEntries(callDays.map((d) => [d, 0]));
      for (let i = 0; i < plan.second - forcedSecond; i++) secondByDay[workDays[i % workDays.length]]++;

      // Leads for the week, assigned on the Tuesday before.
      const assigned = addDays(week, -1);
      const freshLead = () => {
        const lead = { date: assigned, source: pick(SOURCES), customer: childName(), phone: mobile(), advisor: adv, feedback: 'pending' };
        leads.push(lead);
        return lead;
      };

      callDays.forEach((d, i) => {
        const E = plan.eff[i];
        if (E === 0) return;
        const used = new Set();
        const takeOld = (list, n, prefer = []) => {
          const out = [];
          for (const c of [...shuffle(prefer), ...shuffle(list)]) {
            if (out.length === n) break;
            if (!used.has(c.phone) && c.created < week && c.status !== 'member') {
              used.add(c.phone);
              out.push(c);
            }
          }
          if (out.length < n) throw new Error(`old list too short for ${adv} ${d}`);
          return out;
        };
        const care = Math.round((E * 4) / 50);
        const second = Math.round((E * 10) / 50);
        const first = E - second - care;
        const newEff = i === 0 ? plan.newWed ?? first - int(0, 3) : Math.min(first, int(6, 9));
        const rows = [];
        const effRow = (target, list, purpose, lead) => ({ date: d, advisor: adv, customer: target.customer, phone: target.phone, list, purpose, outcome: random() < 0.5 ? 'interested' : 'declined', appointment: null, notes: null, lead, card: lead ? null : target });
        for (let k = 0; k < newEff; k++) {
          const lead = freshLead();
          rows.push(effRow(lead, 'new', 'first_invite', lead));
        }
        for (const c of takeOld(pool.prospects, first - newEff)) rows.push(effRow(c, 'old', 'first_invite', null));
        const secondRows = takeOld(pool.prospects, second).map((c) => effRow(c, 'old', 'second_invite', null));
        const careRows = shuffle(pool.members).filter((c) => !used.has(c.phone)).slice(0, care).map((c) => effRow(c, 'old', 'member_care', null));
        careRows.forEach((r) => (r.outcome = random() < 0.7 ? 'interested' : 'declined'));
        // Invited outcomes: the day's first invites among the first-invite calls.
        const firstRows = shuffle(rows);
        const dayForced = firstByDay[d];
        const nFirstInv = dayForced.length + extraFirst[d];
        firstRows.filter(notBooked('first')).slice(0, nFirstInv).forEach((r, k) => makeInvite(r, 'first', dayForced[k]));
        secondRows.filter(notBooked('second')).slice(0, secondForced[d].length + secondByDay[d]).forEach((r, k) => makeInvite(r, 'second', secondForced[d][k]));
        rows.push(...secondRows, ...careRows);
        // Not effective: invalid numbers and no-answers, all on fresh leads.
        const nInvalid = i === 0 ? int(6, 9) : int(1, 3);
        const nNoAnswer = i === 0 ? int(4, 7) : int(2, 5);
        for (let k = 0; k < nInvalid; k++) {
          const lead = freshLead();
          lead.feedback = 'invalid';
          rows.push({ ...effRow(lead, 'new', 'first_invite', lead), outcome: pick(['invalid_number', 'invalid_number', 'suspended', 'wrong_number', 'long_distance']) });
        }
        for (let k = 0; k < nNoAnswer; k++) {
          const lead = freshLead();
          rows.push({ ...effRow(lead, 'new', 'first_invite', lead), outcome: 'no_answer' });
        }
        for (const r of shuffle(rows)) {
          if (random() < 0.06 && !r.notes) r.notes = pick(['周末有空', '孩子3岁半', '妈妈接的, 让晚上再打', '爷爷接的电话', '已加微信', '考虑一下']);
          calls.push(r);
        }
      });

      // Weekend make-up calls (Sat, Sun): old list, all effective.
      plan.makeup.forEach((n, k) => {
        const d = addDays(week, 3 + k);
        const used = new Set();
        const targets = shuffle(pool.prospects.filter((c) => c.created < week)).slice(0, n);
        targets.forEach((c, j) => {
          used.add(c.phone);
          const row = { date: d, advisor: adv, customer: c.customer, phone: c.phone, list: 'old', purpose: j % 5 === 4 ? 'second_invite' : 'first_invite', outcome: random() < 0.5 ? 'interested' : 'declined', appointment: null, notes: k === 0 && j === 0 ? '周末补呼' : null, lead: null, card: c };
          calls.push(row);
        });
      });
      // 赵强's Saturday make-up books one first invite: it counts for the NEXT week's quota.
      if (adv === '赵强' && week === STORY_WEEK) {
        const r = calls.find((c) => c.advisor === '赵强' && c.date === '2026-11-21' && c.purpose === 'first_invite');
        makeInvite(r, 'first', { session: '2026-11-25T18:30:00' });
      }
      // 张伟 comes in on Tuesday 11-17 to confirm weekend trials: dated after 11-13's close,
      // these count toward week 11-18's quota although they sit in his 11-11 file.
      if (adv === '张伟' && week === '2026-11-11') {
        const targets = shuffle(pool.prospects.filter((c) => c.created < week)).slice(0, 4);
        for (const c of targets) calls.push({ date: '2026-11-17', advisor: adv, customer: c.customer, phone: c.phone, list: 'old', purpose: 'second_invite', outcome: 'interested', appointment: null, notes: '周二提前确认', lead: null, card: c });
      }
      // New effective leads become cards (old list from next week).
      for (const r of calls) {
        if (r.advisor === adv && r.lead && !r.card && EFFECTIVE.includes(r.outcome) && r.date >= week && r.date <= addDays(week, 6)) {
          const card = newCard(adv, { customer: r.customer, phone: r.phone, source: r.lead.source, created: r.date, grade: r.outcome === 'invited' ? 'A' : r.outcome === 'interested' ? 'B' : 'C', lastCol: r.date });
          r.card = card;
          cards.push(card);
          pool.prospects.push(card);
        }
      }
    }
  }

  function makeInvite(callRow, kind, f) {
    bookedFamilies.add(familyKey(callRow, kind));
    callRow.outcome = 'invited';
    const session = f?.session ?? sessionAfter(callRow.date, kind);
    callRow.appointment = session;
    const invite = { date: callRow.date, advisor: callRow.advisor, customer: callRow.customer, phone: callRow.phone, kind, event: kind === 'first' ? 'demo' : pick(SECOND_EVENTS), session, visited: f?.visited ?? null, forced: Boolean(f?.visited), signed: f?.signed ?? null, card: callRow.card, lead: callRow.lead, notes: null };
    invites.push(invite);
    if (f?.rebook) {
      invite.notes = '家长临时有事，改到周日';
      invites.push({ ...invite, date: f.rebook.date, session: f.rebook.session, visited: 'yes', forced: true, notes: '改约后场次' });
    }
  }
  function sessionAfter(d, kind) {
    // Trial classes: weekday evenings (18:30, never at an as-of edge) and weekends; a few the next week.
    const week = d >= '2026-10-28' ? WEEKS.filter((w) => w <= d).pop() : d;
    const options = [];
    for (let k = 1; k <= 4; k++) {
      const s = addDays(d, k);
      if (s > addDays(week, 4)) break;
      if (isWeekend(s)) options.push(`${s}T10:00:00`, `${s}T14:30:00`, `${s}T16:00:00`);
      else options.push(`${s}T18:30:00`);
    }
    if (kind === 'first' && random() < 0.12) options.length = 0, options.push(`${addDays(week, 7)}T18:30:00`, `${addDays(week, 8)}T18:30:00`);
    return pick(options);
  }

  // Visits: per advisor and visit window, the planned numbers of 是, the rest 否.
  for (const week of WEEKS) {
    const [from, to] = visitWindow(week);
    for (const adv of ADVISORS) {
      const plan = plans[week][adv];
      for (const [kind, wanted] of [['first', plan.firstVisits], ['second', plan.secondVisits]]) {
        const inWindow = invites.filter((v) => v.advisor === adv && v.kind === kind && v.session > from && v.session <= to);
        const already = inWindow.filter((v) => v.visited === 'yes').length;
        const open = shuffle(inWindow.filter((v) => v.visited === null));
        if (open.length < wanted - already) throw new Error(`not enough sessions for ${adv} ${week} ${kind}`);
        open.forEach((v, k) => (v.visited = k < wanted - already ? 'yes' : 'no'));
      }
    }
  }
  // New-lead invites got their card only once the card was made: link them by phone.
  const cardByPhone = new Map(cards.map((c) => [c.phone, c]));
  for (const v of invites) {
    v.card = cardByPhone.get(v.phone) ?? null;
    if (v.visited === null && v.session <= COLLECTED) v.visited = random() < 0.35 ? 'yes' : 'no';
  }

  // Contracts: history (September-October, before the sheets start), signed visits, renewals.
  const contracts = [];
  const memberOf = (adv) => {
    const m = pools[adv].members.filter((c) => !c.usedForContract);
    const c = pick(m);
    c.usedForContract = true;
    return c;
  };
  const history = [
    ['2026-09-06', '张伟', 'referral', 'one_year', 9800, '2026-09-12'], // reward due 11-12
    ['2026-09-19', '赵强', 'referral', 'multi_year', 19800, '2026-09-26'], // reward due 11-26
    ['2026-10-10', '李娜', 'referral', 'one_year', 12800, '2026-10-17'], // due 12-17: not yet
  ];
  for (let i = 0; i < 21; i++) {
    const date = addDays('2026-09-01', int(0, 55));
    const type = random() < 0.6 ? 'new' : 'renewal';
    const course = pick(['one_year', 'one_year', 'multi_year', 'installment']);
    history.push([date, pick(ADVISORS), type, course, { one_year: pick([9800, 12800]), multi_year: pick([19800, 26800]), installment: pick([2680, 6800]) }[course], addDays(date, int(3, 12))]);
  }
  for (const [date, adv, type, course, amount, start] of history) {
    const student = memberOf(adv);
    contracts.push({ date, advisor: adv, student: student.customer, phone: student.phone, type, course, amount, referrer: type === 'referral' ? memberOf(adv).customer : null, start });
  }
  for (const v of invites.filter((x) => x.signed)) {
    const { type, course, amount, referrerOwner } = v.signed;
    const date = v.session.slice(0, 10);
    const referrer = type === 'referral' ? memberOf(referrerOwner ?? v.advisor).customer : null;
    contracts.push({ date, advisor: v.advisor, student: v.customer, phone: v.phone, type, course, amount, referrer, start: addDays(date, int(4, 12)) });
    if (v.card) v.card.status = 'member';
    if (v.lead) v.lead.feedback = 'signed';
  }
  const renewalPlans = [];
  for (const [date, adv, course, amount, inPlan] of RENEWALS) {
    const m = memberOf(adv);
    contracts.push({ date, advisor: adv, student: m.customer, phone: m.phone, type: 'renewal', course, amount, referrer: null, start: addDays(date, int(5, 20)) });
    if (inPlan) renewalPlans.push({ month: '2026-11', advisor: adv, student: m.customer, phone: m.phone, end: addDays(date, int(3, 20)), left: int(2, 8), planned: addDays(date, -int(0, 4)), amount, status: 'renewed' });
  }
  for (const month of ['2026-11', '2026-12']) {
    for (const adv of ADVISORS) {
      const n = month === '2026-11' ? int(1, 3) : int(3, 5);
      for (let i = 0; i < n; i++) {
        const m = memberOf(adv);
        const planned = addDays(`${month}-01`, int(2, 27));
        renewalPlans.push({ month, advisor: adv, student: m.customer, phone: m.phone, end: addDays(planned, int(0, 10)), left: int(1, 10), planned, amount: pick([9800, 12800, 19800]), status: month === '2026-11' ? (random() < 0.3 ? 'lost' : 'planned') : 'planned' });
      }
    }
  }
  // October's plan holds October's (history) renewals, submitted on time: October stays quiet.
  // Fixed values, no draws, so the rest of the data keeps its random stream.
  for (const c of contracts.filter((x) => x.type === 'renewal' && x.date.startsWith('2026-10'))) {
    renewalPlans.push({ month: '2026-10', advisor: c.advisor, student: c.student, phone: c.phone, end: addDays(c.date, 10), left: 2, planned: addDays(c.date, -2), amount: c.amount, status: 'renewed' });
  }
  contracts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  contracts.forEach((c, i) => (c.contract_no = `HT${c.date.slice(0, 4)}${c.date.slice(5, 7)}${String(i + 1).padStart(3, '0')}`));

  // Roster state at collection: statuses and last follow-up column.
  const lastEffective = new Map();
  for (const c of calls) if (c.phone && EFFECTIVE.includes(c.outcome) && !(lastEffective.get(c.phone) >= c.date)) lastEffective.set(c.phone, c.date);
  for (const v of invites) {
    if (!v.card) continue;
    if (v.card.status === 'prospect' && v.visited === 'yes') v.card.status = random() < 0.15 ? 'deposit' : 'visited';
    if (v.lead && v.lead.feedback !== 'signed') v.lead.feedback = v.visited === 'yes' ? 'visited' : 'invited';
  }
  cards.forEach((c, i) => {
    c.id = `C${String(10001 + i)}`;
    const last = lastEffective.get(c.phone);
    // The column lags the calls on some cards: the later of the two is the follow-up.
    if (last) c.lastCol = random() < 0.25 ? (addDays(last, -int(1, 6)) < c.created ? c.created : addDays(last, -int(1, 6))) : last;
  });

  // Next week's market leads, delivered on Saturday 11-21 and not yet assigned to anyone: dated
  // before the story week's Sunday check, so the new-lead cut of week 11-18 has leads to cut.
  for (let i = 0; i < 60; i++) leads.push({ date: '2026-11-21', source: pick(SOURCES), customer: childName(), phone: mobile(), advisor: null, feedback: 'pending' });

  // Callback checks: 5 effective calls per advisor and week, called back on Saturday.
  const callbacks = [];
  for (const week of WEEKS) {
    for (const adv of ADVISORS) {
      const eff = calls.filter((c) => c.advisor === adv && c.phone && EFFECTIVE.includes(c.outcome) && c.date >= week && c.date <= addDays(week, 2));
      // Five customers, not five calls: a customer called twice is checked once.
      shuffle(eff).filter((c, k, all) => all.findIndex((x) => x.phone === c.phone) === k).slice(0, 5).forEach((c, k) => {
        const unreachable = (week === '2026-11-11' && adv === '王芳' && k === 2) || (week === '2026-11-25' && adv === '赵强' && k === 0);
        callbacks.push({ date: addDays(week, 3), advisor: adv, phone: c.phone, result: unreachable ? 'unreachable' : 'genuine' });
      });
    }
  }

  plantIssues(calls);
  return { cards, leads, calls, invites, contracts, renewalPlans, callbacks, plans };
}

/**
 * The data issues of the story week, planted in the rows before anything is counted, so the
 * counting sees exactly what the files hold.
 */
function plantIssues(calls) {
  const at = (adv, date, test = () => true) => calls.findIndex((c) => c.advisor === adv && c.date === date && test(c));
  const thu = addDays(STORY_WEEK, 1);
  const fri = addDays(STORY_WEEK, 2);
  // 李娜: a member-care call with its phone left blank - still an effective call.
  const li = at('李娜', STORY_WEEK, (c) => c.purpose === 'member_care');
  calls[li] = { ...calls[li], phone: null, issue: { code: 'missing-required', field: 'phone', note: 'still counted as an effective call' } };
  // 赵强: an outcome word that is no outcome - neither effective nor invalid.
  calls.splice(at('赵强', thu) + 7, 0, { date: thu, advisor: '赵强', customer: childName(), phone: mobile(), list: 'new', purpose: 'first_invite', outcome: null, rawOutcome: '稍后再打', appointment: null, notes: null, issue: { code: 'bad-enum', field: 'outcome', note: 'unknown outcome word: neither effective nor invalid' } });
  // 陈静: 11月31日 does not exist - the row cannot be placed in any week.
  calls.splice(at('陈静', fri) + 3, 0, { date: null, sortDate: fri, rawDate: '11月31日', advisor: '陈静', customer: childName(), phone: mobile(), list: 'old', purpose: 'first_invite', outcome: 'interested', appointment: null, notes: null, issue: { code: 'bad-date', field: 'date', note: 'impossible date: cannot be placed in a week, not counted' } });
  // 刘洋: one call pasted twice - counted once.
  const liu = at('刘洋', thu, (c) => c.outcome === 'interested');
  calls.splice(liu + 1, 0, { ...calls[liu], issue: { code: 'duplicate-row', field: null, note: 'same call twice: counted once' } });
}

/** Visits of a week: sessions after the previous Sunday's close, up to this Sunday's close. */
function visitWindow(week) {
  return [`${addDays(week, -3)}T${CLOSE}`, `${addDays(week, 4)}T${CLOSE}`];
}

// ---------------------------------------------------------------- counting (expected.json)

/**
 * What a reader sees: rows with an impossible date cannot be placed (dropped), a row repeated
 * cell for cell counts once, an unknown outcome word is neither effective nor invalid, a call
 * without a phone still counts.
 */
function readableCalls(calls) {
  const seen = new Set();
  return calls.filter((c) => {
    if (c.date === null) return false;
    const key = [c.date, c.advisor, c.customer, c.phone, c.list, c.purpose, c.outcome, c.rawOutcome, c.appointment, c.notes].join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The week whose invite quota a booking dated `d` counts toward: Sat and Sun belong to the next. */
function inviteWeekOf(d) {
  const start = addDays(d, -((dayOfWeek(d) - 3 + 7) % 7));
  return d > addDays(start, 2) ? addDays(start, 7) : start;
}

/** Families (by phone, else customer name), not rows: §1.1.1(2)①b counts 人数. */
const families = (rows) => new Set(rows.map((v) => v.phone ?? `name:${v.customer}`)).size;

/** Every metric of commands.md for one advisor and week, as of a wall-clock time. */
function weekMetrics(world, adv, week, asOf) {
  const asOfDate = asOf.slice(0, 10);
  const friday = addDays(week, 2);
  const sat = addDays(week, 3);
  const sun = addDays(week, 4);
  const calls = readableCalls(world.calls).filter((c) => c.advisor === adv && c.date <= asOfDate);
  // Quota period closing on this Friday: after last Friday's close (Sat) up to this Friday,
  // but effective Sat/Sun calls are make-ups and count toward nothing else.
  const inPeriod = calls.filter((c) => c.date >= addDays(week, -4) && c.date <= friday && !(isWeekend(c.date) && EFFECTIVE.includes(c.outcome)));
  const effective = inPeriod.filter((c) => EFFECTIVE.includes(c.outcome));
  const invites = world.invites.filter((v) => v.advisor === adv && v.date <= asOfDate && v.date >= addDays(week, -4) && v.date <= friday);
  const [from, to] = visitWindow(week);
  const visits = world.invites.filter((v) => v.advisor === adv && v.visited === 'yes' && v.session > from && v.session <= to && v.session <= asOf);
  const contracts = world.contracts.filter((c) => c.advisor === adv && c.date >= week && c.date <= addDays(week, 6) && c.date <= asOfDate);
  const enrolments = contracts.filter((c) => c.type !== 'renewal').length;
  const byDay = Object.fromEntries([0, 1, 2].map((i) => addDays(week, i)).map((d) => [d, effective.filter((c) => c.date === d).length]));
  return {
    metrics: {
      effectiveCalls: effective.length,
      invalidCalls: inPeriod.filter((c) => INVALID.includes(c.outcome)).length,
      newCalls: effective.filter((c) => c.list === 'new').length,
      oldCalls: effective.filter((c) => c.list === 'old').length,
      firstInviteCalls: effective.filter((c) => c.purpose === 'first_invite').length,
      secondInviteCalls: effective.filter((c) => c.purpose === 'second_invite').length,
      memberCareCalls: effective.filter((c) => c.purpose === 'member_care').length,
      makeupCalls: calls.filter((c) => (c.date === sat || c.date === sun) && !HOLIDAYS.includes(c.date) && EFFECTIVE.includes(c.outcome)).length,
      firstInvites: families(invites.filter((v) => v.kind === 'first')),
      secondInvites: families(invites.filter((v) => v.kind === 'second')),
      firstVisits: families(visits.filter((v) => v.kind === 'first')),
      secondVisits: families(visits.filter((v) => v.kind === 'second')),
      contracts: contracts.length,
      amount: contracts.reduce((s, c) => s + c.amount, 0),
      // results.ts: 4 decimals, 0 when there were no visits.
      signRate: visits.length ? Math.round((enrolments / visits.length) * 10000) / 10000 : 0,
    },
    byDay,
  };
}

/** met when reached; otherwise pending before the close, missed after it. */
const status = (actual, target, closed) => (actual >= target ? 'met' : closed ? 'missed' : 'pending');

/** Rule statuses of one advisor and week as of a time (manual.md quota rules). */
function weekStatuses(world, adv, week, asOf) {
  const { metrics: m, byDay } = weekMetrics(world, adv, week, asOf);
  const callsClosed = asOf >= `${addDays(week, 2)}T${CLOSE}`;
  const sundayClosed = asOf >= `${addDays(week, 4)}T${CLOSE}`;
  const excusedDays = Object.keys(byDay).filter((d) => LEAVE.some((l) => l.advisor === adv && l.date === d && l.type === 'sick' && l.proof === 'yes'));
  const callDays = Object.keys(byDay).filter((d) => !HOLIDAYS.includes(d)).length;
  const weeklyTarget = PER_CALL_DAY * (callDays - excusedDays.length);
  const daily = {};
  for (const [d, n] of Object.entries(byDay)) daily[d] = excusedDays.includes(d) ? 'excused' : status(n, PER_CALL_DAY, asOf >= `${d}T${CLOSE}`);
  const share = m.effectiveCalls ? m.newCalls / m.effectiveCalls : 0;
  const s = {
    'calls.daily': daily,
    'calls.weekly': weeklyTarget === 0 ? 'excused' : status(m.effectiveCalls, weeklyTarget, callsClosed),
    'calls.new-old-ratio': callsClosed ? (Math.abs(share - NEW_SHARE) <= SHARE_TOLERANCE ? 'met' : 'missed') : 'pending',
    'invites.first': status(m.firstInvites, scaled(FIRST_INVITES, callDays), callsClosed),
    'invites.second': status(m.secondInvites, scaled(SECOND_INVITES, callDays), callsClosed),
    'invites.second-zero': m.secondInvites > 0 ? 'met' : callsClosed ? 'missed' : 'pending',
    'visits.first': status(m.firstVisits, scaled(FIRST_VISITS, callDays), sundayClosed),
    'visits.second': status(m.secondVisits, scaled(SECOND_VISITS, callDays), sundayClosed),
    'visits.total': status(m.firstVisits + m.secondVisits, scaled(TOTAL_VISITS, callDays), sundayClosed),
  };
  // The make-up is owed only after a missed invites quota, and judged at Sunday's close.
  const noMakeupDay = [addDays(week, 3), addDays(week, 4)].every((d) => HOLIDAYS.includes(d));
  if (s['invites.first'] === 'missed' || s['invites.second'] === 'missed') s['invites.makeup'] = noMakeupDay ? 'excused' : status(m.makeupCalls, MAKEUP_CALLS, sundayClosed);
  return { metrics: m, weeklyTarget, statuses: s };
}

/** team.bonus of the month whose weeks have their Friday in it, as of a time. */
function teamBonus(world, month, asOf) {
  const weeks = WEEKS.filter((w) => addDays(w, 2).startsWith(month));
  const reasons = [];
  for (const week of weeks) {
    for (const adv of ADVISORS) {
      const { metrics, weeklyTarget, statuses } = weekStatuses(world, adv, week, asOf);
      if (statuses['calls.weekly'] === 'missed') reasons.push({ week, advisor: adv, rule: 'calls.weekly', actual: metrics.effectiveCalls, target: weeklyTarget });
      if (statuses['invites.makeup'] === 'missed') reasons.push({ week, advisor: adv, rule: 'invites.makeup', actual: metrics.makeupCalls, target: MAKEUP_CALLS });
    }
  }
  for (const cb of world.callbacks) {
    // A fabricated callback cancels the bonus of the month whose weeks hold its date (the bonus is week-based).
    const inWeeks = weeks.some((w) => cb.date >= w && cb.date <= addDays(w, 6));
    if (cb.result === 'fabricated' && inWeeks && cb.date <= asOf.slice(0, 10)) reasons.push({ date: cb.date, advisor: cb.advisor, rule: 'callbacks', result: 'fabricated' });
  }
  const lastClose = `${addDays(weeks[weeks.length - 1], 4)}T${CLOSE}`;
  return { status: reasons.length ? 'missed' : asOf >= lastClose ? 'met' : 'pending', reasons };
}

function countExpected(world) {
  const storyWeek = {};
  for (const [label, asOf] of [['friday', FRIDAY_AS_OF], ['sunday', SUNDAY_AS_OF]]) {
    storyWeek[label] = {
      asOf: `${asOf}+08:00`,
      advisors: ADVISORS.map((adv) => ({ advisor: adv, ...weekStatuses(world, adv, STORY_WEEK, asOf) })),
      team: { 'team.bonus': teamBonus(world, MONTH, asOf) },
    };
  }
  // Every week at its Tuesday night (everything closed), for the trend and the "other weeks".
  const weeks = {};
  for (const week of WEEKS) {
    const asOf = `${addDays(week, 6)}T23:00:00`;
    weeks[week] = Object.fromEntries(ADVISORS.map((adv) => {
      const r = weekStatuses(world, adv, week, asOf);
      const missed = Object.entries(r.statuses).filter(([k, v]) => v === 'missed' && k !== 'calls.daily').map(([k]) => k);
      const dailyMissed = Object.entries(r.statuses['calls.daily']).filter(([, v]) => v === 'missed').map(([d]) => d);
      return [adv, { effectiveCalls: r.metrics.effectiveCalls, weeklyTarget: r.weeklyTarget, firstInvites: r.metrics.firstInvites, secondInvites: r.metrics.secondInvites, makeupCalls: r.metrics.makeupCalls, visits: r.metrics.firstVisits + r.metrics.secondVisits, contracts: r.metrics.contracts, missed, dailyMissed, makeup: r.statuses['invites.makeup'] ?? null }];
    }));
  }

  // The month: contracts signed in November (by signed date).
  const monthContracts = world.contracts.filter((c) => c.date.startsWith(MONTH));
  const count = (list, key, values) => Object.fromEntries(values.map((v) => [v, list.filter((c) => c[key] === v).length]));
  const byType = count(monthContracts, 'type', ['new', 'referral', 'renewal']);
  const byCourse = count(monthContracts, 'course', ['one_year', 'multi_year', 'installment']);
  const mix = (counts, targets) => Object.fromEntries(Object.entries(targets).map(([k, t]) => {
    const share = counts[k] / monthContracts.length;
    return [k, { share: Math.round(share * 10000) / 10000, target: t, status: Math.abs(share - t) <= SHARE_TOLERANCE ? 'met' : 'missed' }];
  }));
  // Renewal plans: on time if submitted on or before the 1st of the plan month.
  const planDue = {};
  for (const month of ['2026-11', '2026-12']) {
    planDue[month] = Object.fromEntries(ADVISORS.map((adv) => [adv, { submitted: PLAN_SUBMITTED[month][adv], status: PLAN_SUBMITTED[month][adv] <= `${month}-01` ? 'met' : 'missed' }]));
  }
  const onTimePlan = world.renewalPlans.filter((p) => p.month === MONTH && planDue[MONTH][p.advisor].status === 'met');
  const renewals = monthContracts.filter((c) => c.type === 'renewal').map((c) => {
    const lateplan = planDue[MONTH][c.advisor].status === 'missed';
    const inPlan = onTimePlan.some((p) => p.advisor === c.advisor && (p.student === c.student || p.phone === c.phone));
    return { date: c.date, advisor: c.advisor, student: c.student, amount: c.amount, counted: inPlan, reason: inPlan ? null : lateplan ? 'renewals.plan-due' : 'renewals.unplanned' };
  });
  const sum = (list) => list.reduce((s, c) => s + c.amount, 0);
  const counted = renewals.filter((r) => r.counted);
  const notCounted = renewals.filter((r) => !r.counted);
  // 招生人数奖: most new+referral contracts; on a tie, who reached that count first.
  const enrol = monthContracts.filter((c) => c.type !== 'renewal');
  const perAdvisor = Object.fromEntries(ADVISORS.map((a) => [a, enrol.filter((c) => c.advisor === a).length]));
  const best = Math.max(...Object.values(perAdvisor));
  const reachedOn = (a) => enrol.filter((c) => c.advisor === a)[best - 1].date;
  const tied = ADVISORS.filter((a) => perAdvisor[a] === best).sort((a, b) => (reachedOn(a) < reachedOn(b) ? -1 : 1));
  // 首单奖: the month's first new contract that is not an installment (file order breaks a tie).
  const firstOrder = monthContracts.find((c) => c.type === 'new' && c.course !== 'installment');
  const monthEnd = addMonths(`${MONTH}-01`, 1);
  const rewardsDue = world.contracts.filter((c) => c.type === 'referral' && c.start && addMonths(c.start, 2) < monthEnd)
    .map((c) => ({ advisor: c.advisor, student: c.student, referrer: c.referrer, start: c.start, due: addMonths(c.start, 2), amount: 300 }));
  const referrersElsewhere = monthContracts.filter((c) => c.type === 'referral' && world.cards.some((k) => k.customer === c.referrer && k.advisor !== c.advisor))
    .map((c) => ({ advisor: c.advisor, student: c.student, referrer: c.referrer, owner: world.cards.find((k) => k.customer === c.referrer).advisor }));
  const teamAtMonthEnd = teamBonus(world, MONTH, '2026-12-02T12:00:00');

  // Reallocation consequences of week 11-18.
  const prospectCards = (adv) => world.cards.filter((c) => c.advisor === adv && c.status !== 'member' && c.status !== 'lost').length;
  const unassigned = world.leads.filter((l) => !l.advisor).length;
  const equalShare = unassigned / ADVISORS.length;
  const cut = Math.floor((4 / 5) * equalShare);
  // Stale cards at the December swap (as of 2026-12-01): prospect cards whose later of roster
  // follow-up and latest call to the phone is 30+ days old.
  const lastCall = new Map();
  for (const c of readableCalls(world.calls)) if (c.phone && !(lastCall.get(`${c.advisor}|${c.phone}`) >= c.date)) lastCall.set(`${c.advisor}|${c.phone}`, c.date);
  const stale = Object.fromEntries(ADVISORS.map((adv) => [adv, world.cards.filter((c) => {
    if (c.advisor !== adv || c.status === 'member' || c.status === 'lost' || c.created >= '2026-12-01') return false;
    const call = lastCall.get(`${adv}|${c.phone}`);
    const last = call && call > c.lastCol ? call : c.lastCol;
    return last <= addDays('2026-12-01', -30);
  }).length]));

  return {
    center: CENTER,
    seed: SEED,
    generator: 'scripts/make-demo-center.mjs',
    definitions: 'Counted by the generator from its rows: calls of the quota period closing on the week Friday (Sat before .. Fri; effective Sat/Sun calls are make-ups only), invites by invite date in the same period, visits by session in (previous Sunday 18:00, Sunday 18:00], invites and visits as families (one per phone and invite type), contracts by signed date Wed..Tue, month figures by calendar month, the team bonus by the weeks whose Friday is in the month; records after the as-of left out; impossible-date row dropped, duplicate row once, unknown outcome neither effective nor invalid, missing phone still counted.',
    week: { start: STORY_WEEK, end: addDays(STORY_WEEK, 6) },
    storyWeek,
    weeks,
    month: {
      month: MONTH,
      contracts: { count: monthContracts.length, amount: sum(monthContracts), byType, byCourse },
      typeMix: mix(byType, TYPE_MIX),
      courseMix: mix(byCourse, COURSE_MIX),
      salesAmount: sum(monthContracts) - sum(notCounted),
      renewals: { counted: { count: counted.length, amount: sum(counted) }, notCounted: { count: notCounted.length, amount: sum(notCounted) }, list: renewals },
      renewalPlanDue: planDue,
      teamBonus: { status: teamAtMonthEnd.status === 'missed' ? 'cancelled' : teamAtMonthEnd.status === 'met' ? 'kept' : 'pending', asOf: '2026-12-02T12:00:00+08:00', reasons: teamAtMonthEnd.reasons },
      enrollmentsByAdvisor: perAdvisor,
      awards: { enrollment: tied[0], enrollmentTie: tied.length > 1 ? tied.map((a) => ({ advisor: a, reachedOn: reachedOn(a) })) : null, firstOrder: firstOrder.advisor, firstOrderContract: { date: firstOrder.date, course: firstOrder.course } },
      referralRewardsDue: rewardsDue,
      referralOwnerWarnings: referrersElsewhere,
      talks: Object.fromEntries(ADVISORS.map((a) => [a, TALKS.filter((t) => t.advisor === a && t.date.startsWith(MONTH)).length])),
      complaintsVerified: COMPLAINTS.filter((c) => c.verified === 'yes').map((c) => c.advisor),
      callbacks: { checked: world.callbacks.filter((c) => c.date.startsWith(MONTH)).length, fabricated: world.callbacks.filter((c) => c.result === 'fabricated').length, unreachable: world.callbacks.filter((c) => c.result === 'unreachable').length },
    },
    reallocation: {
      week: STORY_WEEK,
      secondZero: { advisor: '陈静', prospectCards: prospectCards('陈静'), cardsToMove: Math.round(prospectCards('陈静') / 5) },
      newLeadCut: { advisor: '刘洋', unassignedLeads: unassigned, equalShare, share: cut, othersShare: unassigned - cut },
    },
    roster: { cards: world.cards.length, staleAt20261201: stale },
  };
}

/** The story of STORY.md, checked on the counts: a change of seed or plan cannot break it silently. */
function assertStory(e) {
  const at = (when, adv) => e.storyWeek[when].advisors.find((a) => a.advisor === adv);
  const fails = [];
  const expect = (ok, what) => ok || fails.push(what);
  const sun = (adv) => at('sunday', adv);
  expect(Object.entries(sun('张伟').statuses).every(([k, v]) => k === 'calls.daily' || v === 'met'), '张伟 meets everything');
  expect(sun('王芳').metrics.effectiveCalls === 149 && sun('王芳').statuses['calls.weekly'] === 'missed', '王芳 149 calls');
  expect(sun('李娜').weeklyTarget === 100 && sun('李娜').metrics.effectiveCalls >= 100, '李娜 sick, target 100');
  expect(sun('赵强').metrics.firstInvites === 12 && at('friday', '赵强').statuses['invites.makeup'] === 'pending' && sun('赵强').statuses['invites.makeup'] === 'met', '赵强 12 first invites, make-up met');
  expect(sun('陈静').metrics.secondInvites === 0 && sun('陈静').statuses['invites.second-zero'] === 'missed' && sun('陈静').statuses['invites.makeup'] === 'met', '陈静 zero second invites');
  expect(sun('刘洋').metrics.firstVisits + sun('刘洋').metrics.secondVisits === 3 && sun('刘洋').statuses['visits.total'] === 'missed', '刘洋 3 visits');
  for (const adv of ['张伟', '李娜', '王芳', '陈静', '赵强']) expect(sun(adv).statuses['visits.total'] === 'met', `${adv} visits.total met`);
  expect(e.storyWeek.friday.team['team.bonus'].status === 'missed', 'team bonus missed on Friday');
  expect(e.month.teamBonus.status === 'cancelled' && e.month.teamBonus.reasons.length === 1, 'team bonus cancelled for 王芳 alone');
  expect(Object.values(e.month.typeMix).every((m) => m.status === 'met'), 'type mix within tolerance');
  expect(Object.values(e.month.courseMix).filter((m) => m.status === 'missed').length === 1, 'one course share outside tolerance');
  expect(e.month.awards.enrollment === '张伟' && e.month.awards.firstOrder === '李娜', 'awards');
  expect(e.month.renewals.notCounted.count === 2, 'two renewals not counted');
  expect(e.month.referralRewardsDue.length === 2, 'two referral rewards due');
  const other = Object.entries(e.weeks).flatMap(([w, v]) => Object.entries(v).filter(([, m]) => m.missed.length).map(([a]) => `${w} ${a}`));
  expect(other.join() === '2026-11-04 刘洋,2026-11-18 王芳,2026-11-18 刘洋,2026-11-18 陈静,2026-11-18 赵强', `only the story's misses (got ${other.join()})`);
  if (fails.length) throw new Error(`demo story broken: ${fails.join('; ')}`);
}

// ---------------------------------------------------------------- center-level rows

const TALKS = [
  ...ADVISORS.map((a, i) => ({ date: addDays('2026-10-28', i % 3), advisor: a, kind: 'formal', notes: '10月目标确认，新单名单使用情况' })),
  { date: '2026-11-06', advisor: '张伟', kind: 'formal', notes: '11月目标与转介绍计划' },
  { date: '2026-11-13', advisor: '李娜', kind: 'formal', notes: '续费计划跟进' },
  { date: '2026-11-20', advisor: '王芳', kind: 'informal', notes: '周五下班前呼出差1通，提醒周报影响全组奖金' },
  { date: '2026-11-23', advisor: '王芳', kind: 'formal', notes: '149通未达标，团队奖金取消，改进计划' },
  { date: '2026-11-24', advisor: '刘洋', kind: 'formal', notes: '到访仅3组，下周新单削减1/5' },
  { date: '2026-11-24', advisor: '陈静', kind: 'formal', notes: '本周二邀为零，1/5潜在客户卡重新分配' },
];
const COMPLAINTS = [
  { date: '2026-11-12', advisor: '刘洋', customer: null, verified: 'yes', notes: '体验课教具未准备，家长等候20分钟' },
  { date: '2026-11-24', advisor: '王芳', customer: null, verified: 'no', notes: '家长称来电过多，核实为正常回访' },
];
const TARGETS = [
  { period: '2026-11', advisor: null, enrollments: 20, amount: 300000 },
  { period: '2026-11', advisor: '张伟', enrollments: 4, amount: 55000 },
  { period: '2026-11', advisor: '李娜', enrollments: 4, amount: 55000 },
  { period: '2026-11', advisor: '王芳', enrollments: 3, amount: 45000 },
  { period: '2026-11', advisor: '刘洋', enrollments: 3, amount: 45000 },
  { period: '2026-11', advisor: '陈静', enrollments: 3, amount: 50000 },
  { period: '2026-11', advisor: '赵强', enrollments: 3, amount: 50000 },
];

// ---------------------------------------------------------------- writing

const CALL_HEADERS = {
  zh: ['日期', '顾问', '客户姓名', '联系电话', '名单类型', '呼出类型', '通话结果', '预约时间', '备注'],
  alias: ['呼出日期', '课程顾问', '孩子姓名', '手机号', '新老单', '类型', '结果', '邀约时间', '备注'],
  en: ['Date', 'Advisor', 'Customer', 'Phone', 'List', 'Call type', 'Outcome', 'Appointment', 'Notes'],
};
const INVITE_HEADERS = {
  zh: ['邀约日期', '顾问', '客户姓名', '联系电话', '邀约类型', '活动形式', '预约场次', '是否到访', '是否签约', '备注'],
  alias: ['日期', '顾问', '学员姓名', '联系电话', '类型', '形式', '体验时间', '到访', '签约', '备注'],
  en: ['Invite date', 'Advisor', 'Customer', 'Phone', 'Invite type', 'Event', 'Session', 'Visited', 'Signed', 'Notes'],
};

/** One call as the advisor's style writes it. */
function callCells(style, c) {
  const date = c.rawDate ?? c.date;
  const outcome = c.rawOutcome ?? (style === 'en' ? EN.outcome[c.outcome] : ZH.outcome[c.outcome]);
  switch (style) {
    case 'en':
      return [excelDate(date), c.advisor, c.customer, c.phone, c.list, EN.purpose[c.purpose], outcome, c.appointment && excelDate(c.appointment), c.notes];
    case 'zh-alias':
      return [slashDate(date), c.advisor, c.customer, c.phone, ZH.list[c.list], ZH.purposeShort[c.purpose], outcome, c.appointment && `${slashDate(c.appointment)} ${hm(c.appointment)}`, c.notes];
    case 'csv-gbk':
      return [slashDate(date), c.advisor, c.customer, c.phone, ZH.list[c.list], ZH.purpose[c.purpose], outcome, c.appointment && `${slashDate(c.appointment)} ${hm(c.appointment)}`, c.notes];
    case 'zh-md':
      return [c.rawDate ?? mdDate(date), c.advisor, c.customer, c.phone, ZH.list[c.list], ZH.purpose[c.purpose], outcome, c.appointment && `${mdDate(c.appointment)} ${cnTime(c.appointment)}`, c.notes];
    case 'zh-notes': // phones typed as numbers
      return [excelDate(date), c.advisor, c.customer, c.phone && Number(c.phone), ZH.list[c.list], ZH.purpose[c.purpose], outcome, c.appointment && excelDate(c.appointment), c.notes];
    default:
      return [excelDate(date), c.advisor, c.customer, c.phone, ZH.list[c.list], ZH.purpose[c.purpose], outcome, c.appointment && excelDate(c.appointment), c.notes];
  }
}
function inviteCells(style, v) {
  const signed = v.visited === 'yes' ? (v.signed ? 'yes' : 'no') : null;
  const zhYes = (x) => x && ZH.yesNo[x];
  switch (style) {
    case 'en':
      return [excelDate(v.date), v.advisor, v.customer, v.phone, v.kind, EN.event[v.event], excelDate(v.session), v.visited, signed, v.notes];
    case 'zh-alias':
      return [slashDate(v.date), v.advisor, v.customer, v.phone, ZH.kind[v.kind], ZH.eventShort[v.event], `${slashDate(v.session)} ${hm(v.session)}`, zhYes(v.visited), zhYes(signed), v.notes];
    case 'csv-gbk':
      return [slashDate(v.date), v.advisor, v.customer, v.phone, ZH.kind[v.kind], ZH.event[v.event], `${slashDate(v.session)} ${hm(v.session)}`, zhYes(v.visited), zhYes(signed), v.notes];
    case 'zh-md':
      return [mdDate(v.date), v.advisor, v.customer, v.phone, ZH.kind[v.kind], ZH.event[v.event], `${mdDate(v.session)} ${cnTime(v.session)}`, zhYes(v.visited), zhYes(signed), v.notes];
    case 'zh-notes':
      return [excelDate(v.date), v.advisor, v.customer, Number(v.phone), ZH.kind[v.kind], ZH.event[v.event], excelDate(v.session), zhYes(v.visited), zhYes(signed), v.notes];
    default:
      return [excelDate(v.date), v.advisor, v.customer, v.phone, ZH.kind[v.kind], ZH.event[v.event], excelDate(v.session), zhYes(v.visited), zhYes(signed), v.notes];
  }
}

function newWorkbook() {
  const wb = new ExcelJS.Workbook();
  wb.creator = CENTER;
  wb.lastModifiedBy = CENTER;
  wb.created = FIXED_INSTANT;
  wb.modified = FIXED_INSTANT;
  return wb;
}
/**
 * A sheet: optional title rows above the header (the first merged across), then the rows.
 * Returns the Excel row number of the first data row.
 */
function addSheet(wb, name, headers, rows, { titles = [], widths } = {}) {
  const ws = wb.addWorksheet(name);
  titles.forEach((t, i) => {
    ws.getRow(i + 1).getCell(1).value = t;
    if (i === 0 && t) {
      ws.mergeCells(1, 1, 1, headers.length);
      ws.getRow(1).getCell(1).font = { bold: true, size: 14 };
      ws.getRow(1).getCell(1).alignment = { horizontal: 'center' };
    }
  });
  const headerRow = titles.length + 1;
  ws.getRow(headerRow).values = headers;
  ws.getRow(headerRow).font = { bold: true };
  rows.forEach((r, i) => {
    const row = ws.getRow(headerRow + 1 + i);
    r.forEach((v, j) => {
      if (v === null || v === undefined || v === '') return;
      const cell = row.getCell(j + 1);
      cell.value = v;
      if (v instanceof Date) cell.numFmt = v.getUTCHours() || v.getUTCMinutes() ? 'yyyy/m/d h:mm' : 'yyyy/m/d';
      else if (typeof v === 'number' && headers[j].match(/金额|销售额/)) cell.numFmt = '¥#,##0';
      else if (typeof v === 'number' && headers[j].match(/电话/)) cell.numFmt = '0';
    });
  });
  headers.forEach((h, j) => (ws.getColumn(j + 1).width = widths?.[j] ?? Math.max(10, [...h].length * 2 + 4)));
  return headerRow + 1;
}

/** Excel zh-CN "CSV (逗号分隔)": GBK, CRLF, no BOM, quotes only where needed. */
function csvText(headers, rows) {
  const field = (v) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [headers, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

async function writeFiles(world, outDir) {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const files = [];
  const issues = [];
  const rel = (p) => path.relative(outDir, p).split(path.sep).join('/');
  const byDateThenOrder = (a, b) => {
    const [x, y] = [a.sortDate ?? a.date, b.sortDate ?? b.date];
    return x < y ? -1 : x > y ? 1 : 0;
  };

  for (const week of WEEKS) {
    const dir = path.join(outDir, week);
    fs.mkdirSync(dir, { recursive: true });
    for (const adv of ADVISORS) {
      const style = STYLE[adv];
      const inWeek = (d) => d >= week && d <= addDays(week, 6);
      // Sorted by date, stable: a planted row keeps its place next to its neighbours.
      const calls = world.calls.filter((c) => c.advisor === adv && inWeek(c.sortDate ?? c.date)).sort(byDateThenOrder);
      const invites = world.invites.filter((v) => v.advisor === adv && inWeek(v.date)).sort(byDateThenOrder);
      const callRows = calls.map((c) => callCells(style, c));
      const inviteRows = invites.map((v) => inviteCells(style, v));
      let callStart;
      let callFile;
      let sheet = null;
      if (style === 'csv-gbk') {
        callFile = path.join(dir, `${adv}_顾问每日工作日程表.csv`);
        writeGbk(callFile, csvText(CALL_HEADERS.zh, callRows));
        writeGbk(path.join(dir, `${adv}_顾问邀约统计表.csv`), csvText(INVITE_HEADERS.zh, inviteRows));
        files.push(rel(callFile), rel(path.join(dir, `${adv}_顾问邀约统计表.csv`)));
        callStart = 2;
      } else {
        const wb = newWorkbook();
        const opts = {
          'zh-title': [['顾问每日工作日程表'], ['顾问邀约统计表'], CALL_HEADERS.zh, INVITE_HEADERS.zh, ['顾问每日工作日程表', '顾问邀约统计表']],
          'zh-alias': [['附表1 顾问每日工作日程表', `顾问：${adv}　周次：${week}`], ['附表3 顾问邀约统计表', `顾问：${adv}　周次：${week}`], CALL_HEADERS.alias, INVITE_HEADERS.alias, ['日程表', '邀约表']],
          en: [[], [], CALL_HEADERS.en, INVITE_HEADERS.en, ['Sheet1', 'Sheet2']],
          'zh-md': [[], [], CALL_HEADERS.zh, INVITE_HEADERS.zh, ['顾问每日工作日程表', '顾问邀约统计表']],
          'zh-notes': [['顾问每日工作日程表', '填表说明：每通电话一行，无效名单也要登记'], ['顾问邀约统计表', '填表说明：到访、签约当天更新'], CALL_HEADERS.zh, INVITE_HEADERS.zh, ['工作日程', '邀约统计']],
        }[style];
        callStart = addSheet(wb, opts[4][0], opts[2], callRows, { titles: opts[0], widths: [12, 8, 10, 14, 8, 12, 10, 16, 20] });
        addSheet(wb, opts[4][1], opts[3], inviteRows, { titles: opts[1], widths: [12, 8, 10, 14, 10, 14, 16, 8, 8, 20] });
        callFile = path.join(dir, `${adv}.xlsx`);
        await writeWorkbook(wb, callFile);
        files.push(rel(callFile));
        sheet = opts[4][0];
      }
      calls.forEach((c, i) => {
        if (c.issue) issues.push({ ...c.issue, file: rel(callFile), sheet, row: callStart + i, advisor: adv });
      });
    }
  }

  // Center-level files.
  const center = async (name, sheetName, headers, rows, opts) => {
    const wb = newWorkbook();
    addSheet(wb, sheetName, headers, rows, opts);
    await writeWorkbook(wb, path.join(outDir, name));
    files.push(name);
  };
  const roster = [...world.cards].sort((a, b) => ADVISORS.indexOf(a.advisor) - ADVISORS.indexOf(b.advisor) || (a.created < b.created ? -1 : a.created > b.created ? 1 : 0));
  await center('客户管理表.xlsx', '客户管理表', ['客户编号', '顾问', '客户姓名', '联系电话', '名单来源', '意向等级', '客户状态', '建卡日期', '最近跟进'],
    roster.map((c) => [c.id, c.advisor, c.customer, c.phone, c.source, c.grade, ZH.status[c.status], excelDate(c.created), excelDate(c.lastCol)]));
  const courseWord = (c) => ({ one_year: pick(['一年', '1年', 'ele-babies+1年']), multi_year: pick(['2年', '3年', 'ele-babies+2年']), installment: c.amount < 5000 ? '2m' : '6m' })[c.course];
  await center('签约登记.xlsx', '签约登记', ['签约日期', '合同编号', '顾问', '学员姓名', '联系电话', '合约类型', '课程类别', '合约金额', '介绍人', '开课日期'],
    world.contracts.map((c) => [excelDate(c.date), c.contract_no, c.advisor, c.student, c.phone, ZH.type[c.type], courseWord(c), money(c.amount), c.referrer, excelDate(c.start)]));
  {
    const wb = newWorkbook();
    const headers = ['计划月份', '顾问', '学员姓名', '联系电话', '合约到期日', '剩余课时', '计划续约日期', '预计金额', '提交日期', '状态'];
    for (const [month, sheetName, monthText] of [['2026-10', '10月续约计划', '10月'], ['2026-11', '11月续约计划', '2026年11月'], ['2026-12', '12月续约计划', '2026-12']]) {
      const rows = world.renewalPlans.filter((p) => p.month === month).sort((a, b) => ADVISORS.indexOf(a.advisor) - ADVISORS.indexOf(b.advisor))
        .map((p) => [monthText, p.advisor, p.student, p.phone, excelDate(p.end), p.left, excelDate(p.planned), p.amount, excelDate(PLAN_SUBMITTED[month][p.advisor]), ZH.renewalStatus[p.status]]);
      addSheet(wb, sheetName, headers, rows, { titles: [`客户续约计划表（${monthText}）`] });
    }
    await writeWorkbook(wb, path.join(outDir, '客户续约计划表.xlsx'));
    files.push('客户续约计划表.xlsx');
  }
  await center('市场名单分配及反馈对接表.xlsx', '市场名单分配及反馈对接表', ['分配日期', '名单来源', '客户姓名', '联系电话', '分配顾问', '反馈'],
    world.leads.map((l) => [excelDate(l.date), l.source, l.customer, l.phone, l.advisor, l.feedback === 'pending' && l.advisor ? null : ZH.leadFeedback[l.feedback]]));
  await center('请假登记.xlsx', '请假登记', ['日期', '顾问', '请假类型', '证明'], LEAVE.map((l) => [excelDate(l.date), l.advisor, { sick: '病假', personal: '事假' }[l.type], ZH.yesNo[l.proof]]));
  await center('回访抽查.xlsx', '回访抽查', ['回访日期', '顾问', '联系电话', '回访结果'], world.callbacks.map((c) => [excelDate(c.date), c.advisor, c.phone, { genuine: '属实', unreachable: '未接通', fabricated: '造假' }[c.result]]));
  await center('客户投诉.xlsx', '客户投诉', ['投诉日期', '顾问', '客户姓名', '是否属实', '备注'], COMPLAINTS.map((c) => [excelDate(c.date), c.advisor, c.customer, ZH.yesNo[c.verified], c.notes]));
  await center('沟通记录表.xlsx', '沟通记录表', ['沟通日期', '顾问', '沟通形式', '沟通内容'], TALKS.map((t) => [excelDate(t.date), t.advisor, { formal: '正式', informal: '非正式' }[t.kind], t.notes]));
  await center('销售目标.xlsx', '销售目标', ['周期', '顾问', '招生人数', '销售额'], TARGETS.map((t) => [t.period, t.advisor, t.enrollments, t.amount]));
  return { files, issues };
}

/** Writes a workbook with every zip entry's time pinned, so the bytes are the same every run. */
async function writeWorkbook(wb, file) {
  fs.writeFileSync(file, pinZipTimes(Buffer.from(await wb.xlsx.writeBuffer())));
}

/**
 * exceljs (JSZip) stamps each zip entry with the current time. Walk the central directory and
 * set every entry's DOS time and date (central and local header) to 2026-12-02 09:00.
 */
function pinZipTimes(buf) {
  const dosTime = (9 << 11) | (0 << 5) | 0;
  const dosDate = ((2026 - 1980) << 9) | (12 << 5) | 2;
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const entries = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error('unexpected zip layout');
    buf.writeUInt16LE(dosTime, at + 12);
    buf.writeUInt16LE(dosDate, at + 14);
    const local = buf.readUInt32LE(at + 42);
    if (buf.readUInt32LE(local) !== 0x04034b50) throw new Error('unexpected zip layout');
    buf.writeUInt16LE(dosTime, local + 10);
    buf.writeUInt16LE(dosDate, local + 12);
    at += 46 + buf.readUInt16LE(at + 28) + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return buf;
}

function writeGbk(file, text) {
  const bytes = iconv.encode(text, 'gbk');
  // Refuse a character GBK cannot hold (iconv would write '?').
  if (iconv.decode(bytes, 'gbk') !== text) throw new Error(`${file}: text not representable in GBK`);
  fs.writeFileSync(file, bytes);
}

// ---------------------------------------------------------------- main

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const out = path.resolve(process.argv[2] ?? path.join(root, 'fixtures', 'demo-center'));
  // Keep the hand-written STORY.md when regenerating in place.
  const storyPath = path.join(out, 'STORY.md');
  const story = fs.existsSync(storyPath) ? fs.readFileSync(storyPath) : null;
  const { files } = await generateDemoCenter(out);
  if (story) fs.writeFileSync(storyPath, story);
  console.log(`wrote ${files.length} files and expected.json into ${path.relative(process.cwd(), out) || '.'}`);
}
