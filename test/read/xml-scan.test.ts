import { describe, expect, it } from 'vitest';
import { XmlScanner, decodeOoxmlEscapes, decodeXmlText, readAttr } from '../../src/read/xml-scan.js';
import { ClubError } from '../../src/errors.js';

/** Records every event; collects text inside elements named `t` or `v`. */
class Recorder extends XmlScanner {
  events: string[] = [];
  protected open(s: string, name: string, a0: number, a1: number, selfClosing: boolean): void {
    const id = readAttr(s, a0, a1, 'id');
    this.events.push(`<${name}${id !== null ? ` id=${id}` : ''}${selfClosing ? '/' : ''}>`);
    if (!selfClosing && (name === 't' || name === 'v')) this.wantText = true;
  }
  protected close(name: string): void {
    this.events.push(`</${name}>`);
    this.wantText = false;
  }
  protected text(value: string): void {
    this.events.push(JSON.stringify(value));
  }
}

function scan(xml: string, chunk = xml.length): string[] {
  const r = new Recorder('f.xlsx', 'part.xml');
  for (let i = 0; i < xml.length; i += chunk) r.push(xml.slice(i, i + chunk));
  r.end();
  return r.events;
}

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof ClubError) return err.key;
    throw err;
  }
  return 'no error';
}

describe('XmlScanner', () => {
  it('reports elements by local name whatever their prefix', () => {
    const xml = '<?xml version="1.0"?><x:sst xmlns:x="urn:x"><x:si><ns2:t>甲</ns2:t></x:si><si><t>乙</t></si></x:sst>';
    expect(scan(xml)).toEqual(['<sst>', '<si>', '<t>', '"甲"', '</t>', '</si>', '<si>', '<t>', '"乙"', '</t>', '</si>', '</sst>']);
  });

  it('gives the same events whatever the chunk size (tags, entities and CJK split anywhere)', () => {
    const xml =
      '<?xml version="1.0"?>\n<root a="1>2" ns:id="r1"><!-- note > --><t>顾问 &amp;amp; &#x4E2D;&#20013;</t><v><![CDATA[<b>&amp;</b>]]></v><e/></root>\n';
    const whole = scan(xml);
    expect(whole).toEqual(['<root id=r1>', '<t>', '"顾问 &amp; 中中"', '</t>', '<v>', '"<b>&amp;</b>"', '</v>', '<e/>', '</root>']);
    for (const size of [1, 2, 3, 7, 13]) expect(scan(xml, size).join('')).toBe(whole.join(''));
  });

  it('normalises CR LF in text to LF as XML requires (an escaped CR stays)', () => {
    expect(scan('<r><t>a\r\nb&#13;</t></r>')).toContain(JSON.stringify('a\nb\r'));
  });

  it('refuses a DOCTYPE (no entity can be declared, so no billion laughs)', () => {
    expect(refusal(() => scan('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><r>&lol;</r>'))).toBe('read.doctype');
  });

  it('reports broken structure as a damaged file', () => {
    expect(refusal(() => scan('<?xml version="1.0"?>\nCORRUPTED'))).toBe('read.damaged');
    expect(refusal(() => scan('<r><a></b></r>'))).toBe('read.damaged');
    expect(refusal(() => scan('<r><a></a>'))).toBe('read.damaged');
    expect(refusal(() => scan('<r/><r/>'))).toBe('read.damaged');
    expect(refusal(() => scan('<r><t>&nbsp;</t></r>'))).toBe('read.damaged');
    expect(refusal(() => scan('<r a=1/>'))).toBe('read.damaged');
    expect(refusal(() => scan(''))).toBe('read.damaged');
    expect(scan(' <r/> ')).toEqual(['<r/>']);
  });
});

describe('readAttr', () => {
  const tag = '<sheet name="A &amp; B" sheetId="7" ns:id="rId3"/>';
  it('matches the local name under any prefix, never a longer name', () => {
    expect(readAttr(tag, 6, tag.length - 2, 'id')).toBe('rId3');
    expect(readAttr(tag, 6, tag.length - 2, 'sheetId')).toBe('7');
    expect(readAttr(tag, 6, tag.length - 2, 'name')).toBe('A & B');
    expect(readAttr(tag, 6, tag.length - 2, 'state')).toBeNull();
  });
});

describe('text decoding', () => {
  it('decodes XML entities exactly once', () => {
    expect(decodeXmlText('&amp;amp; &lt;&gt;&quot;&apos; &#x1F600;')).toBe('&amp; <>"\' 😀');
  });
  it('decodes _xHHHH_ escapes, with _x005F_ escaping an escape', () => {
    expect(decodeOoxmlEscapes('SH_x005f_x000D_Z002')).toBe('SH_x000D_Z002');
    expect(decodeOoxmlEscapes('SH_x005F_x000D_Z002')).toBe('SH_x000D_Z002');
    expect(decodeOoxmlEscapes('ABC_x000D_\nDEF')).toBe('ABC\r\nDEF');
    expect(decodeOoxmlEscapes('_x4e2d__x0009_')).toBe('中\t');
    expect(decodeOoxmlEscapes('plain_x12_text')).toBe('plain_x12_text');
  });
});
