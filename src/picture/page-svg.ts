/**
 * The one page (reports/page.ts) drawn as SVG for a phone: 1080 px wide, as long as it needs to
 * be, large type (a phone shows it at about a third of that). Pure: the page in, SVG text out;
 * `page-png.ts` rasterises it. Text is measured with the font's proportions (CJK one em, Latin
 * and digits about 0.58 em) and wrapped at spaces, or anywhere in CJK text.
 *
 * The bundled CJK font has no ✔/✘ glyphs: the picture draws them as √/× (`pictureText`).
 */
import type { OnePage, PageCell, PageTable } from '../reports/page.js';
import { STATUS_COLORS, textWidth } from '../workbook/workbook-style.js';

export const PICTURE_WIDTH = 1080;
const PAD = 40;
const INNER = PICTURE_WIDTH - 2 * PAD;
/** The font family of the bundled font (page-png.ts). */
export const PICTURE_FONT = 'Noto Sans Hans';

const INK = '#1f1f1f';
const MUTED = '#595959';
const HEADER = '#1F4E78';

/** A page text as the picture draws it (symbols the font has). */
export function pictureText(s: string): string {
  return s.replace(/✔/g, '√').replace(/✘/g, '×');
}

/** Width of `s` in px at `size` px. */
export function measure(s: string, size: number): number {
  let w = 0;
  for (const ch of s) w += textWidth(ch) === 2 ? size : ch === ' ' ? size * 0.26 : size * 0.58;
  return w;
}

/** Lines of `s` no wider than `width` at `size`: breaks at spaces, or between CJK characters. */
export function wrap(s: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  // Tokens: runs of non-space Latin, single CJK characters, spaces.
  const tokens = s.match(/[\u2E80-\uFFFF]|[^\s\u2E80-\uFFFF]+|\s+/g) ?? [];
  for (const tok of tokens) {
    const next = line + tok;
    if (line && measure(next.trimEnd(), size) > width) {
      lines.push(line.trimEnd());
      line = tok.trimStart();
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.length ? lines : [''];
}

function esc(s: string): string {
  return pictureText(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function hex(argb: string): string {
  return `#${argb.slice(2)}`;
}

/** An SVG text element. */
function text(x: number, y: number, s: string, size: number, opts: { bold?: boolean; color?: string; anchor?: 'start' | 'middle' } = {}): string {
  return (
    `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${size}"${opts.bold ? ' font-weight="700"' : ''}` +
    ` fill="${opts.color ?? INK}"${opts.anchor === 'middle' ? ' text-anchor="middle"' : ''}>${esc(s)}</text>`
  );
}

/**
 * The lines a table cell is drawn in before wrapping: a figure with its status on two lines
 * (`151/150` over `√ 达标`), other text as it is.
 */
function pieces(c: { text: string; status: PageCell['status'] }): string[] {
  const space = c.text.indexOf(' ');
  return c.status && space > 0 ? [c.text.slice(0, space), c.text.slice(space + 1)] : [c.text];
}

/** Each column's longest unbreakable piece at `size`, padded. */
function naturalWidths(table: PageTable, size: number): number[] {
  const need = table.headers.map(() => 0);
  const words = (s: string) => s.split(/\s+/).filter(Boolean);
  // A header may wrap between CJK characters: count its widest word at most half the page.
  table.headers.forEach((h, i) => (need[i] = Math.max(need[i]!, ...words(h).map((w) => Math.min(measure(w, size), INNER / 2)))));
  for (const row of table.rows) {
    row.forEach((c, i) => (need[i] = Math.max(need[i]!, ...(c.status ? pieces(c) : words(c.text)).map((w) => measure(w, size)))));
  }
  return need.map((w) => w + 16);
}

/** Column widths and type size of a table: natural widths, smaller type (not below 22 px) when too wide, the rest shared out. */
function tableLayout(table: PageTable): { size: number; widths: number[] } {
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  let size = 28;
  let widths = naturalWidths(table, size);
  if (sum(widths) > INNER) {
    size = Math.max(22, Math.floor((size * INNER) / sum(widths)));
    widths = naturalWidths(table, size);
  }
  const total = sum(widths);
  return { size, widths: total > INNER ? widths.map((w) => (w * INNER) / total) : widths.map((w) => w + (INNER - total) / widths.length) };
}

interface Drawn {
  svg: string[];
  y: number;
}

function drawTable(out: Drawn, table: PageTable): void {
  const { size, widths } = tableLayout(table);
  const line = size * 1.3;
  const cellLines = (c: { text: string; status: PageCell['status'] }, w: number) => (c.text ? pieces(c).flatMap((p) => wrap(p, size, w - 12)) : []);
  const drawRow = (cells: { text: string; status: PageCell['status']; bold?: boolean }[], header: boolean, total: boolean) => {
    const lines = cells.map((c, i) => cellLines(c, widths[i]!));
    const h = Math.max(1, ...lines.map((l) => l.length)) * line + 18;
    let x = PAD;
    if (header) out.svg.push(`<rect x="${PAD}" y="${out.y}" width="${INNER}" height="${h.toFixed(1)}" fill="${HEADER}"/>`);
    if (total) out.svg.push(`<line x1="${PAD}" y1="${out.y}" x2="${PAD + INNER}" y2="${out.y}" stroke="${INK}" stroke-width="2"/>`);
    cells.forEach((c, i) => {
      const w = widths[i]!;
      const colors = c.status ? STATUS_COLORS[c.status] : null;
      if (colors) out.svg.push(`<rect x="${(x + 2).toFixed(1)}" y="${out.y + 2}" width="${(w - 4).toFixed(1)}" height="${(h - 4).toFixed(1)}" rx="6" fill="${hex(colors.fill)}"/>`);
      const ls = lines[i]!;
      const top = out.y + (h - ls.length * line) / 2 + size * 0.95;
      ls.forEach((l, k) => {
        const left = i === 0;
        out.svg.push(
          text(left ? x + 8 : x + w / 2, top + k * line, l, size, {
            bold: header || total || c.bold || c.status === 'missed',
            color: header ? '#ffffff' : colors ? hex(colors.font) : INK,
            anchor: left ? 'start' : 'middle',
          }),
        );
      });
      x += w;
    });
    out.y += h;
    if (!header) out.svg.push(`<line x1="${PAD}" y1="${out.y}" x2="${PAD + INNER}" y2="${out.y}" stroke="#e0e0e0" stroke-width="1"/>`);
  };
  drawRow(table.headers.map((h) => ({ text: h, status: null })), true, false);
  table.rows.forEach((row, k) => drawRow(row, false, k >= table.rows.length - table.totalRows));
}

/** The page as an SVG document, PICTURE_WIDTH wide. */
export function pageSvg(page: OnePage): string {
  const out: Drawn = { svg: [], y: PAD };
  const para = (s: string, size: number, opts: { bold?: boolean; color?: string } = {}) => {
    for (const l of wrap(s, size, INNER)) {
      out.svg.push(text(PAD, out.y + size, l, size, opts));
      out.y += size * 1.4;
    }
  };
  para(page.title, 44, { bold: true });
  out.y += 6;
  para(page.subtitle, 24, { color: MUTED });
  for (const b of page.blocks) {
    if (b.kind === 'heading') {
      out.y += 30;
      para(b.text, 32, { bold: true, color: HEADER });
      out.y += 4;
    } else if (b.kind === 'line') {
      const size = 28;
      const lines = wrap(b.text, size, INNER - 28);
      const h = lines.length * size * 1.4 + 16;
      const colors = b.status ? STATUS_COLORS[b.status] : null;
      if (colors) out.svg.push(`<rect x="${PAD}" y="${out.y}" width="${INNER}" height="${h.toFixed(1)}" rx="8" fill="${hex(colors.fill)}"/>`);
      lines.forEach((l, k) => out.svg.push(text(PAD + 14, out.y + 8 + size + k * size * 1.4 - 4, l, size, { color: colors ? hex(colors.font) : INK, bold: b.status === 'missed' })));
      out.y += h + 6;
    } else {
      drawTable(out, b.table);
    }
  }
  const height = Math.ceil(out.y + PAD);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PICTURE_WIDTH}" height="${height}" viewBox="0 0 ${PICTURE_WIDTH} ${height}" font-family="${PICTURE_FONT}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${out.svg.join('')}</svg>`
  );
}
