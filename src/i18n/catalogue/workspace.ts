/** Messages of the workspace area: config, init, templates, import. */
import type { Message } from '../index.js';

export const workspace: Record<string, Message> = {
  'error.no-workspace': {
    zh: '{dir} 不是 clubcrm 工作区（其中没有 clubcrm.config.json）。',
    en: '{dir} is not a clubcrm workspace (no clubcrm.config.json in it).',
  },
  'error.no-workspace.hint': {
    zh: '先运行 clubcrm init 创建工作区，或用 --data 直接指定表格。',
    en: 'Run clubcrm init to create one, or give the sheets directly with --data.',
  },
  'error.bad-config': {
    zh: '配置文件 {file} 中的 {field} 无效：应为 {expected}。',
    en: 'In the config file {file}, {field} is invalid: expected {expected}.',
  },
  'error.bad-config.hint': {
    zh: '改正该项后重试；可参考 clubcrm init 生成的配置文件。',
    en: 'Correct that entry and try again; clubcrm init writes a config with every default to compare with.',
  },
  'error.config-unreadable': {
    zh: '无法读取配置文件 {file}：{reason}',
    en: 'Cannot read the config file {file}: {reason}',
  },
  'error.config-unreadable.hint': {
    zh: '配置文件须为 JSON 格式（UTF-8），检查是否缺少逗号或引号。',
    en: 'The config must be JSON (UTF-8); look for a missing comma or quote.',
  },
  'error.workspace-locked': {
    zh: '另一个 clubcrm 正在这个文件夹里工作（进程 {pid}，开始于 {since}）。',
    en: 'Another clubcrm is working in this folder (pid {pid}, since {since}).',
  },
  'error.workspace-locked.hint': {
    zh: '等它结束后再试。如果确定没有别的 clubcrm 在运行，删除锁文件 {path} 后重试。',
    en: 'Wait for it to finish and try again. If you are sure no other clubcrm runs, delete the lock file {path} and retry.',
  },
  'error.lock-unwritable': {
    zh: '无法在工作区创建锁文件 {path}：{reason}',
    en: 'Cannot create the lock file {path} in the workspace: {reason}',
  },
  'error.lock-unwritable.hint': {
    zh: '检查工作区文件夹是否有写入权限。',
    en: 'Check that the workspace folder is writable.',
  },
  'template.note.required': { zh: '必填', en: 'Required' },
  'template.note.optional': { zh: '选填', en: 'Optional' },
  'template.note.type.date': { zh: '日期，例如 2026-11-20', en: 'A date, e.g. 2026-11-20' },
  'template.note.type.datetime': { zh: '日期和时间，例如 2026-11-22 10:00', en: 'A date and time, e.g. 2026-11-22 10:00' },
  'template.note.type.month': { zh: '月份，例如 2026-12', en: 'A month, e.g. 2026-12' },
  'template.note.type.period': { zh: '周的开始日期（例如 2026-11-18）或月份（例如 2026-12）', en: 'A week start date (e.g. 2026-11-18) or a month (e.g. 2026-12)' },
  'template.note.type.text': { zh: '文字', en: 'Text' },
  'template.note.type.name': { zh: '顾问姓名，与配置中的名字一致', en: "The advisor's name, as in the config" },
  'template.note.type.phone': { zh: '手机号（11 位）或座机号', en: 'Mobile (11 digits) or landline number' },
  'template.note.type.number': { zh: '数字', en: 'A number' },
  'template.note.type.money': { zh: '金额（元）', en: 'Amount (yuan)' },
  'template.note.type.enum': { zh: '从下拉列表中选择', en: 'Choose from the list' },
  'template.note.type.bool': { zh: '从下拉列表中选择：是 或 否', en: 'Choose from the list: yes or no' },
  'template.note.values': { zh: '可选值：{values}', en: 'Values: {values}' },
  'template.dropdown.title': { zh: '请从列表中选择', en: 'Choose from the list' },
  'template.dropdown.error': { zh: '这一列应填写：{values}', en: 'This column takes: {values}' },
  'error.workspace-exists': {
    zh: '这里已经是工作区：{path} 已存在。',
    en: 'This is already a workspace: {path} exists.',
  },
  'error.workspace-exists.hint': {
    zh: '不需要再次初始化。如要恢复全部默认值（会覆盖该配置文件和模板），加上 --force。',
    en: 'No need to init again. To reset every default (this overwrites that config and the templates), add --force.',
  },
  'init.done': { zh: '已创建工作区：{dir}', en: 'Workspace created: {dir}' },
  'init.config': {
    zh: '配置文件 {path}：含手册的全部默认值，每条规则注明手册章节',
    en: 'Config {path}: every default of the manual, each rule with its manual section',
  },
  'init.templates': { zh: '空白模板（{count} 个）：', en: 'Blank templates ({count}):' },
  'init.kept': { zh: '已存在，保留未改', en: 'exists, kept as it was' },
  'init.next': { zh: '下一步：', en: 'Next:' },
  'init.next.advisors': {
    zh: '在 {path} 中填写中心名称（center）和顾问名单（advisors）；',
    en: 'In {path}, fill in the center name (center) and the advisors (advisors);',
  },
  'init.next.templates': {
    zh: '把 templates 文件夹中的模板发给顾问填写；',
    en: 'send the templates of the templates folder to the advisors;',
  },
  'init.next.import': {
    zh: '收到表格后运行：clubcrm import <文件或文件夹>',
    en: 'when their sheets come back, run: clubcrm import <file or folder>',
  },
  'templates.done': { zh: '已写入 {count} 个空白模板到 {dir}：', en: 'Wrote {count} blank templates into {dir}:' },
};
