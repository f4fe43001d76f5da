/**
 * The director's one page (本周结论 / 本月结论) as data: what the first sheet of the weekly report
 * and of the monthly summary shows, what the PNG for WeChat draws and what the terminal prints.
 * One model, three renderings (render/page-sheet.ts, render/page-svg.ts, render/page-text.ts), so
 * the picture and the sheet can never disagree on a figure.
 *
 * Every cell carries its value and number format (for the workbook) and its text as shown (for
 * the picture and the terminal), built together by `figureCell`/`numberCell` from the same
 * figures, so the text is what the format shows.
 */
import type { Lang } from '../config/types.js';
import { t } from '../i18n/index.js';
import type { Status } from '../model/results.js';
import { FMT, statusWord } from '../workbook/workbook-style.js';

/** One cell of a page table. */
export interface PageCell {
  /** What the workbook cell holds: a real number where there is one. */
  value: number | string | null;
  /** Its number format (numbers only). */
  numFmt?: string;
  /** The cell as shown (what the number format displays). */
  text: string;
  /** Fill and font colour of the status; null = none. */
  status: Status | null;
  bold?: boolean;
}

export interface PageTable {
  headers: string[];
  rows: PageCell[][];
  /** The last `totalRows` rows are totals (bold, ruled above). */
  totalRows: number;
}

/** The blocks of a page, top to bottom. */
export type PageBlock =
  | { kind: 'heading'; text: string }
  /** A sentence (wrapped across the page), coloured by its status when it has one. */
  | { kind: 'line'; text: string; status: Status | null }
  | { kind: 'table'; table: PageTable };

export interface OnePage {
  sheetName: string;
  /** e.g. `示例中心 销售部工作周报 · 初版`. */
  title: string;
  /** Dates, as-of and what the edition means. */
  subtitle: string;
  /** 初版 (some close still ahead) or 终版 (every close passed). */
  final: boolean;
  editionWord: string;
  blocks: PageBlock[];
}

/** The edition word (初版 / 终版) in the language; the file name always uses the Chinese one. */
export function editionWord(final: boolean, lang: Lang): string {
  return t(final ? 'page.edition.final' : 'page.edition.draft', {}, lang);
}

/** What a number format shows for the formats the pages use (`#,##0`, `¥#,##0`, `0%`, `0.0%`). */
export function formatNumber(n: number, numFmt: string = FMT.int): string {
  if (numFmt.includes('%')) {
    const decimals = /0\.(0+)%/.exec(numFmt)?.[1]?.length ?? 0;
    return `${(n * 100).toFixed(decimals)}%`;
  }
  const text = Math.round(n).toLocaleString('en-US');
  return numFmt.includes('¥') ? (n < 0 ? `-¥${text.slice(1)}` : `¥${text}`) : text;
}

/** A literal for a number format: `"..."`, with any quote left out (formats cannot escape it). */
function literal(text: string): string {
  return `"${text.replace(/"/g, '')}"`;
}

/** A plain number cell (null = empty). */
export function numberCell(value: number | null, numFmt: string = FMT.int, status: Status | null = null): PageCell {
  return { value, numFmt, text: value === null ? '' : formatNumber(value, numFmt), status };
}

/** A text cell. */
export function textCell(text: string, status: Status | null = null, bold = false): PageCell {
  return { value: text === '' ? null : text, text, status, bold };
}

/**
 * A figure against its target in one cell: the actual as a real number whose format shows the
 * rest, e.g. 142 with `#,##0"/150 ✘ 未达标"`, coloured by the status.
 */
export function figureCell(actual: number | null, target: number | null, status: Status | null, numFmt: string, lang: Lang): PageCell {
  if (actual === null) return { value: null, text: '', status: null };
  const rest = `${target === null ? '' : `/${formatNumber(target, numFmt)}`}${status ? ` ${statusWord(status, lang)}` : ''}`;
  return {
    value: actual,
    numFmt: rest ? `${numFmt}${literal(rest)}` : numFmt,
    text: `${formatNumber(actual, numFmt)}${rest}`,
    status,
  };
}

/** A change against the last period, signed: `+12`, `-3`, `0` (shares in points of a percent). */
export function changeCell(now: number | null, before: number | null, numFmt: string = FMT.int, pointsUnit?: string): PageCell {
  if (now === null || before === null) return { value: null, text: '', status: null };
  if (numFmt.includes('%') && pointsUnit !== undefined) {
    // A rate's change is in percentage points (15% after 8% is +7 points, not +7%).
    const points = Math.round((now - before) * 1000) / 10;
    const base = `0.0"${pointsUnit}"`;
    const text = `${points > 0 ? '+' : points < 0 ? '-' : ''}${formatNumber(Math.abs(points), base)}`;
    return { value: points, numFmt: `+${base};-${base};${base}`, text, status: null };
  }
  const change = Math.round((now - before) * 1e6) / 1e6;
  const base = numFmt.includes('%') ? numFmt : numFmt.replace('¥', '');
  const fmt = `+${base};-${base};${base}`;
  const text = change > 0 ? `+${formatNumber(change, base)}` : change < 0 ? `-${formatNumber(-change, base)}` : formatNumber(0, base);
  return { value: change, numFmt: fmt, text, status: null };
}

/** All the texts of a page, in reading order (tests and the terminal). */
export function pageTexts(page: OnePage): string[] {
  const out = [page.title, page.subtitle];
  for (const b of page.blocks) {
    if (b.kind === 'table') out.push(b.table.headers.join(' '), ...b.table.rows.map((r) => r.map((c) => c.text).join(' ')));
    else out.push(b.text);
  }
  return out;
}
