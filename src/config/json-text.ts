/**
 * The config file as people save it: its bytes are decoded by the decoder the caller hands in
 * (the CSV reader's detection, read/csv.ts decodeCsvBytes: a BOM wins - UTF-8, UTF-16LE/BE as
 * Notepad's "Unicode" - else strict UTF-8, else GB18030, which covers Notepad's and WPS's GBK
 * "ANSI"; handed in because config sits below read in the layers), then JSON is parsed with the
 * place of the first mistake as the user finds it (line and column) and a hint at the usual
 * causes: full-width quotes, commas or colons typed with a Chinese input method, and a comma
 * after the last entry.
 */

/** Where and what the first JSON mistake is. */
export interface JsonMistake {
  /** 1-based line and column (characters, as an editor counts them). */
  line: number;
  column: number;
  /** The character found there, or null at the end of the text. */
  found: string | null;
  /** The usual cause it looks like, if any. */
  hint: 'full-width-quote' | 'full-width-comma' | 'full-width-colon' | 'trailing-comma' | 'single-quote' | null;
}

/** Turns the config file's bytes into text (throws a ClubError for bytes that are no text). */
export type ConfigDecoder = (bytes: Buffer, file: string) => string;

const FULL_WIDTH_QUOTES = '\u201c\u201d\u2018\u2019\uff02';
const FULL_WIDTH_COMMAS = '\uff0c\u3001';
const FULL_WIDTH_COLONS = '\uff1a';

class Mistake extends Error {
  constructor(
    readonly offset: number,
    readonly trailingComma = false,
  ) {
    super('json');
  }
}

/** A JSON scanner that only finds the first mistake's offset (JSON.parse of Node 20 does not always say where). */
function scan(text: string): void {
  let i = 0;
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const fail = (at = i, trailing = false): never => {
    throw new Mistake(at, trailing);
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail();
  };
  const string = () => {
    if (text[i] !== '"') fail();
    i++;
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 5;
          continue;
        }
        if (!'"\\/bfnrt'.includes(text[i] ?? '')) fail();
      }
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '' || m[0] === '-') fail();
    i += m![0].length;
  };
  /** `{...}` or `[...]`: items separated by commas; a comma before the closing bracket is the usual slip. */
  const container = (close: string, item: () => void) => {
    i++;
    ws();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      ws();
      if (text[i] === close) fail(i, true);
      item();
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === close) {
        i++;
        return;
      }
      fail();
    }
  };
  const member = () => {
    string();
    ws();
    if (text[i] !== ':') fail();
    i++;
    value();
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') return container('}', member);
    if (c === '[') return container(']', value);
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    return number();
  };
  value();
  ws();
  if (i < text.length) fail();
}

/** The first mistake of `text` as JSON, or null when it is valid JSON. */
export function findJsonMistake(text: string): JsonMistake | null {
  try {
    scan(text);
    return null;
  } catch (err) {
    if (!(err instanceof Mistake)) throw err;
    const before = text.slice(0, err.offset);
    const lines = before.split('\n');
    const found = err.offset < text.length ? String.fromCodePoint(text.codePointAt(err.offset)!) : null;
    // A full-width character near the mistake is the usual cause even when the scanner stopped a little later.
    const near = text.slice(Math.max(0, err.offset - 2), err.offset + 1);
    const has = (set: string) => [...near].some((ch) => set.includes(ch));
    const hint: JsonMistake['hint'] = err.trailingComma
      ? 'trailing-comma'
      : has(FULL_WIDTH_QUOTES)
        ? 'full-width-quote'
        : has(FULL_WIDTH_COMMAS)
          ? 'full-width-comma'
          : has(FULL_WIDTH_COLONS)
            ? 'full-width-colon'
            : found === "'"
              ? 'single-quote'
              : null;
    return { line: lines.length, column: [...lines[lines.length - 1]!].length + 1, found, hint };
  }
}
