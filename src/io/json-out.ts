/**
 * JSON output of any size (issue 16 item 3): the same text as `JSON.stringify(value, null, 2)`,
 * written to a stream in chunks of about 64 KB as it is produced (waiting when the stream is
 * full), so a result of a million rows never becomes one string (V8 refuses strings over
 * ~512 MB: "Invalid string length") and never sits in memory twice.
 */
import type { Writable } from 'node:stream';

const CHUNK = 64 * 1024;

/** JSON's own text of a leaf value, or undefined when JSON leaves it out (functions, undefined, symbols). */
function leaf(value: unknown): string | undefined {
  return JSON.stringify(value);
}

const isLeaf = (v: unknown): boolean =>
  v === null || typeof v !== 'object' || typeof (v as { toJSON?: unknown }).toJSON === 'function';

/** A small flat value (an issue, a row of cells): one JSON.stringify is faster than walking it. */
function isFlat(v: unknown): boolean {
  if (isLeaf(v)) return true;
  if (Array.isArray(v)) return v.length <= 100 && v.every(isLeaf);
  for (const key in v as object) {
    const x = (v as Record<string, unknown>)[key];
    if (!isLeaf(x) && !(Array.isArray(x) && x.length <= 100 && x.every(isLeaf))) return false;
  }
  return true;
}

/**
 * The pieces of `JSON.stringify(value, null, 2)`, in order. Objects with toJSON (dates) are
 * converted first as JSON.stringify does; a value JSON leaves out of an object is skipped, and
 * is `null` in an array.
 */
export function* jsonPieces(value: unknown, indent = ''): Generator<string> {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    value = (value as { toJSON(): unknown }).toJSON();
  }
  if (value === null || typeof value !== 'object') {
    yield leaf(value) ?? 'null';
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? '' : ','}\n${inner}`;
      const v = value[i] as unknown;
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') yield 'null';
      else if (isFlat(v)) yield JSON.stringify(v, null, 2).replace(/\n/g, `\n${inner}`);
      else yield* jsonPieces(v, inner);
    }
    yield `\n${indent}]`;
    return;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    let v = (value as Record<string, unknown>)[key];
    if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function') v = (v as { toJSON(): unknown }).toJSON();
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* jsonPieces(v, inner);
  }
  yield first ? '{}' : `\n${indent}}`;
}

/** Writes `value` as indented JSON and a newline to `out` (default stdout), in bounded chunks. */
export async function writeJson(value: unknown, out: Writable = process.stdout): Promise<void> {
  let buffer = '';
  const flush = async (): Promise<void> => {
    const chunk = buffer;
    buffer = '';
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve));
  };
  for (const piece of jsonPieces(value)) {
    buffer += piece;
    if (buffer.length >= CHUNK) await flush();
  }
  buffer += '\n';
  await flush();
}
