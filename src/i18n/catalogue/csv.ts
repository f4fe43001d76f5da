/** Messages of the CSV reader's encoding decisions (src/read/csv.ts). */
import type { Catalogue } from '../index.js';

export const csv = {
  'read.csv-western': {
    zh: '{file} 既不是 UTF-8 也不是中文 GBK 编码，看起来是西欧文字（Windows-1252 编码，例如"{sample}"）',
    en: '{file} is neither UTF-8 nor Chinese GBK text: it looks like Western European text (Windows-1252, e.g. "{sample}")',
  },
  'read.csv-western-garbled': {
    zh: '{file} 不是 UTF-8，看起来是西欧文字（Windows-1252 编码，例如"{sample}"）；按 GBK 读会变成乱码（"{garbled}"）',
    en: '{file} is not UTF-8 and looks like Western European text (Windows-1252, e.g. "{sample}"); read as GBK it would be garbled ("{garbled}")',
  },
  'read.csv-western.hint': {
    zh: '如果确实是西欧编码，加 --encoding windows-1252 读取（或在配置里写 "csvEncoding"）；更好的是用 Excel 另存为"CSV UTF-8（逗号分隔）"或 .xlsx。',
    en: 'If it really is Western European text, read it with --encoding windows-1252 (or "csvEncoding" in the config); better, save it from Excel as "CSV UTF-8 (Comma delimited)" or .xlsx.',
  },
  'read.csv-bom-gbk': {
    zh: '{file} 开头标着 UTF-8（BOM），后面的文字却是 GBK 编码：两种编码混在一个文件里',
    en: '{file} starts with a UTF-8 byte-order mark but the text after it is GBK: two encodings mixed in one file',
  },
  'read.csv-bom-gbk.hint': {
    zh: '用 Excel 打开它另存为"CSV UTF-8（逗号分隔）"或 .xlsx；或加 --encoding gbk 按 GBK 读取。',
    en: 'Open it in Excel and save it as "CSV UTF-8 (Comma delimited)" or .xlsx; or read it as GBK with --encoding gbk.',
  },
  'read.csv-utf16-odd': {
    zh: '{file} 是 {encoding} 编码，但字节数是奇数：文件被截断或已损坏',
    en: '{file} is {encoding} text with an odd number of bytes: the file is cut short or damaged',
  },
  'read.csv-utf16-odd.hint': {
    zh: '请顾问重新导出或重新发送这个文件（最好另存为 .xlsx）。',
    en: 'Ask the advisor to export or send the file again (preferably saved as .xlsx).',
  },
  'read.csv-bad-bytes': {
    zh: '{file} 标明是 {encoding} 编码，但其中有不合该编码的字节：文件已损坏或混了别的编码',
    en: '{file} is marked as {encoding} but holds bytes that are not valid in it: it is damaged or mixes encodings',
  },
  'read.csv-bad-bytes.hint': {
    zh: '用 Excel 打开它检查后另存为 .xlsx，或请顾问重新发送。',
    en: 'Open it in Excel, check it and save it as .xlsx, or ask the advisor to send it again.',
  },
  'read.csv-encoding-changes': {
    zh: '{file} 前面是 {encoding} 编码，但大约从第 {line} 行起不再是：一个文件里混了两种编码',
    en: '{file} begins as {encoding} text but from about line {line} it is not: two encodings mixed in one file',
  },
  'read.csv-encoding-changes.hint': {
    zh: '用 Excel 打开它另存为"CSV UTF-8（逗号分隔）"或 .xlsx；若知道文件的编码，用 --encoding 指明。',
    en: 'Open it in Excel and save it as "CSV UTF-8 (Comma delimited)" or .xlsx; if you know its encoding, say it with --encoding.',
  },
  'read.csv-not-declared': {
    zh: '{file} 不是所指定的 {encoding} 编码（大约第 {line} 行有不合该编码的字节）',
    en: '{file} is not in the encoding given, {encoding} (bytes not valid in it near line {line})',
  },
  'read.csv-not-declared.hint': {
    zh: '去掉 --encoding（或配置里的 "csvEncoding"）让 clubcrm 自动识别，或指明正确的编码。',
    en: 'Leave out --encoding (or the config\'s "csvEncoding") to let clubcrm detect it, or give the right encoding.',
  },
  'opt.encoding': {
    zh: 'CSV 文件的编码（utf-8、gbk、utf-16le、windows-1252 等）；默认自动识别',
    en: 'the encoding of CSV files (utf-8, gbk, utf-16le, windows-1252, ...); detected by default',
  },
  'error.bad-encoding-option': {
    zh: '不认识的编码名称；可用 utf-8、gbk、gb18030、utf-16le、utf-16be、windows-1252 等',
    en: 'not an encoding clubcrm knows; use utf-8, gbk, gb18030, utf-16le, utf-16be, windows-1252, ...',
  },
} satisfies Catalogue;
