/**
 * A small, fast, resumable XML scanner for OOXML parts (no DOM): fed text chunk by chunk, it
 * reports start tags, end tags and (only when asked for) text, by LOCAL name, so any namespace
 * prefix (WPS `x:`, Tencent `ns2:`, Strict OOXML) reads the same. It is strict where it matters
 * for safety: a DOCTYPE is refused (no entities, no billion laughs), entities are decoded once,
 * and broken structure (text outside the root, unbalanced tags, unknown entities, truncation)
 * is reported as a damaged file.
 */
import { ClubError } from '../errors.js';

/** Thrown for malformed XML; the xlsx reader turns it into `read.damaged`. */
function damaged(file: string, part: string): ClubError {
  return new ClubError('read.damaged', { file, part });
}

const enum Ch {
  Tab = 9,
  Lf = 10,
  Cr = 13,
  Space = 32,
  Bang = 33,
  Quote = 34,
  Apos = 39,
  Slash = 47,
  Colon = 58,
  Lt = 60,
  Eq = 61,
  Gt = 62,
  Question = 63,
}

function isSpace(c: number): boolean {
  return c === Ch.Space || c === Ch.Lf || c === Ch.Cr || c === Ch.Tab;
}

function isBlank(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}

/**
 * Base of every part reader. Subclasses implement open/close/text; they set `wantText` while
 * inside an element whose text they need (text elsewhere is skipped without being copied).
 */
export abstract class XmlScanner {
  /** Set by subclasses while inside an element whose text they want. */
  protected wantText = false;
  private carry = '';
  private readonly stack: string[] = [];
  private rootSeen = false;
  private rootClosed = false;

  constructor(
    protected readonly file: string,
    protected readonly part: string,
  ) {}

  /** A start tag (or empty-element tag when `selfClosing`); attributes lie in `s[attrStart, attrEnd)`. */
  protected abstract open(s: string, name: string, attrStart: number, attrEnd: number, selfClosing: boolean): void;
  /** An end tag. */
  protected abstract close(name: string): void;
  /** Decoded text (entities resolved, line ends normalised), only while `wantText`. */
  protected abstract text(value: string): void;

  /** Scans the next chunk of the part's text. */
  push(chunk: string): void {
    const s = this.carry.length > 0 ? this.carry + chunk : chunk;
    const stop = this.scan(s, false);
    this.carry = stop < s.length ? s.slice(stop) : '';
  }

  /** Ends the part: anything left incomplete, or an unclosed/missing root, is damage. */
  end(): void {
    if (this.carry.length > 0) {
      const s = this.carry;
      this.carry = '';
      const stop = this.scan(s, true);
      if (stop < s.length) throw damaged(this.file, this.part);
    }
    if (!this.rootSeen || !this.rootClosed) throw damaged(this.file, this.part);
  }

  /** Scans whole tokens of `s`; returns where the first incomplete token starts (or s.length). */
  private scan(s: string, final: boolean): number {
    const n = s.length;
    let pos = 0;
    while (pos < n) {
      const lt = s.indexOf('<', pos);
      if (lt === -1) {
        if (this.wantText) {
          if (!final) return pos;
          throw damaged(this.file, this.part);
        }
        if (this.stack.length === 0 && !isBlank(s, pos, n)) throw damaged(this.file, this.part);
        return n;
      }
      if (lt > pos) {
        if (this.wantText) {
          this.text(decodeXmlText(s.slice(pos, lt), this.file, this.part));
        } else if (this.stack.length === 0 && !isBlank(s, pos, lt)) {
          throw damaged(this.file, this.part);
        }
      }
      if (lt + 1 >= n) return final ? this.fail() : lt;
      const c = s.charCodeAt(lt + 1);
      if (c === Ch.Slash) {
        const gt = s.indexOf('>', lt + 2);
        if (gt === -1) return final ? this.fail() : lt;
        let nameEnd = gt;
        while (nameEnd > lt + 2 && isSpace(s.charCodeAt(nameEnd - 1))) nameEnd--;
        let nameStart = lt + 2;
        for (let i = nameStart; i < nameEnd; i++) if (s.charCodeAt(i) === Ch.Colon) nameStart = i + 1;
        const name = s.slice(nameStart, nameEnd);
        if (this.stack.pop() !== name) throw damaged(this.file, this.part);
        if (this.stack.length === 0) this.rootClosed = true;
        this.close(name);
        pos = gt + 1;
        continue;
      }
      if (c === Ch.Question) {
        const end = s.indexOf('?>', lt + 2);
        if (end === -1) return final ? this.fail() : lt;
        pos = end + 2;
        continue;
      }
      if (c === Ch.Bang) {
        if (lt + 9 > n && !final) return lt;
        if (s.startsWith('<!--', lt)) {
          const end = s.indexOf('-->', lt + 4);
          if (end === -1) return final ? this.fail() : lt;
          pos = end + 3;
          continue;
        }
        if (s.startsWith('<![CDATA[', lt)) {
          const end = s.indexOf(']]>', lt + 9);
          if (end === -1) return final ? this.fail() : lt;
          if (this.stack.length === 0) throw damaged(this.file, this.part);
          if (this.wantText) this.text(s.slice(lt + 9, end));
          pos = end + 3;
          continue;
        }
        if (s.slice(lt + 2, lt + 9).toUpperCase() === 'DOCTYPE') {
          throw new ClubError('read.doctype', { file: this.file, part: this.part });
        }
        throw damaged(this.file, this.part);
      }
      // Start tag: the name, then attributes walked quote-aware (a value may hold '>').
      let nameStart = lt + 1;
      let q = nameStart;
      for (; q < n; q++) {
        const ch = s.charCodeAt(q);
        if (ch === Ch.Space || ch === Ch.Gt || ch === Ch.Slash || ch === Ch.Lf || ch === Ch.Tab || ch === Ch.Cr) break;
        if (ch === Ch.Colon) nameStart = q + 1;
      }
      if (q >= n) return final ? this.fail() : lt;
      if (q === lt + 1) throw damaged(this.file, this.part);
      const name = s.slice(nameStart, q);
      let a = q;
      let tagEnd = -1;
      let selfClosing = false;
      while (a < n) {
        const ch = s.charCodeAt(a);
        if (ch === Ch.Gt) {
          tagEnd = a;
          break;
        }
        if (isSpace(ch)) {
          a++;
          continue;
        }
        if (ch === Ch.Slash) {
          if (a + 1 >= n) break;
          if (s.charCodeAt(a + 1) !== Ch.Gt) throw damaged(this.file, this.part);
          tagEnd = a;
          selfClosing = true;
          break;
        }
        const eq = s.indexOf('=', a);
        if (eq === -1) break;
        let v = eq + 1;
        while (v < n && isSpace(s.charCodeAt(v))) v++;
        if (v >= n) break;
        const quote = s.charCodeAt(v);
        if (quote !== Ch.Quote && quote !== Ch.Apos) throw damaged(this.file, this.part);
        const ve = s.indexOf(quote === Ch.Quote ? '"' : "'", v + 1);
        if (ve === -1) break;
        a = ve + 1;
      }
      if (tagEnd === -1) return final ? this.fail() : lt;
      if (this.rootClosed) throw damaged(this.file, this.part);
      this.rootSeen = true;
      if (selfClosing) {
        if (this.stack.length === 0) this.rootClosed = true;
        this.open(s, name, q, tagEnd, true);
        pos = tagEnd + 2;
      } else {
        this.stack.push(name);
        this.open(s, name, q, tagEnd, false);
        pos = tagEnd + 1;
      }
    }
    return n;
  }

  private fail(): never {
    throw damaged(this.file, this.part);
  }

  /** The decoded value of the attribute whose LOCAL name is `local` in `s[from, to)`, or null. */
  protected attr(s: string, from: number, to: number, local: string): string | null {
    return readAttr(s, from, to, local, this.file, this.part);
  }
}

/** The decoded value of the attribute whose local name is `local` within a tag's attribute text. */
export function readAttr(s: string, from: number, to: number, local: string, file = '', part = ''): string | null {
  let a = from;
  const len = local.length;
  while (a < to) {
    const ch = s.charCodeAt(a);
    if (isSpace(ch)) {
      a++;
      continue;
    }
    const eq = s.indexOf('=', a);
    if (eq === -1 || eq >= to) return null;
    let nameEnd = eq;
    while (nameEnd > a && isSpace(s.charCodeAt(nameEnd - 1))) nameEnd--;
    let v = eq + 1;
    while (v < to && isSpace(s.charCodeAt(v))) v++;
    const quote = s.charCodeAt(v);
    const ve = s.indexOf(quote === Ch.Quote ? '"' : "'", v + 1);
    if (ve === -1 || ve >= to) return null;
    // Local-name match: the name ends with `local` and is either exactly it or `prefix:local`.
    if (
      nameEnd - a >= len &&
      s.startsWith(local, nameEnd - len) &&
      (nameEnd - a === len || s.charCodeAt(nameEnd - len - 1) === Ch.Colon)
    ) {
      return decodeXmlText(s.slice(v + 1, ve), file, part);
    }
    a = ve + 1;
  }
  return null;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Resolves the five predefined entities and character references exactly once (`&amp;amp;`
 * gives `&amp;`) and normalises CR LF / CR to LF as an XML parser must. Any other entity is
 * damage (DTDs are refused, so nothing else can be declared).
 */
export function decodeXmlText(raw: string, file = '', part = ''): string {
  let s = raw;
  if (s.indexOf('\r') !== -1) s = s.replace(/\r\n?/g, '\n');
  let amp = s.indexOf('&');
  if (amp === -1) return s;
  let out = '';
  let last = 0;
  while (amp !== -1) {
    const semi = s.indexOf(';', amp + 1);
    if (semi === -1 || semi - amp > 12) throw damaged(file, part);
    const ent = s.slice(amp + 1, semi);
    let ch: string | undefined;
    if (ent.charCodeAt(0) === 35 /* # */) {
      const code = ent[1] === 'x' || ent[1] === 'X' ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
      if (!Number.isInteger(code) || code < 0 || code > 0x10ffff || !/^#(x[0-9a-fA-F]+|X[0-9a-fA-F]+|[0-9]+)$/.test(ent)) {
        throw damaged(file, part);
      }
      ch = String.fromCodePoint(code);
    } else {
      ch = NAMED[ent];
      if (ch === undefined) throw damaged(file, part);
    }
    out += s.slice(last, amp) + ch;
    last = semi + 1;
    amp = s.indexOf('&', last);
  }
  return out + s.slice(last);
}

const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Decodes OOXML's `_xHHHH_` escapes (ECMA-376 ST_Xstring) in one pass, so `_x005F_` escapes an
 * escape: `SH_x005f_x000D_Z002` reads as the literal `SH_x000D_Z002`, `ABC_x000D_` as `ABC\r`.
 */
export function decodeOoxmlEscapes(s: string): string {
  if (s.indexOf('_x') === -1) return s;
  return s.replace(OOXML_ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
