/**
 * Times of day as people write them: `14:30`, `14:30:00`, `14点30分`, `9点半`, `下午2:30`,
 * `上午9点`, `晚上7点`, `2:30 PM`, a time cell, or a fraction of a day (Excel's time serial).
 */
import { isCellDate, type CellValue } from '../../read/types.js';
import { halfWidth } from './cell-text.js';
import { fail, ok, type Parsed } from './parsed.js';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Whether the day-part word moves an hour of 1..11 to the afternoon. */
const AFTERNOON = /^(下午|午后|晚上|傍晚|晚|中午)$/;
const MORNING = /^(上午|早上|早晨|凌晨|早|午前)$/;

/** `HH:mm:ss` from a time text; null when the text is not a time. */
export function parseTimeText(raw: string): string | null {
  let s = halfWidth(raw).toLowerCase().replace(/\s+/g, ' ');
  let part = '';
  const word = /^(下午|午后|晚上|傍晚|中午|上午|早上|早晨|凌晨|午前|晚|早)\s*/.exec(s);
  if (word) {
    part = word[1]!;
    s = s.slice(word[0].length);
  }
  const ampm = /\s*(am|pm|a\.m\.|p\.m\.)$/.exec(s);
  if (ampm) {
    part = ampm[1]!.startsWith('p') ? '下午' : '上午';
    s = s.slice(0, ampm.index);
  }
  const m =
    /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(s) ??
    /^(\d{1,2})\s*[点时](?:\s*(\d{1,2})\s*分?|(半))?(?:\s*(\d{1,2})\s*秒)?$/.exec(s);
  if (!m) return null;
  let h = Number(m[1]);
  const min = m[3] === '半' ? 30 : Number(m[2] ?? 0);
  // Seconds are group 3 of the colon form and group 4 of the 点 form (whose group 3 is 半).
  const sec = m[3] === '半' ? 0 : Number(m[4] ?? m[3] ?? 0);
  if (part && AFTERNOON.test(part) && h >= 1 && h < 12 && !(part === '中午' && h >= 11)) h += 12;
  if (part && MORNING.test(part) && h === 12) h = 0;
  if (h > 23 || min > 59 || sec > 59) return null;
  return `${pad(h)}:${pad(min)}:${pad(sec)}`;
}

/** A time cell: text, a time/date-time cell (its time part) or a fraction of a day. */
export function parseTime(cell: CellValue): Parsed<string> {
  if (isCellDate(cell)) {
    const m = /(\d{2}:\d{2}:\d{2})$/.exec(cell.iso);
    return m ? ok(m[1]!) : fail('bad-date');
  }
  if (typeof cell === 'number') {
    if (cell < 0 || cell >= 1) return fail('bad-date');
    const secs = Math.round(cell * 86_400);
    if (secs >= 86_400) return fail('bad-date');
    return ok(`${pad(Math.floor(secs / 3600))}:${pad(Math.floor(secs / 60) % 60)}:${pad(secs % 60)}`);
  }
  if (typeof cell !== 'string') return fail('bad-date');
  const t = parseTimeText(cell);
  return t ? ok(t) : fail('bad-date');
}
