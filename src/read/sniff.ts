/**
 * Formats named for what they are (issue 16 item 5): files that are neither xlsx nor CSV,
 * recognised by their first bytes before the CSV reader sees them, so that each is refused by
 * name ("a Lotus 1-2-3 worksheet: save it as .xlsx") rather than as "not a spreadsheet" or,
 * worse, read as CSV text.
 */
import { ClubError } from '../errors.js';

/** A format refused by name: its message is `read.format.<format>`. */
export type NamedFormat =
  | 'biff'
  | 'lotus'
  | 'quattro'
  | 'dbase'
  | 'sylk'
  | 'dif'
  | 'fixed-width'
  | 'json'
  | 'makefile'
  | 'script'
  | 'xlsb'
  | 'excel-2003-xml'
  | 'numbers';

/** A format recognised by its first bytes: the catalogue word for it and whether "save as .xlsx" helps. */
interface Known {
  format: NamedFormat;
  test: (head: Buffer) => boolean;
}

const startsWith = (head: Buffer, bytes: number[]): boolean => bytes.every((b, i) => head[i] === b);

/** BIFF2-4 (Excel 2.x-4.0) worksheets start with their BOF record: 09 00 / 09 02 / 09 04, then a small length. */
function isOldBiff(head: Buffer): boolean {
  return head.length >= 8 && head[0] === 0x09 && (head[1] === 0x00 || head[1] === 0x02 || head[1] === 0x04) && head[3] === 0x00 && head[2]! >= 4 && head[2]! <= 16;
}

/** A dBase table: version byte, a plausible last-update date, a header ending in 0x0D. */
function isDbase(head: Buffer): boolean {
  if (head.length < 64 || ![0x02, 0x03, 0x04, 0x05, 0x30, 0x31, 0x43, 0x63, 0x83, 0x8b, 0xcb, 0xf5, 0xfb].includes(head[0]!)) return false;
  const month = head[2]!;
  const day = head[3]!;
  const headerLen = head.readUInt16LE(8);
  const recordLen = head.readUInt16LE(10);
  if (month < 1 || month > 12 || day < 1 || day > 31 || recordLen === 0 || headerLen < 65) return false;
  if ((headerLen - 1) % 32 !== 0 && (headerLen - 1 - 263) % 32 !== 0) return false;
  return headerLen > head.length || head[headerLen - 1] === 0x0d;
}

const BINARY: Known[] = [
  { format: 'biff', test: isOldBiff },
  // Lotus 1-2-3: WKS/WK1 (BOF 00 00 02 00 04|06 04), WK3/WK4 (00 00 1A 00).
  { format: 'lotus', test: (h) => startsWith(h, [0x00, 0x00, 0x02, 0x00]) && (h[4] === 0x04 || h[4] === 0x06) && h[5] === 0x04 },
  { format: 'lotus', test: (h) => startsWith(h, [0x00, 0x00, 0x1a, 0x00]) },
  // Quattro Pro for DOS (WQ1/WQ2: 00 00 02 00 20|21 51) and for Windows (WB1-3: 'QPW' or 0x00 00 02 00 ... 'W').
  { format: 'quattro', test: (h) => startsWith(h, [0x00, 0x00, 0x02, 0x00]) && (h[4] === 0x20 || h[4] === 0x21 || h[4] === 0x22) && h[5] === 0x51 },
  { format: 'quattro', test: (h) => h.subarray(0, 4).toString('latin1') === 'QPW\u0000' },
  { format: 'dbase', test: isDbase },
];

/** The first lines of a text head, without a BOM. */
function textLines(head: Buffer): string[] {
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  return text.split(/\r\n|\r|\n/).slice(0, 30);
}

/** Text formats that are not CSV, whatever the file's name. */
function textFormat(head: Buffer): NamedFormat | null {
  const lines = textLines(head);
  const first = lines[0] ?? '';
  // SYLK: "ID;P..." first record.
  if (/^ID;P/.test(first)) return 'sylk';
  // DIF: TABLE / 0,1 / "..." header.
  if (first.trim() === 'TABLE' && (lines[1] ?? '').trim() === '0,1') return 'dif';
  const nonEmpty = lines.filter((l) => l.trim().length > 0);
  const start = (nonEmpty[0] ?? '').trimStart();
  // JSON: an object or array whose first member looks like JSON.
  if (/^[{[]\s*("|\{|\[|$)/.test(start) && !/^[[{][^,]*,[^,]*,/.test(start)) return 'json';
  // A Makefile / shell script: rules "target: deps" with tab-indented commands, or a shebang.
  if (start.startsWith('#!')) return 'script';
  if (nonEmpty.some((l) => /^[\w./$() -]+:([^=]|$)/.test(l)) && nonEmpty.some((l) => /^\t\S/.test(l)) && !nonEmpty.some((l) => l.includes(','))) return 'makefile';
  // Fixed-width text (.prn, a report printed to a file): several lines, no separator at all,
  // columns lined up by runs of spaces.
  const body = nonEmpty.slice(0, 20);
  if (body.length >= 2 && !body.some((l) => /[,;\t|]/.test(l)) && body.filter((l) => / {2,}\S/.test(l.trim())).length >= Math.ceil(body.length / 2)) {
    return 'fixed-width';
  }
  return null;
}

/**
 * The refusal for a file whose first bytes say it is a known non-xlsx, non-CSV format, or null.
 * `head` is the file's first 4 KB.
 */
export function foreignFormat(head: Buffer, file: string): ClubError | null {
  for (const k of BINARY) if (k.test(head)) return formatRefusal(k.format, file);
  const text = textFormat(head);
  return text === null ? null : formatRefusal(text, file);
}

/** Formats a spreadsheet program can open and save as .xlsx (the others are not spreadsheets at all). */
const SPREADSHEET_FORMATS = new Set<NamedFormat>(['biff', 'lotus', 'quattro', 'dbase', 'sylk', 'dif', 'fixed-width', 'xlsb', 'excel-2003-xml', 'numbers']);

/** The refusal naming `format` (a `read.format.*` message), with the hint that fits it. */
export function formatRefusal(format: NamedFormat, file: string): ClubError {
  return new ClubError(`read.format.${format}`, { file }, { hint: SPREADSHEET_FORMATS.has(format) ? 'read.format.save-as-xlsx' : 'read.format.not-a-sheet' });
}
