/**
 * Builds datasets in memory for engine and rule tests: records with origins, a config with a
 * known calendar, an explicit as-of, and short-hands to find a result.
 */
import { defaultConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/types.js';
import { emptyRecords, type Dataset } from '../../src/dataset/types.js';
import { CallList } from '../../src/model/call-store.js';
import { resolveAsOf, type AsOf } from '../../src/calendar/local-date.js';
import { weekContaining } from '../../src/calendar/week.js';
import { checkWeek } from '../../src/engine/check-week.js';
import type {
  CallRecord,
  ContractRecord,
  CustomerRecord,
  InviteRecord,
  LeaveRecord,
  RenewalRecord,
} from '../../src/model/records.js';
import type { CheckReport, RuleResult } from '../../src/model/results.js';
import type { DataIssue } from '../../src/model/issues.js';

/** A config with every default and an empty official calendar unless given. */
export function testConfig(calendar: Partial<Config['calendar']> = {}): Config {
  const config = defaultConfig();
  config.calendar = { holidays: calendar.holidays ?? [], workdays: calendar.workdays ?? [] };
  return config;
}

/** As-of from a center wall-clock time (`2026-11-20T19:00`). */
export function at(local: string, config: Config = testConfig()): AsOf {
  const asOf = resolveAsOf(local, config.timeZone);
  if (!asOf) throw new Error(`bad as-of ${local}`);
  return asOf;
}

/** Builds a dataset; every record gets its own origin row in a file named by its form. */
export class DataBuilder {
  /** The records so far; calls as an array here, made a CallList by build(). */
  readonly records = { ...emptyRecords(), calls: [] as CallRecord[] };
  readonly issues: DataIssue[] = [];
  advisors: string[] = [];
  private row = 1;
  private phoneSeq = 0;

  private origin(form: string) {
    this.row += 1;
    return { file: `sheets/${form}.xlsx`, sheet: form, row: this.row };
  }

  /** A fresh mainland mobile number. */
  phone(): string {
    this.phoneSeq += 1;
    return `139${String(this.phoneSeq).padStart(8, '0')}`;
  }

  /** `n` calls (default: effective, first-invite, old list, each to a new phone). */
  calls(advisor: string, date: string, n = 1, fields: Partial<CallRecord> = {}): CallRecord[] {
    const out: CallRecord[] = [];
    for (let i = 0; i < n; i++) {
      const call: CallRecord = {
        date,
        advisor,
        customer: null,
        phone: this.phone(),
        list: 'old',
        purpose: 'first_invite',
        outcome: 'interested',
        appointment: null,
        notes: null,
        ...fields,
        origin: this.origin('calls'),
      };
      this.records.calls.push(call);
      out.push(call);
    }
    return out;
  }

  /** `n` invitations booked on `date` for `session`. */
  invites(advisor: string, date: string, n: number, kind: 'first' | 'second', session: string, fields: Partial<InviteRecord> = {}): InviteRecord[] {
    const out: InviteRecord[] = [];
    for (let i = 0; i < n; i++) {
      const invite: InviteRecord = {
        date,
        advisor,
        customer: null,
        phone: this.phone(),
        kind,
        event: kind === 'first' ? 'demo' : 'salon',
        session,
        visited: null,
        signed: null,
        notes: null,
        ...fields,
        origin: this.origin('invites'),
      };
      this.records.invites.push(invite);
      out.push(invite);
    }
    return out;
  }

  contract(advisor: string, date: string, fields: Partial<ContractRecord> = {}): ContractRecord {
    const c: ContractRecord = {
      date,
      advisor,
      student: null,
      phone: this.phone(),
      type: 'new',
      course: 'one_year',
      amount: 10_000,
      referrer: null,
      contract_no: null,
      start: null,
      ...fields,
      origin: this.origin('contracts'),
    };
    this.records.contracts.push(c);
    return c;
  }

  leave(advisor: string, date: string, type: LeaveRecord['type'], proof: boolean | null): LeaveRecord {
    const l: LeaveRecord = { date, advisor, type, proof, origin: this.origin('leave') };
    this.records.leave.push(l);
    return l;
  }

  renewal(advisor: string, month: string, student: string, submitted: string | null, fields: Partial<RenewalRecord> = {}): RenewalRecord {
    const r: RenewalRecord = {
      month,
      advisor,
      student,
      phone: null,
      contract_end: null,
      lessons_left: null,
      planned_date: null,
      expected_amount: null,
      submitted,
      status: 'planned',
      ...fields,
      origin: this.origin('renewals'),
    };
    this.records.renewals.push(r);
    return r;
  }

  customer(advisor: string, fields: Partial<CustomerRecord> = {}): CustomerRecord {
    const phone = fields.phone ?? this.phone();
    const c: CustomerRecord = {
      id: phone,
      advisor,
      customer: `客户${this.row}`,
      phone,
      source: null,
      grade: null,
      status: 'prospect',
      created: '2026-01-01',
      last_follow_up: null,
      ...fields,
      origin: this.origin('customers'),
    };
    this.records.customers.push(c);
    return c;
  }

  callback(advisor: string, date: string, result: 'genuine' | 'fabricated' | 'unreachable') {
    this.records.callbacks.push({ date, advisor, phone: this.phone(), result, origin: this.origin('callbacks') });
  }

  talk(advisor: string, date: string) {
    this.records.talks.push({ date, advisor, kind: 'formal', notes: null, origin: this.origin('talks') });
  }

  build(): Dataset {
    return { files: [], records: { ...this.records, calls: CallList.of(this.records.calls) }, issues: this.issues, advisors: this.advisors };
  }
}

/** A full center week of calls for `advisor`: `perDay` effective calls on each of Wed, Thu, Fri. */
export function fullCallWeek(b: DataBuilder, advisor: string, weekStart: string, perDay = 50, fields: Partial<CallRecord> = {}) {
  const config = testConfig();
  for (const day of weekContaining(weekStart, config).callDays) b.calls(advisor, day, perDay, fields);
}

/** checkWeek for the week containing `weekDate`, as of a wall-clock time. */
export function check(dataset: Dataset, weekDate: string, asOfLocal: string, config: Config = testConfig()): CheckReport {
  return checkWeek(dataset, config, weekContaining(weekDate, config), at(asOfLocal, config));
}

/** The results of one rule (and advisor, when given). */
export function results(report: CheckReport, rule: string, advisor?: string | null): RuleResult[] {
  return report.results.filter((r) => r.rule === rule && (advisor === undefined || r.advisor === advisor));
}

/** The one result of a rule for an advisor; fails when there is not exactly one. */
export function result(report: CheckReport, rule: string, advisor: string | null = '张伟'): RuleResult {
  const found = results(report, rule, advisor);
  if (found.length !== 1) throw new Error(`${found.length} results for ${rule}/${advisor}`);
  return found[0]!;
}
