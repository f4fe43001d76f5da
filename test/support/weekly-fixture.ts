/**
 * A hand-made center week (2026-11-18 .. 2026-11-24) as the engine and the form layer would hand
 * it over: a Friday-evening CheckReport (visits and make-ups pending) and a Sunday-evening one
 * (final), with a small dataset of calls, invites, leave and targets behind it.
 */
import { defaultConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/types.js';
import { emptyRecords, type Dataset } from '../../src/dataset/types.js';
import { CallList } from '../../src/model/call-store.js';
import type { AsOf } from '../../src/calendar/local-date.js';
import type { CallRecord, InviteRecord } from '../../src/model/records.js';
import type { AdvisorWeek, CheckReport, RuleResult, WeekInfo, WeekMetrics } from '../../src/model/results.js';

export const WEEK: WeekInfo = {
  start: '2026-11-18',
  end: '2026-11-24',
  callDays: ['2026-11-18', '2026-11-19', '2026-11-20'],
  friday: '2026-11-20',
  sunday: '2026-11-22',
  month: '2026-11',
};

export const FRIDAY: AsOf = { local: '2026-11-20T19:00:00', iso: '2026-11-20T19:00:00+08:00' };
export const SUNDAY: AsOf = { local: '2026-11-22T19:00:00', iso: '2026-11-22T19:00:00+08:00' };

export const HOSTILE_NAME = '=HYPERLINK("http://x","y")';
export const PLUS_NAME = '+8613800000000';

export function config(): Config {
  const c = defaultConfig();
  c.center = '测试中心';
  return c;
}

function metrics(over: Partial<WeekMetrics>): WeekMetrics {
  return {
    effectiveCalls: 0, invalidCalls: 0, newCalls: 0, oldCalls: 0, firstInviteCalls: 0, secondInviteCalls: 0,
    memberCareCalls: 0, makeupCalls: 0, firstInvites: 0, secondInvites: 0, firstVisits: 0, secondVisits: 0,
    contracts: 0, amount: 0, signRate: 0, ...over,
  };
}

const FILE = 'sheets/2026-11-18/张伟.xlsx';

function result(r: Partial<RuleResult> & Pick<RuleResult, 'rule' | 'advisor' | 'status'>): RuleResult {
  return {
    section: '1.1.1',
    severity: 'quota',
    actual: null,
    target: null,
    period: WEEK.start,
    deadline: '2026-11-20T18:00:00',
    message: `${r.rule} ${r.advisor ?? ''}`,
    evidence: [],
    ...r,
  };
}

function advisors(final: boolean): AdvisorWeek[] {
  const daily = (calls: number[], target = 50) =>
    WEEK.callDays.map((date, i) => ({
      date,
      effectiveCalls: calls[i]!,
      firstInviteCalls: Math.round(calls[i]! * 0.72),
      secondInviteCalls: Math.round(calls[i]! * 0.2),
      memberCareCalls: calls[i]! - Math.round(calls[i]! * 0.72) - Math.round(calls[i]! * 0.2),
      invalidCalls: 3,
      target,
      leave: null,
    }));
  return [
    {
      advisor: '张伟',
      metrics: metrics({
        effectiveCalls: 152, invalidCalls: 9, newCalls: 51, oldCalls: 101, firstInviteCalls: 110, secondInviteCalls: 30,
        memberCareCalls: 12, makeupCalls: final ? 22 : 0, firstInvites: 15, secondInvites: 3,
        firstVisits: final ? 5 : 3, secondVisits: 1, contracts: 2, amount: 25600, signRate: final ? 0.3333 : 0.5,
      }),
      daily: daily([52, 50, 50]),
    },
    {
      advisor: '李娜',
      metrics: metrics({
        effectiveCalls: 140, invalidCalls: 4, newCalls: 40, oldCalls: 100, firstInvites: 16, secondInvites: 0,
        firstVisits: final ? 2 : 1, secondVisits: 0, contracts: 0, amount: 0, signRate: 0,
      }),
      daily: daily([50, 45, 45]),
    },
    {
      advisor: '王芳',
      metrics: metrics({ effectiveCalls: 0, firstInvites: 0, secondInvites: 0 }),
      daily: daily([0, 0, 0], 0).map((d) => ({ ...d, invalidCalls: 0, leave: 'sick' as const })),
    },
  ];
}

/** The CheckReport as the engine gives it on Friday 19:00 (final = false) or Sunday 19:00. */
export function checkReport(final: boolean): CheckReport {
  const visits = final ? 'met' : 'pending';
  const results: RuleResult[] = [
    result({ rule: 'calls.weekly', advisor: '张伟', status: 'met', actual: 152, target: 150,
      evidence: [{ file: FILE, sheet: '顾问每日工作日程表', row: 2 }, { file: FILE, sheet: '顾问每日工作日程表', row: 3 }] }),
    result({ rule: 'invites.first', advisor: '张伟', status: 'met', actual: 15, target: 15 }),
    result({ rule: 'invites.second', advisor: '张伟', status: 'missed', actual: 3, target: 4,
      action: { type: 'weekend-makeup', calls: 20, due: '2026-11-22' },
      evidence: [{ file: FILE, sheet: '顾问邀约统计表', row: 7 }] }),
    result({ rule: 'invites.makeup', advisor: '张伟', status: final ? 'met' : 'pending', actual: final ? 22 : 0, target: 20, deadline: '2026-11-22T18:00:00' }),
    result({ rule: 'visits.first', advisor: '张伟', status: visits, severity: 'warning', actual: final ? 5 : 3, target: 5, deadline: '2026-11-22T18:00:00' }),
    result({ rule: 'visits.second', advisor: '张伟', status: final ? 'missed' : 'pending', severity: 'warning', actual: 1, target: 2, deadline: '2026-11-22T18:00:00' }),
    result({ rule: 'visits.total', advisor: '张伟', status: visits, actual: final ? 6 : 4, target: 5, deadline: '2026-11-22T18:00:00' }),
    result({ rule: 'contracts.sign-rate', advisor: '张伟', status: final ? 'met' : 'pending', severity: 'warning', actual: final ? 0.3333 : 0.5, target: 0.3, deadline: '2026-11-24T18:00:00' }),
    result({ rule: 'calls.weekly', advisor: '李娜', status: 'missed', actual: 140, target: 150 }),
    result({ rule: 'invites.first', advisor: '李娜', status: 'met', actual: 16, target: 15 }),
    result({ rule: 'invites.second', advisor: '李娜', status: 'missed', actual: 0, target: 4,
      action: { type: 'weekend-makeup', calls: 20, due: '2026-11-22' } }),
    result({ rule: 'invites.second-zero', advisor: '李娜', status: 'missed', actual: 0, target: 1,
      action: { type: 'cards-reassigned', share: 0.2 } }),
    result({ rule: 'invites.makeup', advisor: '李娜', status: final ? 'missed' : 'pending', actual: 0, target: 20, deadline: '2026-11-22T18:00:00' }),
    result({ rule: 'visits.total', advisor: '李娜', status: final ? 'missed' : 'pending', actual: final ? 2 : 1, target: 5, deadline: '2026-11-22T18:00:00',
      ...(final ? { action: { type: 'new-leads-cut' as const, share: 0.2 } } : {}) }),
    result({ rule: 'calls.weekly', advisor: '王芳', status: 'excused', actual: 0, target: 0 }),
    result({ rule: 'team.bonus', advisor: null, status: 'missed', period: '2026-11', section: '1.1.1(1)③a,b',
      action: { type: 'team-bonus-cancelled', month: '2026-11' }, deadline: '2026-11-27T18:00:00' }),
  ];
  return {
    center: '测试中心',
    week: { start: WEEK.start, end: WEEK.end },
    asOf: (final ? SUNDAY : FRIDAY).iso,
    advisors: advisors(final),
    results,
    dataIssues: [
      { code: 'missing-required', severity: 'error', file: 'sheets/2026-11-18/李娜.csv', sheet: null, row: 12,
        column: '联系电话', field: 'phone', value: null, message: '第 12 行缺少“联系电话”。' },
    ],
  };
}

function call(advisor: string, date: string, phone: string, n: number, outcome: CallRecord['outcome'] = 'interested'): CallRecord {
  return {
    date, advisor, customer: `客户${n}`, phone, list: 'old', purpose: 'first_invite', outcome, appointment: null, notes: null,
    origin: { file: `sheets/2026-11-18/${advisor}.xlsx`, sheet: '顾问每日工作日程表', row: n + 1 },
  };
}

function invite(advisor: string, customer: string, session: string, event: InviteRecord['event'], row: number, kind: InviteRecord['kind'] = 'first'): InviteRecord {
  return {
    date: '2026-11-19', advisor, customer, phone: `1390000${String(row).padStart(4, '0')}`, kind, event, session,
    visited: null, signed: null, notes: null, origin: { file: `sheets/2026-11-18/${advisor}.xlsx`, sheet: '顾问邀约统计表', row },
  };
}

/** The dataset behind the report. */
export function dataset(): Dataset {
  const records = emptyRecords();
  const calls: CallRecord[] = [];
  for (const [i, advisor] of ['张伟', '李娜'].entries()) {
    for (let n = 0; n < 8; n++) {
      calls.push(call(advisor, WEEK.callDays[n % 3]!, `13${i}1234${String(n).padStart(4, '0')}`, n));
    }
    // The same phone twice (drawn at most once), an invalid number, a call outside the week.
    calls.push(call(advisor, '2026-11-20', `13${i}12340000`, 20));
    calls.push(call(advisor, '2026-11-20', `13${i}99990000`, 21, 'invalid_number'));
    calls.push(call(advisor, '2026-11-14', `13${i}88880000`, 22));
  }
  // 张伟's weekend make-up: 22 effective calls on Saturday (after a Friday as-of, not yet made).
  for (let n = 0; n < 22; n++) calls.push(call('张伟', '2026-11-21', `1371234${String(n).padStart(4, '0')}`, 30 + n));
  records.calls = CallList.of(calls);
  records.invites.push(
    // Marked visited: a visit only once the session has happened (not on Friday evening).
    { ...invite('张伟', HOSTILE_NAME, '2026-11-21T10:00:00', 'demo', 2), visited: 'yes' },
    { ...invite('张伟', PLUS_NAME, '2026-11-21T10:00:00', 'demo', 3), visited: 'yes' },
    invite('李娜', '小明', '2026-11-21T10:00:00', 'demo', 2),
    invite('李娜', '小红', '2026-11-22T15:00:00', 'salon', 3, 'second'),
    // A weekday session: a visit of the week, not of the weekend plan.
    { ...invite('张伟', '小刚', '2026-11-19T18:30:00', 'demo', 4), visited: 'yes' },
  );
  records.targets.push({ period: '2026-11-18', advisor: null, enrollments: 5, amount: 50000, origin: { file: 'sheets/targets.xlsx', sheet: '销售目标', row: 2 } });
  return {
    files: [{ path: FILE, size: 12345, hash: 'abcdef012345', sheets: [] }],
    records,
    issues: [],
    advisors: ['张伟', '李娜', '王芳'],
  };
}
