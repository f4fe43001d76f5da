/** Messages of issue 16: writes that cannot lie, damaged and foreign files named, long issue lists. */
import type { Catalogue } from '../index.js';

export const safety = {
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
  'read.format.save-as-xlsx': {
    zh: '用 Excel 或 WPS 打开它，另存为 .xlsx（Excel 工作簿）再读取。',
    en: 'Open it in Excel or WPS and save it as .xlsx (Excel Workbook), then read that.',
  },
  'read.format.not-a-sheet': {
    zh: '这不是表格文件。请把顾问交来的 .xlsx 或 .csv 表格交给 clubcrm。',
    en: "This is not a spreadsheet. Give clubcrm the advisor's .xlsx or .csv sheet.",
  },
  'read.format.biff': { zh: '{file} 是 Excel 2.x-4.0 的旧式工作表（BIFF2-4），本工具不读这种格式', en: '{file} is an old Excel 2.x-4.0 worksheet (BIFF2-4), which this tool does not read' },
  'read.format.lotus': { zh: '{file} 是 Lotus 1-2-3 工作表，本工具不读这种格式', en: '{file} is a Lotus 1-2-3 worksheet, which this tool does not read' },
  'read.format.quattro': { zh: '{file} 是 Quattro Pro 工作簿，本工具不读这种格式', en: '{file} is a Quattro Pro workbook, which this tool does not read' },
  'read.format.dbase': { zh: '{file} 是 dBase 数据表（.dbf），本工具不读这种格式', en: '{file} is a dBase table (.dbf), which this tool does not read' },
  'read.format.sylk': { zh: '{file} 是 SYLK 符号链接文件（ID;P…），不是 CSV', en: '{file} is a SYLK file (ID;P…), not CSV' },
  'read.format.dif': { zh: '{file} 是 DIF 数据交换文件（TABLE / 0,1 …），不是 CSV', en: '{file} is a DIF file (TABLE / 0,1 …), not CSV' },
  'read.format.fixed-width': { zh: '{file} 是按空格对齐的文本（如 .prn），没有分隔符，不是 CSV', en: '{file} is text aligned with spaces (such as .prn), with no separators: not CSV' },
  'read.format.json': { zh: '{file} 是 JSON 数据，不是表格', en: '{file} is JSON data, not a spreadsheet' },
  'read.format.makefile': { zh: '{file} 是 Makefile 之类的程序文件，不是表格', en: '{file} is a Makefile or similar build file, not a spreadsheet' },
  'read.format.script': { zh: '{file} 是脚本程序（#!…），不是表格', en: '{file} is a script (#!…), not a spreadsheet' },
  'read.format.xlsb': { zh: '{file} 是 Excel 二进制工作簿（.xlsb），本工具只读 .xlsx', en: '{file} is an Excel binary workbook (.xlsb); this tool reads .xlsx only' },
  'read.format.excel-2003-xml': { zh: '{file} 是 Excel 2003 XML 表格（.xml），本工具只读 .xlsx', en: '{file} is an Excel 2003 XML spreadsheet; this tool reads .xlsx only' },
  'read.format.numbers': { zh: '{file} 是 Apple Numbers 表格，本工具只读 .xlsx', en: '{file} is an Apple Numbers spreadsheet; this tool reads .xlsx only' },
  'read.link-loop': { zh: '{file} 是一个指向自身的链接（循环链接），读不到任何文件', en: '{file} is a link that points to itself (a link loop); there is no file to read' },
  'read.link-loop.hint': { zh: '删除这个链接，把真正的表格文件放在这里。', en: 'Remove the link and put the real sheet file there.' },
  'read.xlsx-too-large': {
    zh: '{file} 有 {size} MB，超过本工具读取 .xlsx 文件的上限（{max} MB），不像顾问的表格',
    en: "{file} is {size} MB, more than the largest .xlsx this tool reads ({max} MB); it does not look like an advisor's sheet",
  },
  'read.xlsx-too-large.hint': {
    zh: '把数据拆成几个较小的工作簿，或删除不需要的内容后另存为 .xlsx。',
    en: 'Split the data into smaller workbooks, or delete what is not needed and save as .xlsx again.',
  },
  'cli.verb.cache': {
    zh: '“cache clear”删除读取缓存（含完整电话号码）',
    en: '"cache clear" removes the read cache (it holds full phone numbers)',
  },
  'cache.actions': { zh: '可用的操作：clear', en: 'the action available is: clear' },
  'cache.no-workspace': {
    zh: '{dir} 不在工作区内（找不到 clubcrm.config.json），没有缓存可删。',
    en: '{dir} is not inside a workspace (no clubcrm.config.json found): there is no cache to clear.',
  },
  'cache.no-workspace.hint': { zh: '在工作区里运行，或用 --dir 指定工作区。', en: 'Run it inside the workspace, or name it with --dir.' },
  'cache.cleared': {
    zh: '已删除读取缓存：{files} 个文件，{mb} MB（{path}）。下次运行会重新读取表格。',
    en: 'Removed the read cache: {files} files, {mb} MB ({path}). The next run reads the sheets again.',
  },
  'cache.empty': { zh: '没有读取缓存（{path}）。', en: 'There is no read cache ({path}).' },
  'read.damaged-file': { zh: '{file} 已损坏，读不出它的内容', en: '{file} is damaged; its content cannot be read' },
  'read.damaged-file.hint': {
    zh: '用 Excel 或 WPS 打开它（程序会尝试修复），然后另存为新的 .xlsx 再读取。',
    en: 'Open it in Excel or WPS (they try to repair it) and save it again as a new .xlsx, then read that.',
  },
} satisfies Catalogue;
