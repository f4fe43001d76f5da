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
};
