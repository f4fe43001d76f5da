/**
 * The marker an annotated copy carries naming the stored sheet it was made from, so that the
 * corrected copy, imported back under any file name, replaces that sheet instead of being
 * counted beside it.
 *
 * The marker is a custom document property (docProps/custom.xml, Excel's File > Info >
 * Properties > Advanced > Custom; WPS's 文件 > 属性 > 自定义): `clubcrm.source` holds the
 * stored sheet's path (`sheets/...`) and `clubcrm.sourceSha256` its content's SHA-256. Chosen
 * over a hidden defined name or a hidden sheet because Excel, WPS and LibreOffice keep custom
 * properties through editing and saving (WPS writes its own, KSOProductBuildVer, there), they
 * touch no cell, formula or sheet the advisor works in, they do not travel when a sheet is
 * copied into another workbook (where the claim would be false), and the supervisor can see
 * them in the file's properties.
 */
import { ZipArchive } from '../read/zip.js';
import { zipParts } from '../xlsx-write/zip.js';

export const SOURCE_PROPERTY = 'clubcrm.source';
export const SOURCE_HASH_PROPERTY = 'clubcrm.sourceSha256';

/** Which stored sheet a copy was made from. */
export interface SourceMarker {
  /** Workspace-relative path with `/`, under `sheets/`. */
  source: string;
  /** SHA-256 (hex) of the source's content when the copy was made. */
  sha256: string;
}

const CUSTOM_PART = 'docProps/custom.xml';
const CUSTOM_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
const CUSTOM_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';
const FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';
const EMPTY_CUSTOM =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"></Properties>';

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

/** A `<property>` element of `name` (any namespace prefix), or null. */
function propertyPattern(name: string): RegExp {
  const n = name.replace(/\./g, '\\.');
  return new RegExp(`<(?:\\w+:)?property\\b[^>]*\\bname="${n}"[^>]*>([\\s\\S]*?)</(?:\\w+:)?property>`);
}

/** The custom.xml with our two properties set (others kept; pids unique). */
function setProperties(xml: string, marker: SourceMarker): string {
  let out = xml;
  for (const name of [SOURCE_PROPERTY, SOURCE_HASH_PROPERTY]) out = out.replace(propertyPattern(name), '');
  const pids = [...out.matchAll(/\bpid="(\d+)"/g)].map((m) => Number(m[1]));
  let pid = Math.max(1, ...pids);
  const props = [
    [SOURCE_PROPERTY, marker.source],
    [SOURCE_HASH_PROPERTY, marker.sha256],
  ]
    .map(([name, value]) => `<property fmtid="${FMTID}" pid="${++pid}" name="${name}"><vt:lpwstr>${escapeXml(value!)}</vt:lpwstr></property>`)
    .join('');
  // The vt prefix is ours to use only when the root declares it (it always does in practice).
  const root = /<((?:\w+:)?)Properties\b[^>]*>/.exec(out);
  if (!root) return setProperties(EMPTY_CUSTOM, marker);
  if (!/xmlns:vt=/.test(root[0])) out = out.replace(root[0], root[0].replace(/>$/, ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'));
  const close = `</${root[1]}Properties>`;
  if (/\/>\s*$/.test(root[0])) return out.replace(root[0], `${root[0].replace(/\/>$/, '>')}${props}${close}`);
  return out.replace(close, `${props}${close}`);
}

/** An .xlsx's bytes with the marker set in its custom document properties (parts and their order otherwise kept). */
export async function withSourceMarker(xlsx: Buffer, marker: SourceMarker): Promise<Buffer> {
  const zip = await ZipArchive.open('', '(annotated copy)', xlsx.length, xlsx);
  const parts: { name: string; data: Buffer }[] = [];
  for (const e of zip.entries) if (!e.name.endsWith('/')) parts.push({ name: e.name, data: await zip.read(e) });
  const find = (name: string) => parts.find((p) => p.name.toLowerCase() === name.toLowerCase());
  const custom = find(CUSTOM_PART);
  const xml = setProperties(custom ? custom.data.toString('utf8') : EMPTY_CUSTOM, marker);
  if (custom) custom.data = Buffer.from(xml, 'utf8');
  else {
    parts.push({ name: CUSTOM_PART, data: Buffer.from(xml, 'utf8') });
    const types = find('[Content_Types].xml');
    if (types && !/PartName="\/docProps\/custom\.xml"/i.test(types.data.toString('utf8'))) {
      types.data = Buffer.from(types.data.toString('utf8').replace('</Types>', `<Override PartName="/${CUSTOM_PART}" ContentType="${CUSTOM_TYPE}"/></Types>`), 'utf8');
    }
    const rels = find('_rels/.rels');
    if (rels && !rels.data.toString('utf8').includes(CUSTOM_REL)) {
      const text = rels.data.toString('utf8');
      const ids = [...text.matchAll(/\bId="rId(\d+)"/g)].map((m) => Number(m[1]));
      const id = `rId${Math.max(0, ...ids) + 1}`;
      rels.data = Buffer.from(text.replace('</Relationships>', `<Relationship Id="${id}" Type="${CUSTOM_REL}" Target="${CUSTOM_PART}"/></Relationships>`), 'utf8');
    }
  }
  return zipParts(parts);
}

/** The marker of a file's bytes, or null (not an .xlsx, no marker, or a part that cannot be read). */
export async function readSourceMarker(content: Buffer): Promise<SourceMarker | null> {
  if (content.length < 4 || content[0] !== 0x50 || content[1] !== 0x4b) return null;
  try {
    const zip = await ZipArchive.open('', '(import)', content.length, content);
    const entry = zip.entry(CUSTOM_PART);
    if (!entry) return null;
    const xml = (await zip.read(entry, 1024 * 1024)).toString('utf8');
    const value = (name: string) => {
      const m = propertyPattern(name).exec(xml);
      const inner = m ? /<(?:\w+:)?lpwstr>([\s\S]*?)<\/(?:\w+:)?lpwstr>/.exec(m[1]!) : null;
      return inner ? unescapeXml(inner[1]!).trim() : null;
    };
    const source = value(SOURCE_PROPERTY);
    const sha256 = value(SOURCE_HASH_PROPERTY);
    if (!source || !sha256 || !/^[0-9a-f]{64}$/.test(sha256)) return null;
    return { source, sha256 };
  } catch {
    return null;
  }
}
