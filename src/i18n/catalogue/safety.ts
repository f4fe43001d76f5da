/** Messages of issue 16: writes that cannot lie, damaged and foreign files named, long issue lists. */
import type { Message } from '../index.js';

export const safety: Record<string, Message> = {
  'error.disk-full': {
    zh: '磁盘空间不足：{path} 未能写完整，{kept}',
    en: 'The disk is full: {path} could not be written completely; {kept}',
  },
  'error.disk-full.hint': {
    zh: '腾出磁盘空间（或换一个 --out 位置）后重新运行。',
    en: 'Free some disk space (or choose another place with --out) and run again.',
  },
  'error.disk-io': {
    zh: '写入 {path} 时磁盘出错（{code}），{kept}',
    en: 'The disk failed while writing {path} ({code}); {kept}',
  },
  'error.disk-io.hint': {
    zh: '检查磁盘或网络文件夹是否正常，然后重新运行。',
    en: 'Check the disk or network folder, then run again.',
  },
  'error.write-incomplete': {
    zh: '{path} 写入后检查不完整（{reason}），{kept}',
    en: '{path} was incomplete when checked after writing ({reason}); {kept}',
  },
  'error.write-incomplete.hint': {
    zh: '检查磁盘空间和文件夹，然后重新运行。',
    en: 'Check the disk space and the folder, then run again.',
  },
  'error.kept-old': { zh: '原文件未改动。', en: 'the old file is unchanged.' },
  'error.kept-none': { zh: '没有留下不完整的文件。', en: 'no partial file was left.' },
  'write.size-mismatch': { zh: '应为 {expected} 字节，实际 {actual} 字节', en: '{expected} bytes expected, {actual} on disk' },
  'write.zip-unreadable': { zh: '工作簿的 zip 目录读不出', en: "the workbook's zip directory cannot be read" },
  'error.lock-disk-full': {
    zh: '磁盘空间不足，无法在工作区创建锁文件 {path}；没有留下锁文件。',
    en: 'The disk is full: the lock file {path} cannot be created in the workspace; no lock was left behind.',
  },
  'error.lock-disk-full.hint': {
    zh: '腾出磁盘空间后重新运行。',
    en: 'Free some disk space and run again.',
  },
  'view.issue-run': { zh: '（共 {count} 行）', en: ' ({count} rows)' },
  'view.issues-more': {
    zh: '… 另有 {count} 个问题，见 --json / 数据问题表',
    en: '… {count} more issues: see --json / the data issues sheet',
  },
};
