/** Messages of the forms area: data issues found while reading sheets, and why a sheet was skipped. */
import type { Catalogue } from '../index.js';

export const forms = {
  'issue.missing-required': { zh: '“{column}”是必填项，这一行为空。', en: '"{column}" is required and blank in this row.' },
  'issue.missing-column': {
    zh: '表中没有必填列“{column}”，每一行的这一项都视为空。',
    en: 'The sheet has no "{column}" column, which is required; every row lacks it.',
  },
  'issue.left-out': { zh: '这一行未计入。', en: 'The row is left out.' },
  'issue.bad-date': { zh: '“{value}”不是有效的日期（例如 2026-11-20）。', en: '"{value}" is not a valid date (e.g. 2026-11-20).' },
  'issue.bad-datetime': {
    zh: '“{value}”不是有效的日期时间（例如 2026-11-22 14:30）。',
    en: '"{value}" is not a valid date and time (e.g. 2026-11-22 14:30).',
  },
  'issue.bad-month': { zh: '“{value}”不是有效的月份（例如 2026-12）。', en: '"{value}" is not a valid month (e.g. 2026-12).' },
  'issue.bad-period': {
    zh: '“{value}”不是有效的周期（月份如 2026-12，或周内日期如 2026-11-18）。',
    en: '"{value}" is not a valid period (a month such as 2026-12, or a date of the week such as 2026-11-18).',
  },
  'issue.bad-number': { zh: '“{value}”不是数字。', en: '"{value}" is not a number.' },
  'issue.bad-money': { zh: '“{value}”不是金额（例如 1280 或 ¥1,280.00）。', en: '"{value}" is not an amount (e.g. 1280 or ¥1,280.00).' },
  'issue.bad-phone': {
    zh: '“{value}”不是有效的电话：应为 11 位手机号或带区号的座机号。',
    en: '"{value}" is not a valid phone: expected an 11-digit mobile or a landline with its area code.',
  },
  'issue.bad-enum': { zh: '“{value}”不是“{column}”的可选值，可填：{allowed}。', en: '"{value}" is not a choice of "{column}"; choose one of: {allowed}.' },
  'issue.bad-bool': { zh: '“{value}”应为“是”或“否”。', en: '"{value}" should be yes or no.' },
  'issue.duplicate-header': {
    zh: '列“{column}”与前面的列“{first}”表示同一项，只读取前面那一列。',
    en: 'Column "{column}" names the same field as the earlier column "{first}"; only the earlier one is read.',
  },
  'issue.cell-too-long': {
    zh: '“{column}”列的这个单元格超过 Excel 的 32767 个字符上限，只读取了前面部分。',
    en: 'This cell of "{column}" is longer than Excel\'s 32,767-character limit; only its start was read.',
  },
  'issue.empty-sheet': { zh: '这张表只有表头，没有数据行。', en: 'The sheet has a header row and no data rows.' },
  'issue.unknown-form': { zh: '无法判断这张表是哪种表格，已跳过：{reason}', en: 'Could not tell which form this sheet is; skipped: {reason}' },
  'form.reason.about': { zh: '这是 clubcrm 生成的说明页，不是数据。', en: 'it is the About sheet clubcrm writes, not data.' },
  'form.reason.blank': { zh: '表是空的。', en: 'the sheet is empty.' },
  'form.reason.no-match': {
    zh: '前 10 行中没有哪一行包含某种表格的全部必填列（例如日程表需要：日期、顾问、联系电话、呼出类型、通话结果）。',
    en: 'none of the first 10 rows holds all the required columns of a form (e.g. the daily calls need: Date, Advisor, Phone, Call type, Outcome).',
  },
  'form.reason.ambiguous': {
    zh: '表头同样符合多种表格（{forms}）；请把工作表改名为其中一种表格的名称。',
    en: 'the header fits several forms equally ({forms}); rename the sheet to the name of one of them.',
  },
  'form.reason.no-header': {
    zh: '工作表名称表示“{form}”，但前 10 行中找不到它的表头（需要：{columns}）。',
    en: 'the sheet name says "{form}", but none of the first 10 rows is its header (needed: {columns}).',
  },
  'form.reason.incomplete': {
    zh: '表头像是“{form}”，但缺少必填列：{columns}。请补上这些列，或把工作表命名为“{form}”。',
    en: 'the header looks like "{form}" but lacks the required column(s): {columns}. Add them, or name the sheet "{form}".',
  },
  'issue.future-date': {
    zh: '{count} 行的日期晚于截止时间 {asOf}（第一行为第 {row} 行），尚未发生，暂不计入。',
    en: '{count} row(s) are dated after the as-of time {asOf} (the first is row {row}); they cannot have happened yet and are left out.',
  },
  'issue.duplicate-row': {
    zh: '与 {other} 的通话记录相同（顾问、日期、电话、类型、结果都一样），只计一次。',
    en: 'Same call as {other} (advisor, date, phone, type and outcome); counted once.',
  },
  'issue.ownership-conflict': {
    zh: '电话 {phone} 同时在 {advisor} 和 {other} 的客户名单中（另见 {place}）。',
    en: 'Phone {phone} is on the rosters of both {advisor} and {other} (see also {place}).',
  },
  'place.sheet-row': { zh: '{file}（{sheet}）第 {row} 行', en: '{file} ({sheet}) row {row}' },
  'place.csv-row': { zh: '{file} 第 {row} 行', en: '{file} row {row}' },
  'error.data-path-missing': { zh: '找不到要读取的文件或文件夹：{path}', en: 'The file or folder to read does not exist: {path}' },
  'error.data-path-missing.hint': {
    zh: '检查路径是否拼写正确；文件夹会连同子文件夹一起读取其中的 .xlsx 和 .csv 文件。',
    en: 'Check the path; a folder is read with its subfolders for .xlsx and .csv files.',
  },
} satisfies Catalogue;
