/**
 * A hand-made November 2026 for the director's summary: three advisors, contracts of every type
 * and course, renewals counted and not, a three-way enrollment tie, two new contracts on the same
 * date, referral rewards falling due in and around the month, lead sources, talks, callbacks,
 * and the engine results (RuleResult) the summary is built on. Each figure the tests expect is
 * worked out in the comments next to the rows.
 */
import { resolveAsOf, type AsOf } from '../../src/calendar/local-date.js';
import { defaultConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/types.js';
import { emptyRecords, type Dataset } from '../../src/dataset/types.js';
import { CallList } from '../../src/model/call-store.js';
import type {
  CallbackRecord,
  CallRecord,
  ContractRecord,
  InviteRecord,
  LeadRecord,
  RenewalRecord,
  TalkRecord,
  TargetRecord,
} from '../../src/model/records.js';
import type { CheckReport, RuleResult, Status, WeekMetrics } from '../../src/model/results.js';
import type { MonthCheck } from '../../src/engine/check-week.js';
import type { TeamBonusMiss } from '../../src/rules/team.bonus.js';

export const MONTH = '2026-11';
export const FILE = 'sheets/签约登记.xlsx';

let nextRow = 2;
function origin(file = FILE, row?: number) {
  return { file, sheet: '签约登记', row: row ?? nextRow++ };
}

export function contract(p: Partial<ContractRecord> & Pick<ContractRecord, 'date' | 'advisor'>, row?: number): ContractRecord {
  return {
    student: '学员',
    phone: '13800000000',
    type: 'new',
    course: 'one_year',
    amount: 12800,
    referrer: null,
    contract_no: null,
    start: null,
    ...p,
    origin: origin(FILE, row),
  };
}

/** Contracts of calendar November (rows 2-11), two of December whose week is November's (rows 12-13), and earlier referrals. */
export function contracts(): ContractRecord[] {
  nextRow = 2;
  return [
    // row 2: installment, so not a "complete" first order although it is the month's first new contract
    contract({ date: '2026-11-04', advisor: '李娜', course: 'installment', amount: 6000, phone: '13811112222' }),
    // rows 3 and 4: same date; row 3 is earlier -> 王芳 wins the first-order award
    contract({ date: '2026-11-05', advisor: '王芳', student: '小明', phone: '13811113333' }),
    contract({ date: '2026-11-05', advisor: '张伟', course: 'multi_year', amount: 25600, phone: '13811114444' }),
    // row 5: 张伟's 2nd enrollment on 11-06 (first of the three tied at 2 to reach it)
    contract({ date: '2026-11-06', advisor: '张伟', type: 'referral', referrer: '陈妈妈', start: '2026-11-10', phone: '13811115555' }),
    // row 6: 李娜's 2nd enrollment on 11-10; phone of the 地推 lead that signed
    contract({ date: '2026-11-10', advisor: '李娜', phone: '13900000003' }),
    // row 7: renewal in 王芳's on-time plan -> counted
    contract({ date: '2026-11-12', advisor: '王芳', type: 'renewal', amount: 9800, student: '小红', phone: '13811116666' }),
    // row 8: renewal outside 张伟's on-time plan -> not counted (not in the plan)
    contract({ date: '2026-11-15', advisor: '张伟', type: 'renewal', course: 'multi_year', amount: 20000, student: '小刚', phone: '13811117777' }),
    // row 9: 李娜's plan was late -> not counted (plan late)
    contract({ date: '2026-11-20', advisor: '李娜', type: 'renewal', amount: 9000, student: '小丽', phone: '13811118888' }),
    // row 10: 王芳's 2nd enrollment on 11-28
    contract({ date: '2026-11-28', advisor: '王芳', phone: '13811119999' }),
    // row 11: 11-03 is November's (calendar month), although its week 10-28..11-03 has its Friday (10-30) in October:
    // the month's first complete new contract (首单奖 to 张伟) and 张伟's 3rd enrollment
    contract({ date: '2026-11-03', advisor: '张伟' }),
    // row 12: 12-01 is December's, although its week 11-25..12-01 has its Friday (11-27) in November (in 王芳's plan for November)
    contract({ date: '2026-12-01', advisor: '王芳', type: 'renewal', amount: 9800, student: '小华', phone: '13811110000' }),
    // row 13: December
    contract({ date: '2026-12-02', advisor: '李娜' }),
    // rows 14-17: earlier referrals whose reward may fall due in November (start + 2 months)
    contract({ date: '2026-09-05', advisor: '王芳', type: 'referral', referrer: '赵爸爸 13700001111', student: '小宝', start: '2026-09-10', phone: '13822223333' }), // due 11-10
    contract({ date: '2026-08-25', advisor: '张伟', type: 'referral', referrer: '钱妈妈', start: '2026-08-31', phone: '13822224444' }), // due 10-31: October
    contract({ date: '2026-09-20', advisor: '李娜', type: 'referral', referrer: '孙妈妈', student: '小贝', start: '2026-09-30', phone: '13822225555' }), // due 11-30
    contract({ date: '2026-09-25', advisor: '李娜', type: 'referral', referrer: '周妈妈', start: null, phone: '13822226666' }), // no start: due 11-25 from the signing date
  ];
}
// November: 10 contracts, amount 134,400; by type new 6 / referral 1 / renewal 3;
// by course one_year 7 / multi_year 2 / installment 1; counted 1 (9,800), not counted 2 (29,000); sales 105,400.

function renewal(advisor: string, student: string, submitted: string, month = MONTH, amount = 9000): RenewalRecord {
  return {
    month,
    advisor,
    student,
    phone: null,
    contract_end: null,
    lessons_left: null,
    planned_date: null,
    expected_amount: amount,
    submitted,
    status: 'planned',
    origin: { file: 'sheets/续约计划.xlsx', sheet: '客户续约计划表', row: nextRow++ },
  };
}

const base = <T>(file: string, row: number) => ({ origin: { file, sheet: null, row } }) as T;

export function dataset(): Dataset {
  const records = emptyRecords();
  records.contracts = contracts();
  records.renewals = [
    renewal('张伟', '小强', '2026-10-30'),
    renewal('王芳', '小红', '2026-10-31', MONTH, 9800),
    renewal('王芳', '小华', '2026-11-01', MONTH, 9800),
    renewal('李娜', '小丽', '2026-11-03'),
    renewal('张伟', '小刚', '2026-11-28', '2026-12'),
  ];
  records.targets = [
    { ...base<TargetRecord>('sheets/targets.csv', 2), period: MONTH, advisor: null, enrollments: 8, amount: 110000 },
    { ...base<TargetRecord>('sheets/targets.csv', 3), period: MONTH, advisor: '张伟', enrollments: 2, amount: 30000 },
    { ...base<TargetRecord>('sheets/targets.csv', 4), period: '2026-11-18', advisor: null, enrollments: 1, amount: 1 },
    { ...base<TargetRecord>('sheets/targets.csv', 5), period: '2026-12', advisor: null, enrollments: 99, amount: 999999 },
  ];
  const lead = (row: number, date: string, source: string, phone: string, feedback: LeadRecord['feedback']): LeadRecord => ({
    ...base<LeadRecord>('sheets/leads.csv', row),
    date,
    source,
    customer: null,
    phone,
    advisor: '张伟',
    feedback,
  });
  records.leads = [
    lead(2, '2026-11-04', '地推', '13900000001', 'invalid'),
    lead(3, '2026-11-04', '地推', '13900000002', 'pending'), // an invalid-number call makes it invalid
    lead(4, '2026-11-05', '地推', '13900000003', 'pending'), // invited, visited and signed per the advisors' sheets
    lead(5, '2026-11-06', '大众点评', '13900000004', 'signed'),
    lead(6, '2026-10-20', '大众点评', '13900000005', 'invited'), // October
  ];
  records.calls = CallList.of([
    {
      ...base<CallRecord>('sheets/calls.csv', 2),
      date: '2026-11-05',
      advisor: '张伟',
      customer: null,
      phone: '13900000002',
      list: 'new',
      purpose: 'first_invite',
      outcome: 'invalid_number',
      appointment: null,
      notes: null,
    },
  ]);
  const visit = (row: number, date: string, session: string, phone: string, kind: InviteRecord['kind'] = 'first'): InviteRecord => ({
    ...base<InviteRecord>('sheets/invites.csv', row),
    date,
    advisor: '张伟',
    customer: null,
    phone,
    kind,
    event: 'demo',
    session,
    visited: 'yes',
    signed: null,
    notes: null,
  });
  records.invites = [
    // 张伟's visits of calendar November: families A (twice in one week: once), B, C, D (second invite), E = 5;
    // F came on 12-01 (December's, its week is November's) and G on 10-31 (October's).
    visit(3, '2026-11-05', '2026-11-07T10:00:00', '13700000001'),
    visit(4, '2026-11-06', '2026-11-08T10:00:00', '13700000001'),
    visit(5, '2026-11-12', '2026-11-14T10:00:00', '13700000002'),
    visit(6, '2026-11-19', '2026-11-21T10:00:00', '13700000003'),
    visit(7, '2026-11-26', '2026-11-28T10:00:00', '13700000004', 'second'),
    visit(8, '2026-11-26', '2026-11-29T10:00:00', '13700000005'),
    visit(9, '2026-11-27', '2026-12-01T18:30:00', '13700000006'),
    visit(10, '2026-10-29', '2026-10-31T10:00:00', '13700000007'),
    {
      ...base<InviteRecord>('sheets/invites.csv', 2),
      date: '2026-11-06',
      advisor: '李娜',
      customer: null,
      phone: '13900000003',
      kind: 'first',
      event: 'demo',
      session: '2026-11-08T10:00:00',
      visited: 'yes',
      signed: null,
      notes: null,
    },
  ];
  const talk = (row: number, advisor: string, date: string): TalkRecord => ({ ...base<TalkRecord>('sheets/talks.csv', row), advisor, date, kind: 'formal', notes: null });
  records.talks = [talk(2, '张伟', '2026-11-26'), talk(3, '张伟', '2026-11-12'), talk(4, '王芳', '2026-10-30')];
  const callback = (row: number, advisor: string, date: string, result: CallbackRecord['result'], phone: string): CallbackRecord => ({
    ...base<CallbackRecord>('sheets/callbacks.csv', row),
    advisor,
    date,
    result,
    phone,
  });
  records.callbacks = [
    callback(2, '王芳', '2026-12-01', 'fabricated', '13912345678'), // in the week 11-25..12-01, whose Friday is in November
    callback(3, '王芳', '2026-12-02', 'fabricated', '13912345679'), // December's first week
    callback(4, '张伟', '2026-11-19', 'genuine', '13912345670'),
  ];
  return { files: [{ path: 'sheets/签约登记.xlsx', size: 1234, hash: 'abcdef012345', sheets: [] }], records, issues: [], advisors: ['张伟', '李娜', '王芳'] };
}

export function config(): Config {
  return defaultConfig();
}

export function asOf(local = '2026-12-02T10:00'): AsOf {
  return resolveAsOf(local, 'Asia/Shanghai')!;
}

export function result(p: Partial<RuleResult> & Pick<RuleResult, 'rule' | 'status'>): RuleResult {
  return {
    section: '',
    advisor: null,
    severity: 'warning',
    actual: null,
    target: null,
    period: MONTH,
    deadline: null,
    message: '',
    evidence: [],
    ...p,
  };
}

function metrics(m: Partial<WeekMetrics>): WeekMetrics {
  return {
    effectiveCalls: 150,
    invalidCalls: 0,
    newCalls: 50,
    oldCalls: 100,
    firstInviteCalls: 108,
    secondInviteCalls: 30,
    memberCareCalls: 12,
    makeupCalls: 0,
    firstInvites: 15,
    secondInvites: 4,
    firstVisits: 4,
    secondVisits: 2,
    contracts: 1,
    amount: 12800,
    signRate: 0.1667,
    ...m,
  };
}

function week(start: string, end: string, calls: Record<string, [number, Status]>): CheckReport {
  const names = Object.keys(calls);
  return {
    center: '示例中心',
    week: { start, end },
    asOf: '2026-12-02T10:00:00+08:00',
    advisors: names.map((advisor) => ({ advisor, metrics: metrics({ effectiveCalls: calls[advisor]![0] }), daily: [] })),
    results: names.map((advisor) =>
      result({ rule: 'calls.weekly', advisor, status: calls[advisor]![1], actual: calls[advisor]![0], target: 150, period: start, severity: 'quota' }),
    ),
    dataIssues: [],
  };
}

const row = (r: number) => ({ file: FILE, sheet: '签约登记', row: r });

/** A `referrals.reward-due` result as the engine gives it. */
function reward(advisor: string, r: number, due: string, status: Status = 'met'): RuleResult {
  return result({ rule: 'referrals.reward-due', advisor, status, actual: 300, evidence: [row(r)], detail: { due, amount: 300, salonClasses: 2, referrer: '', student: '' } });
}

/** The engine's month check for the fixture: bonus cancelled, 李娜 short in the week of 11-25, a fabricated call on 12-01. */
export function engineCheck(bonus: Status = 'missed'): MonthCheck {
  const ok = { 张伟: [152, 'met'], 李娜: [150, 'met'], 王芳: [160, 'met'] } as Record<string, [number, Status]>;
  const misses: TeamBonusMiss[] =
    bonus === 'missed'
      ? [
          { kind: 'calls.weekly', advisor: '李娜', week: '2026-11-25', actual: 140, target: 150, origin: null },
          { kind: 'callback-fabricated', advisor: '王芳', week: '2026-12-01', actual: null, target: null, origin: { file: 'sheets/callbacks.csv', sheet: null, row: 2 } },
        ]
      : [];
  return {
    month: MONTH,
    teamBonus: { status: bonus, misses },
    weeks: [
      week('2026-11-04', '2026-11-10', ok),
      week('2026-11-11', '2026-11-17', ok),
      week('2026-11-18', '2026-11-24', ok),
      week('2026-11-25', '2026-12-01', bonus === 'missed' ? { 张伟: [150, 'met'], 李娜: [140, 'missed'], 王芳: [155, 'met'] } : ok),
    ],
    results: [
      result({ rule: 'team.bonus', status: bonus, severity: 'quota' }),
      result({ rule: 'renewals.plan-due', advisor: '张伟', status: 'met' }),
      result({ rule: 'renewals.plan-due', advisor: '王芳', status: 'met' }),
      result({ rule: 'renewals.plan-due', advisor: '李娜', status: 'missed' }),
      result({ rule: 'contracts.type-mix', status: 'missed' }),
      result({ rule: 'contracts.type-mix', advisor: '张伟', status: 'met' }),
      // 9,800 counted / 105,400 sales
      result({ rule: 'renewals.share', status: 'missed', actual: 0.093, target: 0.3 }),
      result({ rule: 'team.talks', advisor: '张伟', status: 'met', actual: 2, target: 1 }),
      result({ rule: 'team.talks', advisor: '李娜', status: 'missed', actual: 0, target: 1 }),
      result({ rule: 'team.talks', advisor: '王芳', status: 'missed', actual: 0, target: 1 }),
      result({ rule: 'referrals.owner', advisor: '张伟', status: 'missed', message: '介绍人 13700001111 在李娜名下', evidence: [row(5)] }),
      reward('王芳', 14, '2026-11-10'),
      reward('李娜', 16, '2026-11-30'),
      reward('李娜', 17, '2026-11-25'),
    ],
  };
}
