/**
 * How wide the terminal is and how wide a text is on it: a CJK character takes two columns, a
 * colour code none. Tables and long lines are fitted to the width; piped output without
 * `COLUMNS` is not wrapped (it is for grep and files, not for eyes).
 */

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** The terminal's columns: the TTY's, else `COLUMNS`, else none (Infinity). */
export function terminalWidth(stream: NodeJS.WriteStream = process.stdout, env: NodeJS.ProcessEnv = process.env): number {
  if (stream.isTTY && stream.columns && stream.columns > 0) return stream.columns;
  const n = Number(env.COLUMNS);
  return Number.isInteger(n) && n >= 20 ? n : Infinity;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** Columns a text takes on a terminal (colour codes stripped, CJK double). */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text.replace(ANSI, '')) {
    const code = ch.codePointAt(0)!;
    if (code < 0x20 || (code >= 0x300 && code <= 0x36f) || code === 0x200b) continue;
    w += isWide(code) ? 2 : 1;
  }
  return w;
}

/** The text cut to `width` columns, ending with … when cut (colour codes dropped when cut). */
export function cutToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let w = 0;
  for (const ch of text.replace(ANSI, '')) {
    const cw = displayWidth(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

/**
 * One line wrapped to `width` columns; continuation lines start with `indent`. Breaks at a space
 * when there is one in the line's last third, else between any two characters (Chinese text has
 * no spaces). Colour codes are kept (a coloured line is short enough in practice; when it is
 * wrapped, its colour is dropped so no code is split).
 */
export function wrapLine(line: string, width: number, indent = '  '): string[] {
  if (!Number.isFinite(width) || displayWidth(line) <= width) return [line];
  const plain = line.replace(ANSI, '');
  const out: string[] = [];
  let rest = [...plain];
  let first = true;
  while (rest.length > 0) {
    const room = first ? width : width - displayWidth(indent);
    let w = 0;
    let i = 0;
    while (i < rest.length && w + displayWidth(rest[i]!) <= room) w += displayWidth(rest[i++]!);
    if (i < rest.length) {
      const space = rest.lastIndexOf(' ', i);
      if (space > i * (2 / 3)) i = space + 1;
    }
    if (i === 0) i = 1;
    const piece = rest.slice(0, i).join('').trimEnd();
    out.push(first ? piece : `${indent}${piece}`);
    rest = rest.slice(i);
    while (rest[0] === ' ') rest = rest.slice(1);
    first = false;
  }
  return out;
}

/** Every line of a text wrapped to `width` (see wrapLine). */
export function wrapText(text: string, width: number, indent = '  '): string {
  if (!Number.isFinite(width)) return text;
  return text
    .split('\n')
    .flatMap((l) => wrapLine(l, width, indent))
    .join('\n');
}

/**
 * cli-table3 column widths (padding included) that fit `rows` (header first) into `width`
 * columns: each column as wide as its widest cell, then the widest columns narrowed in turn
 * (down to `min`) until the table fits. Undefined when there is no limit (piped, no COLUMNS).
 * Use with `wordWrap: true, wrapOnWordBoundary: false` so long cells wrap instead of breaking
 * the table.
 */
export function fitColWidths(rows: readonly (readonly string[])[], width: number, min = 6): number[] | undefined {
  if (!Number.isFinite(width)) return undefined;
  const n = Math.max(0, ...rows.map((r) => r.length));
  const widths = Array.from({ length: n }, (_, c) => Math.max(3, ...rows.map((r) => Math.max(...String(r[c] ?? '').split('\n').map(displayWidth)) + 2)));
  const room = width - (n + 1);
  let total = widths.reduce((s, w) => s + w, 0);
  while (total > room) {
    let widest = 0;
    for (let c = 1; c < n; c++) if (widths[c]! > widths[widest]!) widest = c;
    if (widths[widest]! <= min) break;
    const second = Math.max(min, ...widths.filter((_, c) => c !== widest));
    const cut = Math.min(widths[widest]! - Math.max(second, min) || 1, total - room);
    widths[widest] = widths[widest]! - Math.max(1, cut);
    total = widths.reduce((s, w) => s + w, 0);
  }
  return widths;
}

/** Wraps the lines of a text that are not table lines (tables are fitted by their widths). */
export function wrapNonTableLines(text: string, width: number, indent = '    '): string {
  if (!Number.isFinite(width)) return text;
  return text
    .split('\n')
    .flatMap((l) => (/^\s*[┌│├└]/.test(l) ? [l] : wrapLine(l, width, indent)))
    .join('\n');
}
