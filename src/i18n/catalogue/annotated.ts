/** The annotated copy's name and its first sheet 问题清单 (every problem, a link to its cell, what to do). */
import type { Message } from '../index.js';

export const annotated: Record<string, Message> = {
  'annotated.suffix': { zh: '待修改', en: 'to-fix' },
  'annotated.sheet': { zh: '问题清单', en: 'Problems' },
  'annotated.title': {
    zh: '{file}：共 {n} 个问题。点“位置”跳到单元格，改好后把整个文件交回（这一页导入时会跳过）。',
    en: '{file}: {n} {n|problem|problems}. Click a place to go to its cell; send the whole file back once corrected (this sheet is skipped on import).',
  },
  'annotated.col.no': { zh: '序号', en: 'No.' },
  'annotated.col.place': { zh: '位置', en: 'Place' },
  'annotated.col.sheet': { zh: '工作表', en: 'Sheet' },
  'annotated.col.row': { zh: '行', en: 'Row' },
  'annotated.col.column': { zh: '列', en: 'Column' },
  'annotated.col.level': { zh: '级别', en: 'Level' },
  'annotated.col.problem': { zh: '问题', en: 'Problem' },
  'annotated.col.fix': { zh: '怎么改', en: 'What to do' },
  'fix.missing-required': { zh: '把这一格填上', en: 'Fill in this cell' },
  'fix.bad-date': { zh: '写成日期，例如 2026-11-18 或 11月18日', en: 'Write a date, e.g. 2026-11-18 or 11月18日' },
  'fix.bad-number': { zh: '只写数字（金额不带单位）', en: 'Write a number only (amounts without units)' },
  'fix.bad-phone': { zh: '写 11 位手机号或带区号的座机号', en: 'Write an 11-digit mobile or a landline with its area code' },
  'fix.bad-enum': { zh: '从下拉列表里选一个值', en: 'Pick a value from the dropdown' },
  'fix.unknown-advisor': { zh: '写顾问名单里的名字（或请主管把这个名字加进配置）', en: "Write a name from the advisors' list (or ask the supervisor to add it to the config)" },
  'fix.unknown-form': { zh: '这张表没有认出是哪种表格：用模板的表头', en: 'This sheet was not recognised as a form: use the template headers' },
  'fix.duplicate-header': { zh: '删掉重复的列', en: 'Delete the duplicate column' },
  'fix.duplicate-row': { zh: '删掉重复的一行', en: 'Delete the duplicate row' },
  'fix.ownership-conflict': { zh: '和主管确认这个客户归谁，只留在一位顾问名下', en: 'Agree with the supervisor whose customer this is; keep them with one advisor' },
  'fix.future-date': { zh: '检查日期：不能晚于今天', en: 'Check the date: it cannot be after today' },
  'fix.row-limit': { zh: '把表格拆成几个文件', en: 'Split the sheet into several files' },
  'fix.cell-too-long': { zh: '缩短这一格的内容', en: 'Shorten this cell' },
  'fix.empty-sheet': { zh: '填上本周的记录；确实没有就不用改', en: "Fill in the week's rows; if there really are none, leave it" },
};
