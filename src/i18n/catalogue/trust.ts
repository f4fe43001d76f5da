/**
 * Messages of issue 12 (counts a supervisor can trust): the config as people save it, the
 * corrected sheet replacing its source, duplicates of every form, calendar months.
 */
import type { Catalogue } from '../index.js';

export const trust = {
  'config.not-text': {
    zh: '内容不是文本（请用记事本打开确认，另存为 UTF-8）',
    en: 'the content is not text (open it in Notepad to check, and save it as UTF-8)',
  },
  'config.json-mistake': {
    zh: '配置文件 {file} 第 {line} 行第 {column} 列格式有误：{found}。{hint}',
    en: 'The config file {file} has a mistake at line {line}, column {column}: {found}. {hint}',
  },
  'config.json-found': { zh: '此处是“{found}”，不符合 JSON 格式', en: '"{found}" is not valid JSON here' },
  'config.json-end': { zh: '文件意外结束（可能少了 } 或 ]）', en: 'the text ends too early (a } or ] may be missing)' },
  'config.json-hint.full-width-quote': {
    zh: '看起来用了中文引号“”，请改为英文引号 "。',
    en: 'It looks like a full-width (Chinese) quote “”: use the plain quote " instead.',
  },
  'config.json-hint.full-width-comma': {
    zh: '看起来用了中文逗号“，”或顿号“、”，请改为英文逗号 ,。',
    en: 'It looks like a full-width (Chinese) comma ， or 、: use the plain comma , instead.',
  },
  'config.json-hint.full-width-colon': {
    zh: '看起来用了中文冒号“：”，请改为英文冒号 :。',
    en: 'It looks like a full-width (Chinese) colon ：: use the plain colon : instead.',
  },
  'config.json-hint.trailing-comma': {
    zh: '最后一项后面多了一个逗号，请删掉它。',
    en: 'There is a comma after the last entry: remove it.',
  },
  'config.json-hint.single-quote': {
    zh: 'JSON 中的文字要用英文双引号 " 括起来，不能用单引号。',
    en: 'Text in JSON is enclosed in double quotes ", not single quotes.',
  },
  'config.json-hint.none': {
    zh: '常见原因：中文引号或逗号、最后一项后多了逗号、少了引号或括号。',
    en: 'Usual causes: full-width quotes or commas, a comma after the last entry, a missing quote or bracket.',
  },
  'config.unknown-key': {
    zh: '配置文件中的 {key} 不是已知的设置，已忽略{closest}。',
    en: 'The config key {key} is not a known setting and is ignored{closest}.',
  },
  'config.unknown-key.closest': { zh: '（是否想写 {closest}？）', en: ' (did you mean {closest}?)' },
  'config.warning-prefix': { zh: '警告', en: 'Warning' },
  'config.expect.finite': { zh: '一个有限的数字', en: 'a finite number' },
  'config.expect.not-negative': { zh: '不小于 0 的数字', en: 'a number not below 0' },
  'config.expect.share': { zh: '0 到 1 之间的比例（如 0.3 表示 30%）', en: 'a share from 0 to 1 (0.3 is 30%)' },
  'config.expect.day-of-month': { zh: '1 到 28 之间的整数（每月第几日）', en: 'a whole day of the month from 1 to 28' },
  'config.expect.choices': { zh: '以下词语之一：{list}', en: 'words from: {list}' },
  'config.expect.callback-sample': { zh: '0 到 {max} 之间的整数（每位顾问每周抽查的电话数）', en: 'a whole number from 0 to {max} (calls checked per advisor and week)' },
  'config.expect.name': { zh: '一个名字（不能为空，也不能是 __proto__ 之类的保留词）', en: 'a name (not empty, not a reserved word such as __proto__)' },
  'config.expect.did-you-mean': { zh: '已知的设置（是否想写 {closest}？）', en: 'a known setting (did you mean {closest}?)' },
  'config.expect.one-of': { zh: '以下之一：{list}', en: 'one of: {list}' },
  'import.line.replaced-source': {
    zh: '是 {source} 的修改版，已替换它；旧版本保留在 {kept}',
    en: 'the corrected copy of {source}, which it replaces; the older copy is kept as {kept}',
  },
  'import.line.source-gone': {
    zh: '这是 {source} 的标注副本，但该文件已被更新版本替换，因此作为单独的表格导入（重复的行只计一次）。',
    en: 'This is an annotated copy of {source}, which has since been replaced by a newer version, so it is imported as a sheet of its own (repeated rows count once).',
  },
  'issue.duplicate-row.same': {
    zh: '与 {other} 完全相同（每一列都一样），只计一次。',
    en: 'Same row as {other} (every column alike); counted once.',
  },
  'director.period.month': { zh: '期间：{start} – {end}（自然月）', en: 'Period: {start} – {end} (calendar month)' },
  'director.period.weeks': {
    zh: '期间：{wstart} – {wend}（周五在本月的各周）',
    en: 'Period: {wstart} – {wend} (the weeks whose Friday falls in the month)',
  },
  'director.period.advisors': {
    zh: '期间：{start} – {end}（自然月）；呼出达标周数按 {wstart} – {wend} 的周',
    en: 'Period: {start} – {end} (calendar month); weeks meeting the call quota: the weeks {wstart} – {wend}',
  },
} satisfies Catalogue;
