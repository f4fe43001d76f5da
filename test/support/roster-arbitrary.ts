/** fast-check generators of rosters, leads and rule results for the reallocation tests. */
import fc from 'fast-check';
import type { CustomerRecord, CustomerStatus, LeadRecord } from '../../src/model/records.js';
import type { RuleResult } from '../../src/model/results.js';

export const NAMES = ['张伟', '李娜', '王芳', '刘洋', '陈静', '赵磊'];

const STATUSES: (CustomerStatus | null)[] = ['prospect', 'prospect', 'deposit', 'visited', 'member', 'lost', null];
const DATES = ['2026-08-02', '2026-09-15', '2026-10-01', '2026-10-20', '2026-10-31', '2026-11-02', '2026-11-15', '2026-11-28', '2026-12-03'];

/** A phone number from a pool of `pool` numbers (a small pool makes families). */
export const phoneOf = (i: number) => `139${String(10000000 + i).slice(-8)}`;

/** One card row. */
export function customer(i: number, advisor: string, fields: Partial<CustomerRecord> = {}): CustomerRecord {
  return {
    id: `C${String(i).padStart(4, '0')}`,
    advisor,
    customer: `客户${i}`,
    phone: phoneOf(i),
    source: '地推',
    grade: null,
    status: 'prospect',
    created: '2026-09-01',
    last_follow_up: null,
    origin: { file: 'sheets/roster.xlsx', sheet: '客户管理表', row: i + 2 },
    ...fields,
  };
}

/** A roster of up to `max` cards over `advisors`, phones drawn from a pool (families when `families`). */
export function rosterArb(advisors: string[], max = 60, families = true): fc.Arbitrary<CustomerRecord[]> {
  const pool = families ? 25 : 1_000_000;
  return fc
    .array(
      fc.record({
        advisor: fc.constantFrom(...advisors),
        phone: families ? fc.option(fc.integer({ min: 0, max: pool }), { freq: 8 }) : fc.constant(null),
        status: fc.constantFrom(...STATUSES),
        created: fc.option(fc.constantFrom(...DATES), { freq: 6 }),
        follow: fc.option(fc.constantFrom(...DATES), { freq: 2 }),
      }),
      { minLength: Math.floor(max / 3), maxLength: max },
    )
    .map((rows) =>
      rows.map((r, i) =>
        customer(i, r.advisor, {
          // Without families every card has its own phone.
          phone: families ? (r.phone === null ? null : phoneOf(r.phone)) : phoneOf(i),
          status: r.status,
          created: r.created,
          last_follow_up: r.follow,
        }),
      ),
    );
}

/** A rule result for `advisor`. */
export function result(rule: string, advisor: string, status: RuleResult['status'], period = '2026-11-18'): RuleResult {
  return {
    rule,
    section: '',
    advisor,
    status,
    severity: 'quota',
    actual: status === 'missed' ? 0 : 5,
    target: 5,
    period,
    deadline: null,
    message: '',
    evidence: [],
  };
}

/** `n` unassigned leads. */
export function leads(n: number, assigned = 0): LeadRecord[] {
  return Array.from({ length: n + assigned }, (_, i) => ({
    date: '2026-11-17',
    source: i % 2 ? '大众点评' : '地推',
    customer: `新客${i}`,
    phone: `137${String(20000000 + i).slice(-8)}`,
    advisor: i < assigned ? NAMES[0]! : null,
    feedback: null,
    origin: { file: 'sheets/leads.xlsx', sheet: '附表6', row: i + 2 },
  }));
}
