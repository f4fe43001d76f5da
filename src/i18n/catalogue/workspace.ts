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
};
