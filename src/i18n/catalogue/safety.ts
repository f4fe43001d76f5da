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
  'read.damaged-part': {
    zh: '{file} 已损坏：内部的 {part} 校验不通过（CRC-32 或长度与目录不符），文件在传输或保存时被破坏',
    en: '{file} is damaged: its part {part} fails its check (CRC-32 or length differs from the directory); the file was corrupted in transfer or saving',
  },
  'read.damaged-part.hint': {
    zh: '请顾问重新发送原文件；或用 Excel 或 WPS 打开它（程序会尝试修复），另存为新的 .xlsx 再读取。',
    en: 'Ask the advisor to send the file again, or open it in Excel or WPS (they try to repair it) and save it as a new .xlsx.',
  },
  'read.duplicate-entry': {
    zh: '{file} 被拒绝：压缩包内有两个同名部件 {part}（不同程序会读到不同的内容）',
    en: '{file} was refused: it holds two parts named {part} (different programs would read different content)',
  },
  'read.duplicate-entry.hint': {
    zh: '用 Excel 或 WPS 打开它，确认内容后另存为新的 .xlsx 再读取。',
    en: 'Open it in Excel or WPS, check its content and save it as a new .xlsx, then read that.',
  },
  'read.ambiguous-entry': {
    zh: '{file} 被拒绝：压缩包内有几个只差大小写的部件 {part}，无法确定该读哪一个',
    en: '{file} was refused: it holds several parts named {part} differing only in case; which one is meant cannot be told',
  },
  'read.ambiguous-entry.hint': {
    zh: '用 Excel 或 WPS 打开它，确认内容后另存为新的 .xlsx 再读取。',
    en: 'Open it in Excel or WPS, check its content and save it as a new .xlsx, then read that.',
  },
  'read.invalid-utf8': {
    zh: '{file} 已损坏：内部的 {part} 含有无效的 UTF-8 字节',
    en: '{file} is damaged: its part {part} holds invalid UTF-8 bytes',
  },
  'read.invalid-utf8.hint': {
    zh: '用 Excel 或 WPS 打开它（程序会尝试修复），另存为新的 .xlsx 再读取。',
    en: 'Open it in Excel or WPS (they try to repair it) and save it as a new .xlsx, then read that.',
  },
  'issue.bad-shared-string': {
    zh: '“{column}”列的这个单元格指向一个不存在的共享字符串（文件已损坏），读不出它的内容。',
    en: 'This cell of "{column}" points to a shared string that does not exist (the file is damaged); its text cannot be read.',
  },
};
