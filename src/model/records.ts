/**
 * Typed records, one interface per form of spec/forms.md. Field names are the forms.md field
 * names, so a form definition maps a header straight to a property.
 *
 * Dates carry no time zone: Excel dates have none, and the center's wall clock is what the
 * manual speaks of. `LocalDate` is `YYYY-MM-DD`, `LocalDateTime` is `YYYY-MM-DDTHH:mm:ss`, both
 * in the center's time zone; they compare correctly as strings.
 */
export type LocalDate = string;
export type LocalDateTime = string;
/** `YYYY-MM`. */
export type YearMonth = string;

/** Where a record came from: file as given (relative to the workspace or cwd), sheet (null for CSV), row as Excel shows it. */
export interface Origin {
  file: string;
  sheet: string | null;
  row: number;
}

export type FormId =
  | 'calls'
  | 'invites'
  | 'renewals'
  | 'contracts'
  | 'customers'
  | 'leads'
  | 'leave'
  | 'callbacks'
  | 'complaints'
  | 'talks'
  | 'targets';

export const FORM_IDS: readonly FormId[] = [
  'calls',
  'invites',
  'renewals',
  'contracts',
  'customers',
  'leads',
  'leave',
  'callbacks',
  'complaints',
  'talks',
  'targets',
];

interface Base {
  origin: Origin;
}

export type ListKind = 'new' | 'old';
export type CallPurpose = 'first_invite' | 'second_invite' | 'member_care';
export type CallOutcome =
  | 'invited'
  | 'interested'
  | 'declined'
  | 'no_answer'
  | 'invalid_number'
  | 'wrong_number'
  | 'long_distance'
  | 'suspended';

/** 顾问每日工作日程表 (附表1): one call. */
export interface CallRecord extends Base {
  date: LocalDate;
  advisor: string;
  customer: string | null;
  phone: string | null;
  list: ListKind | null;
  purpose: CallPurpose | null;
  outcome: CallOutcome | null;
  appointment: LocalDateTime | null;
  notes: string | null;
}

export type InviteKind = 'first' | 'second';
export type EventKind = 'demo' | 'class_trial' | 'salon' | 'story' | 'birthday' | 'theme_party';
export type VisitState = 'yes' | 'no' | 'rescheduled';

/** 顾问邀约统计表 (附表3): one booked invitation (also walk-ins). */
export interface InviteRecord extends Base {
  date: LocalDate;
  advisor: string;
  customer: string | null;
  phone: string | null;
  kind: InviteKind | null;
  event: EventKind | null;
  session: LocalDateTime | null;
  visited: VisitState | null;
  signed: boolean | null;
  notes: string | null;
}

export type RenewalStatus = 'planned' | 'renewed' | 'lost';

/** 客户续约计划表 (附表5): one planned renewal. */
export interface RenewalRecord extends Base {
  month: YearMonth;
  advisor: string;
  student: string;
  phone: string | null;
  contract_end: LocalDate | null;
  lessons_left: number | null;
  planned_date: LocalDate | null;
  expected_amount: number | null;
  submitted: LocalDate | null;
  status: RenewalStatus | null;
}

export type ContractType = 'new' | 'referral' | 'renewal';
export type CourseKind = 'one_year' | 'multi_year' | 'installment';

/** 签约登记: one signed contract. */
export interface ContractRecord extends Base {
  date: LocalDate;
  advisor: string;
  student: string | null;
  phone: string | null;
  type: ContractType | null;
  course: CourseKind | null;
  amount: number | null;
  referrer: string | null;
  contract_no: string | null;
  start: LocalDate | null;
  /** The contract's end as written (到期日期), when the sheet has it. */
  end?: LocalDate | null;
  /** Months the course words name (一年 12, 2年 24, 3年 36, 2m 2, 6m 6), else null. */
  course_months?: number | null;
}

export type Grade = 'A' | 'B' | 'C';
export type CustomerStatus = 'prospect' | 'deposit' | 'visited' | 'member' | 'lost';

/** 客户管理表: one customer card. */
export interface CustomerRecord extends Base {
  /** The card's id, or the phone when the sheet has no id column. */
  id: string;
  advisor: string;
  customer: string;
  phone: string | null;
  source: string | null;
  grade: Grade | null;
  status: CustomerStatus | null;
  created: LocalDate | null;
  last_follow_up: LocalDate | null;
}

export type LeadFeedback = 'pending' | 'invalid' | 'invited' | 'visited' | 'signed';

/** 市场名单分配及反馈对接表 (附表6): one market lead. */
export interface LeadRecord extends Base {
  date: LocalDate;
  source: string;
  customer: string | null;
  phone: string | null;
  /** null = not yet assigned. */
  advisor: string | null;
  feedback: LeadFeedback | null;
}

export type LeaveType = 'sick' | 'personal' | 'annual' | 'other';

/** 请假登记: one day of leave. */
export interface LeaveRecord extends Base {
  date: LocalDate;
  advisor: string;
  type: LeaveType | null;
  proof: boolean | null;
}

export type CallbackResult = 'genuine' | 'fabricated' | 'unreachable';

/** 回访抽查: one callback check of an advisor's call. */
export interface CallbackRecord extends Base {
  date: LocalDate;
  advisor: string;
  phone: string | null;
  result: CallbackResult | null;
}

/** 客户投诉: one complaint. */
export interface ComplaintRecord extends Base {
  date: LocalDate;
  advisor: string;
  customer: string | null;
  verified: boolean | null;
  notes: string | null;
}

export type TalkKind = 'formal' | 'informal';

/** 沟通记录表: one supervisor-advisor talk. */
export interface TalkRecord extends Base {
  date: LocalDate;
  advisor: string;
  kind: TalkKind | null;
  notes: string | null;
}

/** 销售目标: a target for a week (its start date) or a month. */
export interface TargetRecord extends Base {
  /** `YYYY-MM-DD` (a date of the week; normalised to the week start by the engine) or `YYYY-MM`. */
  period: string;
  /** null = the whole center. */
  advisor: string | null;
  enrollments: number | null;
  amount: number | null;
}

/** The record type of each form. */
export interface RecordsByForm {
  calls: CallRecord;
  invites: InviteRecord;
  renewals: RenewalRecord;
  contracts: ContractRecord;
  customers: CustomerRecord;
  leads: LeadRecord;
  leave: LeaveRecord;
  callbacks: CallbackRecord;
  complaints: ComplaintRecord;
  talks: TalkRecord;
  targets: TargetRecord;
}

export type AnyRecord = RecordsByForm[FormId];
