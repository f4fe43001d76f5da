/** Messages of the read area: why an input file cannot be opened, and what to do about it. */
import type { Catalogue } from '../index.js';

export const read = {
  'read.not-found': { zh: '找不到文件：{file}', en: 'File not found: {file}' },
  'read.not-found.hint': {
    zh: '检查路径和文件名是否写对（可以把文件拖进终端窗口得到完整路径）。',
    en: 'Check the path and the file name (dragging the file into the terminal gives its full path).',
  },
  'read.no-access': { zh: '没有权限读取文件：{file}', en: 'No permission to read the file: {file}' },
  'read.no-access.hint': {
    zh: '把文件复制到自己的文件夹，或请电脑管理员开放读取权限。',
    en: 'Copy the file into a folder of your own, or ask whoever manages the computer for read access.',
  },
  'read.is-directory': { zh: '{file} 是文件夹，不是表格文件', en: '{file} is a folder, not a spreadsheet file' },
  'read.is-directory.hint': {
    zh: '给出文件夹里的表格文件，或用 --data 读取整个文件夹。',
    en: 'Name a spreadsheet file inside the folder, or use --data to read the whole folder.',
  },
  'read.io-error': { zh: '读取文件 {file} 时出错（{code}）', en: 'Could not read the file {file} ({code})' },
  'read.io-error.hint': {
    zh: '确认文件没有被其他程序占用、磁盘可以正常访问，然后再试一次。',
    en: 'Make sure no other program holds the file and the disk is reachable, then try again.',
  },
  'read.empty': { zh: '{file} 是空文件（0 字节），不是表格', en: '{file} is empty (0 bytes), not a spreadsheet' },
  'read.empty.hint': {
    zh: '请顾问重新发送原始文件（可能在传输时损坏）。',
    en: 'Ask the advisor to send the original file again (it may have been damaged in transfer).',
  },
  'read.legacy-xls': {
    zh: '{file} 是旧版 Excel 97-2003 工作簿（.xls），不是 .xlsx',
    en: '{file} is an old Excel 97-2003 workbook (.xls), not an .xlsx',
  },
  'read.legacy-xls.hint': {
    zh: '用 Excel 或 WPS 打开它，选择"另存为" → "Excel 工作簿 (*.xlsx)"，再读取新文件。',
    en: 'Open it in Excel or WPS, choose "Save As" → "Excel Workbook (*.xlsx)", and read the new file.',
  },
  'read.encrypted': {
    zh: '{file} 设置了打开密码（已加密），无法读取',
    en: '{file} is protected with a password (encrypted) and cannot be read',
  },
  'read.encrypted.hint': {
    zh: '用 Excel 或 WPS 输入密码打开，在"文件 → 信息 → 保护工作簿"中删除密码，另存为不带密码的 .xlsx。',
    en: 'Open it in Excel or WPS with the password, remove the password (File → Info → Protect Workbook), and re-save as .xlsx without a password.',
  },
  'read.ole': {
    zh: '{file} 是旧版 Office 文件（OLE 格式），不是 .xlsx：可能是 .xls，或带密码的工作簿',
    en: '{file} is an old-style Office (OLE) file, not an .xlsx: a legacy .xls or a password-protected workbook',
  },
  'read.ole.hint': {
    zh: '用 Excel 或 WPS 打开，另存为不带密码的 .xlsx，再读取新文件。',
    en: 'Open it in Excel or WPS and re-save as .xlsx without a password, then read the new file.',
  },
  'read.html': {
    zh: '{file} 是以表格名字保存的网页（HTML/XML 文本），不是真正的 .xlsx',
    en: '{file} is a web page (HTML/XML text) saved with a spreadsheet name, not a real .xlsx',
  },
  'read.html.hint': {
    zh: '在 Excel 或 WPS 中打开它，再"另存为" → "Excel 工作簿 (*.xlsx)"。',
    en: 'Open it in Excel or WPS and save as .xlsx ("Save As" → "Excel Workbook (*.xlsx)").',
  },
  'read.ods': {
    zh: '{file} 是 OpenDocument 表格（.ods），不是 .xlsx',
    en: '{file} is an OpenDocument spreadsheet (.ods), not an .xlsx',
  },
  'read.ods.hint': {
    zh: '在 LibreOffice、WPS 或 Excel 中打开它，另存为 .xlsx。',
    en: 'Open it in LibreOffice, WPS or Excel and save it as .xlsx.',
  },
  'read.not-spreadsheet': {
    zh: '{file} 不是表格文件（既不是有效的 .xlsx，也不是 CSV 文本）',
    en: '{file} is not a spreadsheet (neither a valid .xlsx nor CSV text)',
  },
  'read.not-spreadsheet.hint': {
    zh: '确认选对了文件；如果它本应是表格，请顾问用 Excel 或 WPS 重新另存为 .xlsx 再发送。',
    en: 'Check that this is the right file; if it should be a spreadsheet, ask the advisor to save it again as .xlsx in Excel or WPS and resend it.',
  },
  'read.damaged': {
    zh: '{file} 已损坏：内部的 {part} 不是有效的内容',
    en: '{file} is damaged: its part {part} is not valid',
  },
  'read.damaged.hint': {
    zh: '用 Excel 或 WPS 打开它（程序会尝试修复），然后另存为新的 .xlsx 再读取。',
    en: 'Open it in Excel or WPS (they try to repair it) and save it again as a new .xlsx, then read that.',
  },
  'read.unsupported-zip': {
    zh: '{file} 使用了不支持的压缩方式（{part}）',
    en: '{file} uses a compression method this tool does not read ({part})',
  },
  'read.unsupported-zip.hint': {
    zh: '用 Excel 或 WPS 打开它，另存为 .xlsx（程序会用标准压缩重新保存）。',
    en: 'Open it in Excel or WPS and save it as .xlsx (they re-save with standard compression).',
  },
  'read.zip-bomb': {
    zh: '{file} 被拒绝：内部的 {part} 解压后异常地大（压缩比可疑，可能是恶意文件）',
    en: '{file} was refused: its part {part} expands to a suspiciously large size (possible zip bomb)',
  },
  'read.zip-bomb.hint': {
    zh: '不要打开来历不明的文件；如果文件来自顾问本人，请他用 Excel 或 WPS 重新另存为 .xlsx。',
    en: 'Do not open files of unknown origin; if the advisor really sent it, ask them to re-save it as .xlsx in Excel or WPS.',
  },
  'read.too-many-entries': {
    zh: '{file} 被拒绝：压缩包内有 {count} 个部件（上限 {max}）',
    en: '{file} was refused: it holds {count} {count|part|parts} (at most {max} are accepted)',
  },
  'read.too-many-entries.hint': {
    zh: '这不像顾问的表格。请用 Excel 或 WPS 打开并另存为 .xlsx，只保留需要的工作表。',
    en: "This does not look like an advisor's sheet. Open it in Excel or WPS and save as .xlsx, keeping only the sheets needed.",
  },
  'read.part-too-large': {
    zh: '{file} 被拒绝：内部的 {part} 解压后有 {size} 字节（上限 {max}）',
    en: '{file} was refused: its part {part} expands to {size} bytes (at most {max})',
  },
  'read.part-too-large.hint': {
    zh: '把数据拆成几个较小的工作簿，或删除不需要的内容后另存为 .xlsx。',
    en: 'Split the data into smaller workbooks, or delete what is not needed and save as .xlsx again.',
  },
  'read.doctype': {
    zh: '{file} 被拒绝：内部的 {part} 含有 DOCTYPE/实体声明（Excel 不会写这种内容，可能是恶意文件）',
    en: '{file} was refused: its part {part} carries a DOCTYPE / entity declarations (Excel never writes these; possibly hostile)',
  },
  'read.doctype.hint': {
    zh: '不要使用这个文件；如果它来自顾问本人，请他用 Excel 或 WPS 重新另存为 .xlsx。',
    en: 'Do not use this file; if the advisor really sent it, ask them to re-save it as .xlsx in Excel or WPS.',
  },
  'read.too-many-merges': {
    zh: '{file} 的工作表"{sheet}"有超过 {max} 个合并单元格区域，被拒绝',
    en: '{file}: sheet "{sheet}" has more than {max} merged ranges and was refused',
  },
  'read.too-many-merges.hint': {
    zh: '在 Excel 或 WPS 中全选该工作表，取消合并单元格，再另存为 .xlsx。',
    en: 'In Excel or WPS select the whole sheet, unmerge the cells, and save as .xlsx again.',
  },
  'read.too-many-rows': {
    zh: '{file} 的工作表"{sheet}"超过 Excel 的 {max} 行上限，文件不正常',
    en: '{file}: sheet "{sheet}" goes beyond Excel\'s {max} rows; the file is not sound',
  },
  'read.too-many-rows.hint': {
    zh: '用 Excel 或 WPS 打开它并另存为 .xlsx。',
    en: 'Open it in Excel or WPS and save it again as .xlsx.',
  },
  'read.csv-binary': {
    zh: '{file} 含有二进制数据，不是文本 CSV（无法识别为 UTF-8、UTF-16 或 GBK/GB18030 编码）',
    en: '{file} holds binary data, not CSV text (it decodes as neither UTF-8, UTF-16 nor GBK/GB18030)',
  },
  'read.csv-binary.hint': {
    zh: '确认选对了文件；CSV 请用 Excel 另存为"CSV UTF-8（逗号分隔）"，或直接发送 .xlsx。',
    en: 'Check that this is the right file; save CSV from Excel as "CSV UTF-8 (Comma delimited)", or send the .xlsx instead.',
  },
  'read.csv-malformed': {
    zh: '{file} 的 CSV 格式有误（第 {line} 行附近，例如引号没有成对）',
    en: '{file} is not well-formed CSV (near line {line}, e.g. an unbalanced quote)',
  },
  'read.csv-malformed.hint': {
    zh: '用 Excel 或 WPS 打开它检查该行，然后另存为 .xlsx 再读取。',
    en: 'Open it in Excel or WPS, check that line, then save it as .xlsx and read that.',
  },
  'read.csv-too-many-rows': {
    zh: '{file} 超过 Excel 的 {max} 行上限，不像是一份顾问的表格',
    en: "{file} goes beyond Excel's {max} rows; it does not look like an advisor's sheet",
  },
  'read.csv-too-many-rows.hint': {
    zh: '按月或按顾问把数据拆成几个较小的文件，再分别读取。',
    en: 'Split the data into smaller files (per month or per advisor) and read those.',
  },
  'read.csv-too-large': {
    zh: '{file} 有 {size} 字节，超过 CSV 的上限（{max} 字节）',
    en: '{file} is {size} bytes, more than the {max} bytes a CSV may have',
  },
  'read.csv-too-large.hint': {
    zh: '把数据拆成几个较小的文件（例如按月或按顾问），或另存为 .xlsx。',
    en: 'Split the data into smaller files (e.g. per month or per advisor), or save it as .xlsx.',
  },
} satisfies Catalogue;
