import { beforeEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/types.js';
import { readSheet } from '../../src/forms/read-sheet.js';
import type { SheetReadResult } from '../../src/forms/types.js';
import { setLang } from '../../src/i18n/index.js';
import type { CallRecord, FormId } from '../../src/model/records.js';
import type { CellValue, RawSheet } from '../../src/read/types.js';
import { rawSheet } from '../support/raw-sheet.js';
import { RULE_SPECS } from '../../src/rules/index.js';

const ASOF = '2026-11-20T19:00:00';
const ctx = (config: Config = defaultConfig(RULE_SPECS)) => ({ asOf: ASOF, config });
const read = (name: string | null, rows: CellValue[][], file = 'a.xlsx', config?: Config) =>
  readSheet(rawSheet(name, rows), file, ctx(config));
const flat = (r: SheetReadResult) => r.issues.map((i) => [i.row, i.column, i.code]);

beforeEach(() => setLang('zh'));

/** One valid sheet per form, Chinese headers, with the record expected from its data row. */
const CHINESE: Record<FormId, { rows: CellValue[][]; expected: Record<string, unknown> }> = {
  calls: {
    rows: [
      ['日期', '顾问', '客户姓名', '联系电话', '名单类型', '呼出类型', '通话结果', '预约时间', '备注'],
      ['2026-11-18', '张伟', '小明', '13812345678', '新单', '一次邀约', '已邀约', '2026/11/22 10:00', '周末来'],
    ],
    expected: { date: '2026-11-18', advisor: '张伟', customer: '小明', phone: '13812345678', list: 'new', purpose: 'first_invite', outcome: 'invited', appointment: '2026-11-22T10:00:00', notes: '周末来' },
  },
  invites: {
    rows: [
      ['邀约日期', '顾问', '客户姓名', '联系电话', '邀约类型', '活动形式', '预约场次', '是否到访', '是否签约', '备注'],
      ['2026-11-18', '张伟', '小明', '13812345678', '二次邀约', 'DEM', '2026-11-22 10:00', '改约', '否', ''],
    ],
    expected: { date: '2026-11-18', kind: 'second', event: 'demo', session: '2026-11-22T10:00:00', visited: 'rescheduled', signed: false, notes: null },
  },
  renewals: {
    rows: [
      ['计划月份', '顾问', '学员姓名', '联系电话', '合约到期日', '剩余课时', '计划续约日期', '预计金额', '提交日期', '状态'],
      ['2026年12月', '张伟', '小红', '13912345678', '2026-12-31', 8, '2026-12-20', '¥12,800', '2026-11-01', '计划中'],
    ],
    expected: { month: '2026-12', student: '小红', contract_end: '2026-12-31', lessons_left: 8, planned_date: '2026-12-20', expected_amount: 12800, submitted: '2026-11-01', status: 'planned' },
  },
  contracts: {
    rows: [
      ['签约日期', '顾问', '学员姓名', '联系电话', '合约类型', '课程类别', '合约金额', '介绍人', '合同编号', '开课日期'],
      ['2026-11-19', '张伟', '小红', '13912345678', '转介绍', 'ele-babies+2年', '25,600元', '王妈妈', 'HT-001', '2026-12-01'],
    ],
    expected: { date: '2026-11-19', type: 'referral', course: 'multi_year', amount: 25600, referrer: '王妈妈', contract_no: 'HT-001', start: '2026-12-01' },
  },
  customers: {
    rows: [
      ['客户编号', '顾问', '客户姓名', '联系电话', '名单来源', '意向等级', '客户状态', '建卡日期', '最近跟进'],
      ['C001', '张伟', '小明', '13812345678', '地推', 'A', '已交定金', '2026-10-01', '2026-11-15'],
    ],
    expected: { id: 'C001', customer: '小明', source: '地推', grade: 'A', status: 'deposit', created: '2026-10-01', last_follow_up: '2026-11-15' },
  },
  leads: {
    rows: [
      ['分配日期', '名单来源', '客户姓名', '联系电话', '分配顾问', '反馈'],
      ['2026-11-18', '商场活动', '小刚', '13712345678', '', '未联系'],
    ],
    expected: { date: '2026-11-18', source: '商场活动', advisor: null, feedback: 'pending' },
  },
  leave: {
    rows: [
      ['日期', '顾问', '请假类型', '证明'],
      ['2026-11-19', '张伟', '病假', '是'],
    ],
    expected: { date: '2026-11-19', type: 'sick', proof: true },
  },
  callbacks: {
    rows: [
      ['回访日期', '顾问', '联系电话', '回访结果'],
      ['2026-11-19', '张伟', '13812345678', '造假'],
    ],
    expected: { date: '2026-11-19', phone: '13812345678', result: 'fabricated' },
  },
  complaints: {
    rows: [
      ['投诉日期', '顾问', '客户姓名', '是否属实', '备注'],
      ['2026-11-19', '张伟', '王妈妈', '√', '态度'],
    ],
    expected: { date: '2026-11-19', verified: true, notes: '态度' },
  },
  talks: {
    rows: [
      ['沟通日期', '顾问', '沟通形式', '沟通内容'],
      ['2026-11-19', '张伟', '正式', '月度沟通'],
    ],
    expected: { date: '2026-11-19', kind: 'formal', notes: '月度沟通' },
  },
  targets: {
    rows: [
      ['周期', '顾问', '招生人数', '销售额'],
      ['2026-11', '', 20, '30万'],
    ],
    expected: { period: '2026-11', advisor: null, enrollments: 20, amount: 300000 },
  },
};

/** The same forms with English headers and aliases mixed in. */
const ENGLISH: Record<FormId, CellValue[][]> = {
  calls: [['Date', 'Advisor', 'Customer', 'Phone', 'List', 'Call type', 'Outcome', 'Appointment', 'Notes'], ['2026-11-18', '张伟', '小明', '+86 138 1234 5678', 'new', 'First invite', 'Invited', '2026-11-22T10:00', '周末来']],
  invites: [['Invite date', 'Advisor', 'Customer', 'Phone', 'Invite type', 'Event', 'Session', 'Visited', 'Signed', 'Notes'], ['2026-11-18', '张伟', 'Tom', '13812345678', 'Second', 'demo', '2026-11-22 10:00', 'rescheduled', 'no', '']],
  renewals: [['Plan month', 'Advisor', 'Student', 'Phone', 'Contract end', 'Lessons left', 'Planned date', 'Expected amount', 'Submitted on', 'Status'], ['2026-12', '张伟', '小红', '13912345678', '2026-12-31', '8', '2026-12-20', '12800', '2026-11-01', 'Planned']],
  contracts: [['Signed on', 'Advisor', 'Student', 'Phone', 'Contract type', 'Course', 'Amount', 'Referrer', 'Contract no.', 'Start date'], ['2026-11-19', '张伟', '小红', '13912345678', 'Referral', 'multi year', '25600', '王妈妈', 'HT-001', '2026-12-01']],
  customers: [['Customer ID', 'Advisor', 'Customer', 'Phone', 'Source', 'Grade', 'Status', 'Created', 'Last follow-up'], ['C001', '张伟', '小明', '13812345678', '地推', 'a', 'Deposit', '2026-10-01', '2026-11-15']],
  leads: [['Assigned on', 'Source', 'Customer', 'Phone', 'Advisor', 'Feedback'], ['2026-11-18', '商场活动', '小刚', '13712345678', null, 'Pending']],
  leave: [['Date', 'Advisor', 'Leave type', 'Proof'], ['2026-11-19', '张伟', 'Sick', 'yes']],
  callbacks: [['Checked on', 'Advisor', 'Phone', 'Result'], ['2026-11-19', '张伟', '13812345678', 'Fabricated']],
  complaints: [['Date', 'Advisor', 'Customer', 'Verified', 'Notes'], ['2026-11-19', '张伟', '王妈妈', 'Y', '态度']],
  talks: [['Date', 'Advisor', 'Kind', 'Notes'], ['2026-11-19', '张伟', 'Formal', '月度沟通']],
  targets: [['Period', 'Advisor', 'Enrollments', 'Sales amount'], ['2026-11', null, '20', '300000']],
};

/** Aliases only (forms.md third column), one sheet per form. */
const ALIASES: Record<FormId, CellValue[][]> = {
  calls: [['呼出日期', '课程顾问', '家长姓名', '手机号', '新老单', '通话类型', '呼出结果', '邀约时间', '说明'], ['2026-11-18', '张伟', 'Tom', '13812345678', '新', '首邀', '约到', '11/22 10:00', '']],
  invites: [['日期', '顾问', '孩子姓名', '联系电话', '类型', '形式', '体验时间', '到访', '签约'], ['2026-11-18', '张伟', 'Tom', '13812345678', '二邀', '体验课', '11月22日 上午10点', '改期', '否']],
  renewals: [['月份', '顾问', '孩子姓名', '联系电话', '到期日', '剩余课时数', '预计续约日期', '金额', '上交日期', '状态'], ['12月', '张伟', '小红', '', '2026-12-31', 8, '2026-12-20', 12800, '2026-11-01', '计划']],
  contracts: [['日期', '顾问', '客户姓名', '联系电话', '类型', '课程类型', '实收金额', '转介绍人', '合同号', '开课时间'], ['2026-11-19', '张伟', '小红', '13912345678', '介绍', '3年', 25600, '王妈妈', 'HT-001', '2026-12-01']],
  customers: [['卡号', '所属顾问', '学员姓名', '联系电话', '渠道', '客户等级', '状态', '建档日期', '最后跟进'], ['C001', '张伟', '小明', '13812345678', '地推', 'A类', '定金', '2026-10-01', '2026-11-15']],
  leads: [['日期', '渠道', '客户姓名', '联系电话', '顾问', '反馈结果'], ['2026-11-18', '商场活动', '小刚', '13712345678', '', '未联系']],
  leave: [['请假日期', '顾问', '类型', '病假条'], ['2026-11-19', '张伟', '病假', '有']],
  callbacks: [['日期', '顾问', '联系电话', '结果'], ['2026-11-19', '张伟', '13812345678', '不属实']],
  complaints: [['日期', '顾问', '客户姓名', '核实', '投诉内容'], ['2026-11-19', '张伟', '王妈妈', '是', '态度']],
  talks: [['日期', '顾问', '形式', '内容'], ['2026-11-19', '张伟', '正式', '月度沟通']],
  targets: [['目标周期', '顾问', '目标人数', '目标金额'], ['2026年11月', '', 20, 300000]],
};

describe('readSheet: every form', () => {
  for (const [id, { rows, expected }] of Object.entries(CHINESE) as [FormId, (typeof CHINESE)[FormId]][]) {
    it(`${id}: Chinese headers, found by its headers alone`, async () => {
      const r = await read('Sheet1', rows);
      expect(r.form).toBe(id);
      expect(r.headerRow).toBe(1);
      expect(r.issues).toEqual([]);
      expect(r.records).toHaveLength(1);
      expect([...r.records][0]).toMatchObject({ ...expected, origin: { file: 'a.xlsx', sheet: 'Sheet1', row: 2 } });
    });
    it(`${id}: English headers, under a title row`, async () => {
      const r = await read('Sheet1', [['Monthly sheet of the center'], [], ...ENGLISH[id]]);
      expect(r.form).toBe(id);
      expect(r.headerRow).toBe(3);
      expect(r.issues).toEqual([]);
      expect([...r.records][0]).toMatchObject({ ...expected, origin: { row: 4 } });
    });
    it(`${id}: the aliases of forms.md`, async () => {
      const r = await read(null, ALIASES[id], 'x.csv');
      expect(r.form).toBe(id);
      expect(r.issues).toEqual([]);
      expect(r.records).toHaveLength(1);
      expect([...r.records][0]!.origin).toEqual({ file: 'x.csv', sheet: null, row: 2 });
    });
  }

  it('reads headers with full-width characters, spaces, *, (必填) and colons', async () => {
    const r = await read('工作表', [
      ['顾问每日工作日程表（１１月）'],
      ['＊日期（必填）', ' 顾 问 ：', '联系电话*', '呼出类型(必填)', '通话结果:', 'ＣＡＬＬ ＴＹＰＥ', '预约\n时间（选填）'],
      ['11/18', '张伟', '13812345678', '一邀', '有意向', '', '11/22 10:00'],
    ]);
    expect(r.form).toBe('calls');
    expect(r.headerRow).toBe(2);
    expect(r.columns.map((c) => c.field)).toEqual(['date', 'advisor', 'phone', 'purpose', 'outcome', null, 'appointment']);
    // CALL TYPE names `purpose` again: reported, the first column wins.
    expect(flat(r)).toEqual([[2, 'ＣＡＬＬ ＴＹＰＥ', 'duplicate-header']]);
    expect(([...r.records][0] as CallRecord).purpose).toBe('first_invite');
  });

  it('keeps unknown columns but ignores them', async () => {
    const r = await read('Sheet1', [['日期', '顾问', '联系电话', '呼出类型', '通话结果', '星座'], ['2026-11-18', '张伟', '13812345678', '一邀', '已邀约', '白羊']]);
    expect(r.columns.at(-1)).toEqual({ index: 5, header: '星座', field: null });
    expect([...r.records][0]).not.toHaveProperty('星座');
  });
});

describe('readSheet: which form', () => {
  it('takes the form from the sheet name (附表1, English name) before the headers', async () => {
    // 日期 + 顾问 alone would be the talks form; the sheet name says calls.
    const r = await read('附表1', [['日期', '顾问', '联系电话', '呼出类型', '通话结果'], ['2026-11-18', '张伟', '', '一邀', '已邀约']]);
    expect(r.form).toBe('calls');
    const en = await read('Daily calls', [['Date', 'Advisor', 'Phone', 'Call type', 'Outcome'], ['2026-11-18', '张伟', '13812345678', '一邀', '已邀约']]);
    expect(en.form).toBe('calls');
  });

  it('takes the form of a CSV from its file name', async () => {
    const r = await read(null, [['日期', '顾问', '类型'], ['2026-11-19', '张伟', '病假']], 'sheets/请假登记.csv');
    expect(r.form).toBe('leave');
  });

  it('reports a named sheet that lacks a required column, and still reads it', async () => {
    const r = await read('顾问每日工作日程表', [['日期', '顾问', '联系电话', '通话结果'], ['2026-11-18', '张伟', '13812345678', '已邀约']]);
    expect(r.form).toBe('calls');
    expect(flat(r)).toEqual([[1, '呼出类型', 'missing-required']]);
    expect(r.records).toHaveLength(1);
  });

  it('skips, never guesses, a sheet that fits two forms equally', async () => {
    const r = await read('Sheet1', [['日期', '顾问', '类型', '属实'], ['2026-11-19', '张伟', '病假', '是']]);
    expect(r.form).toBeNull();
    expect([...r.records]).toEqual([]);
    expect(flat(r)).toEqual([[null, null, 'unknown-form']]);
    expect(r.reason).toContain('请假登记');
    expect(r.reason).toContain('客户投诉');
  });

  it('skips a sheet that matches no form, with the reason', async () => {
    const r = await read('Sheet1', [['姓名', '年龄'], ['小明', 5]]);
    expect(r.form).toBeNull();
    expect(r.issues[0]).toMatchObject({ code: 'unknown-form', severity: 'warning', sheet: 'Sheet1' });
    setLang('en');
    const en = await read('Sheet1', [['Name', 'Age']]);
    expect(en.reason).toMatch(/none of the first 10 rows/);
  });

  it('does not take a calls header lacking its phone column for a talks sheet', async () => {
    const r = await read('Sheet1', [['日期', '顾问', '电话号码', '呼出类型', '通话结果'], ['2026-11-18', '张伟', '13812345678', '一邀', '已邀约']]);
    expect(r.form).toBeNull();
    expect(r.reason).toBe('表头像是“顾问每日工作日程表”，但缺少必填列：联系电话。请补上这些列，或把工作表命名为“顾问每日工作日程表”。');
    const noDate = await read('Sheet1', [['顾问', '联系电话', '呼出类型', '通话结果'], ['张伟', '13812345678', '一邀', '已邀约']]);
    expect(noDate.reason).toContain('缺少必填列：日期');
  });

  it('skips a named sheet with no header in its first 10 rows', async () => {
    const r = await read('签约登记', [['合同汇总'], ['签约日期', '备注']]);
    expect(r.form).toBeNull();
    expect(r.reason).toContain('合约类型');
  });

  it('notes an empty sheet as info, a header without rows as empty-sheet', async () => {
    const blank = await read('Sheet2', []);
    expect(blank.issues.map((i) => [i.code, i.severity])).toEqual([['unknown-form', 'info']]);
    const headerOnly = await read('Sheet1', [['日期', '顾问', '联系电话', '呼出类型', '通话结果'], ['', '  ', null]]);
    expect(headerOnly.form).toBe('calls');
    expect(headerOnly.rows).toBe(0);
    expect(flat(headerOnly)).toEqual([[1, null, 'empty-sheet']]);
  });

  it('looks for the header in the first 10 rows only', async () => {
    const notes: CellValue[][] = Array.from({ length: 10 }, (_, i) => [`说明 ${i + 1}`]);
    const r = await read('Sheet1', [...notes, ['日期', '顾问', '联系电话', '呼出类型', '通话结果']]);
    expect(r.form).toBeNull();
  });
});

describe('readSheet: rows', () => {
  const HEADER: CellValue[] = ['日期', '顾问', '联系电话', '呼出类型', '通话结果', '预约时间'];

  it('counts a call without a phone, reports it, and leaves out a row without a date', async () => {
    const r = await read('Sheet1', [HEADER, ['2026-11-18', '张伟', '', '一邀', '已邀约'], ['', '张伟', '13812345678', '一邀', '已邀约']]);
    expect(flat(r)).toEqual([
      [2, '联系电话', 'missing-required'],
      [3, '日期', 'missing-required'],
    ]);
    expect(r.issues[1]!.message).toMatch(/未计入/);
    expect(r.records).toHaveLength(1);
    expect(r.rows).toBe(2);
  });

  it('reports every bad cell of a row, not only the first', async () => {
    const r = await read('Sheet1', [HEADER, ['2026-02-30', '张伟', '12345', '三邀', '已邀约', '明天下午']]);
    expect(flat(r)).toEqual([
      [2, '日期', 'bad-date'],
      [2, '联系电话', 'bad-phone'],
      [2, '呼出类型', 'bad-enum'],
      [2, '预约时间', 'bad-date'],
    ]);
    expect(r.issues.map((i) => i.severity)).toEqual(['error', 'error', 'error', 'warning']);
    expect(r.issues[2]!.message).toContain('一次邀约');
    expect([...r.records]).toEqual([]);
  });

  it('reads a repeated cell as its first reading and reports a repeated bad cell at every row', async () => {
    // readRow remembers each distinct date, name and choice cell of a column (its value and
    // the store's id): a repeat must give the same call, a bad one the same issue again.
    const r = await read('Sheet1', [
      HEADER,
      ['2026-11-18', '张 伟', '13812345678', '一邀', '已邀约'],
      ['2026-11-18', '张 伟', '13812345679', '三邀', '已邀约'],
      ['2026-11-18', '张 伟', '13812345670', '一邀', '已邀约'],
      ['2026-11-18', '张 伟', '13812345671', '三邀', '已邀约'],
      ['2026-02-30', '李娜', ' 13812345672', '二邀', '空号'],
      ['2026-02-30', '李娜', '13812345673', '二邀', '空号'],
      ['2026-11-19', '李娜', '13812345674', '二邀', '空号'],
    ]);
    expect(flat(r)).toEqual([
      [3, '呼出类型', 'bad-enum'],
      [5, '呼出类型', 'bad-enum'],
      [6, '日期', 'bad-date'],
      [7, '日期', 'bad-date'],
    ]);
    expect([...r.records].map((c) => [c.origin.row, (c as CallRecord).date, (c as CallRecord).advisor, (c as CallRecord).phone, (c as CallRecord).purpose])).toEqual([
      [2, '2026-11-18', '张伟', '13812345678', 'first_invite'],
      [3, '2026-11-18', '张伟', '13812345679', null],
      [4, '2026-11-18', '张伟', '13812345670', 'first_invite'],
      [5, '2026-11-18', '张伟', '13812345671', null],
      [8, '2026-11-19', '李娜', '13812345674', 'second_invite'],
    ]);
  });

  it('keeps row numbers as Excel shows them across blank rows and title rows', async () => {
    const r = await read('Sheet1', [['标题'], [], HEADER, ['2026-11-18', '张伟', '13812345678', '一邀', '已邀约'], [], [null, ''], ['2026-11-19', '张伟', '13812345679', '二邀', '未接通']]);
    expect(r.headerRow).toBe(3);
    expect([...r.records].map((x) => x.origin.row)).toEqual([4, 7]);
    expect(r.rows).toBe(2);
  });

  it('masks phones in issue values and messages', async () => {
    const r = await read('Sheet1', [HEADER, ['2026-11-18', '张伟', '138123456789', '一邀', '已邀约'], ['2026-11-18', '张伟', '13812345678', '一邀', '13812345678']]);
    const json = JSON.stringify(r.issues);
    expect(json).not.toMatch(/1381234567/);
    expect(r.issues[0]!.value).toBe('138****6789');
    expect(r.issues[1]!.value).toBe('138****5678');
  });

  it('reports bad numbers, money and yes/no cells', async () => {
    const r = await read('Sheet1', [
      ['计划月份', '顾问', '学员姓名', '剩余课时', '预计金额', '提交日期'],
      ['13月', '张伟', '小红', '八', '很多', '2026-11-01'],
    ]);
    expect(flat(r)).toEqual([
      [2, '计划月份', 'bad-date'],
      [2, '剩余课时', 'bad-number'],
      [2, '预计金额', 'bad-number'],
    ]);
    const c = await read('Sheet1', [['投诉日期', '顾问', '是否属实'], ['2026-11-19', '张伟', '也许']]);
    expect(flat(c)).toEqual([[2, '是否属实', 'bad-enum']]);
    expect([...c.records][0]).toMatchObject({ verified: null });
  });

  it('keys a card by its phone when it has no id, and leaves out a card with neither', async () => {
    const r = await read('客户管理表', [['顾问', '客户姓名', '联系电话'], ['张伟', '小明', '13812345678'], ['张伟', '小红', '']]);
    expect(r.records).toHaveLength(1);
    expect([...r.records][0]).toMatchObject({ id: '13812345678' });
    expect(flat(r)).toEqual([[3, '联系电话', 'missing-required']]);
  });

  it('reports the cells the reader cut, by header or column letter', async () => {
    const sheet = rawSheet('Sheet1', [[...HEADER, '备注'], ['2026-11-18', '张伟', '13812345678', '一邀', '已邀约', '', 'x'.repeat(10)]]);
    sheet.notes = [
      { row: 2, col: 6, code: 'cell-too-long' },
      { row: 2, col: 27, code: 'cell-too-long' },
    ];
    const r = await readSheet(sheet, 'a.xlsx', ctx());
    expect(r.issues.map((i) => [i.row, i.column, i.code, i.severity])).toEqual([
      [2, '备注', 'cell-too-long', 'warning'],
      [2, 'AB', 'cell-too-long', 'warning'],
    ]);
  });

  it("asks the reader for a calls sheet's phones as numbers past the header only, and not when rows are kept", async () => {
    const header = CHINESE.calls.rows[0]!;
    const row = (phone: string) => ['2026-11-18', '张伟', '小明', phone, '新单', '一次邀约', '已邀约', '', ''];
    // A reader that hands the phone as its number wherever the form layer asks for one, and
    // notes what it was asked at each row.
    const sheetOf = () => {
      const asked: (number | null)[] = [];
      const sheet: RawSheet = {
        name: '顾问每日工作日程表',
        async *rows() {
          const phones = Array.from({ length: 14 }, (_, i) => (i % 3 === 1 ? '010-62345678' : String(13812345670 + i)));
          const rows = [['标题'], header, ...phones.map(row)];
          for (let i = 0; i < rows.length; i++) {
            const number = sheet.numberColumn;
            asked.push(number ? number.column : null);
            const cells = rows[i]!.map((c, col): CellValue => {
              const bytes = Buffer.from(String(c), 'utf8');
              const n = number && col === number.column ? number.parse(bytes, 0, bytes.length) : Number.NaN;
              return n === n ? n : c;
            });
            yield { row: i + 1, cells };
          }
        },
      };
      return { sheet, asked };
    };
    const read = sheetOf();
    const r = await readSheet(read.sheet, 'a.xlsx', ctx());
    // Asked once the header search's 10 rows are read, for column D; cleared after.
    expect(read.asked).toEqual([...Array<null>(10).fill(null), 3, 3, 3, 3, 3, 3]);
    expect(read.sheet.numberColumn).toBeUndefined();
    expect((r.records as CallRecord[]).map((c) => c.phone)).toEqual(Array.from({ length: 14 }, (_, i) => (i % 3 === 1 ? '010-62345678' : String(13812345670 + i))));
    const kept = sheetOf();
    await readSheet(kept.sheet, 'a.xlsx', { ...ctx(), keepCells: 5 });
    expect(kept.asked).toEqual(Array<null>(16).fill(null));
  });

  it('keeps the first rows as read when asked (inspect --json)', async () => {
    const r = await readSheet(rawSheet('Sheet1', [['标题'], HEADER, ['2026-11-18', '张伟', '13812345678', '一邀', '已邀约']]), 'a.xlsx', { ...ctx(), keepCells: 2 });
    expect(r.cells).toEqual([
      { row: 1, cells: ['标题'] },
      { row: 2, cells: HEADER },
    ]);
  });
});

describe('readSheet: as-of and advisors', () => {
  const HEADER: CellValue[] = ['邀约日期', '顾问', '联系电话', '邀约类型', '预约场次'];

  it('leaves out rows dated after the as-of with one issue, keeping later sessions', async () => {
    const r = await read('Sheet1', [
      HEADER,
      ['2026-11-20', '张伟', '13812345678', '一邀', '2026-11-28 10:00'],
      ['2026-11-21', '张伟', '13812345679', '一邀', '2026-11-22 10:00'],
      ['11/23', '张伟', '13812345670', '一邀', '2026-11-29 10:00'],
    ]);
    expect([...r.records].map((x) => x.origin.row)).toEqual([2]);
    expect(flat(r)).toEqual([[3, '邀约日期', 'future-date']]);
    expect(r.issues[0]!.message).toContain('2 行');
  });

  it('maps aliases to the config names and reports names it does not list, once per name', async () => {
    const config = defaultConfig(RULE_SPECS);
    config.advisors = [{ name: '张伟', aliases: ['小张', 'Zhang Wei'], active: true }];
    const r = await read('Sheet1', [
      HEADER,
      ['2026-11-18', '小张', '13812345678', '一邀', '2026-11-22 10:00'],
      ['2026-11-18', 'zhang wei', '13812345679', '一邀', '2026-11-22 10:00'],
      ['2026-11-18', '李娜', '13812345670', '一邀', '2026-11-22 10:00'],
      ['2026-11-19', '李娜', '13812345671', '一邀', '2026-11-22 10:00'],
    ], 'a.xlsx', config);
    expect([...r.records].map((x) => (x as { advisor: string }).advisor)).toEqual(['张伟', '张伟', '李娜', '李娜']);
    expect(flat(r)).toEqual([[4, '顾问', 'unknown-advisor']]);
    // An error (issue 12 item 6): these rows would otherwise count toward nobody's quota.
    expect(r.issues[0]).toMatchObject({ severity: 'error', value: '李娜' });
    expect(r.issues[0]!.message).toContain('2 行');
    expect(r.issues[0]!.message).toContain('最接近的是“张伟”');
  });

  it('does not report advisors when the config lists none', async () => {
    const r = await read('Sheet1', [HEADER, ['2026-11-18', '李娜', '13812345670', '一邀', '2026-11-22 10:00']]);
    expect(r.issues).toEqual([]);
  });

  it('writes messages in English when asked', async () => {
    setLang('en');
    const r = await read('Sheet1', [HEADER, ['2026-11-18', '李娜', '', '一邀', '2026-11-22 10:00']]);
    expect(r.issues[0]!.message).toBe('"联系电话" is required and blank in this row.');
  });
});

describe('calls read in batches, phones typed as numbers', () => {
  // A reader that hands rows out in batches (as the xlsx reader does) and one that hands them
  // one by one must give the same calls and issues.
  const ROWS: CellValue[][] = [
    ['日期', '顾问', '联系电话', '呼出类型', '通话结果'],
    ['2026-11-18', '张伟', 13812345678, '一邀', '已邀约'],
    ['2026-11-18', '张 伟', 65521234, '一邀', '未接通'],
    [],
    ['2026-11-18', '李娜', 12345, '一邀', '已邀约'],
    ['2026-11-18', '李娜', '138 1234 5678', '一邀', '已邀约'],
    ['2026-11-19', '李娜', 19999999999.5, '二邀', '空号'],
  ];
  const batched = (rows: CellValue[][]) => {
    const sheet = rawSheet('附表1', rows);
    const all: { row: number; cells: CellValue[] }[] = [];
    return {
      ...sheet,
      rowBatches: () => ({
        async *[Symbol.asyncIterator]() {
          for await (const r of sheet.rows()) all.push(r);
          yield all.slice(0, 2);
          yield [];
          yield all.slice(2);
        },
      }),
    };
  };

  it('keeps a mobile number as its 11 digits, any other number as a phone or an issue', async () => {
    const one = await read('附表1', ROWS);
    const many = await readSheet(batched(ROWS), 'a.xlsx', ctx());
    for (const r of [one, many]) {
      expect([...r.records].map((c) => [c.origin.row, (c as CallRecord).advisor, (c as CallRecord).phone])).toEqual([
        [2, '张伟', '13812345678'],
        [3, '张伟', '65521234'],
        [5, '李娜', null],
        [6, '李娜', '13812345678'],
        [7, '李娜', null],
      ]);
      expect(flat(r)).toEqual([
        [5, '联系电话', 'bad-phone'],
        [7, '联系电话', 'bad-phone'],
      ]);
    }
  });
});
