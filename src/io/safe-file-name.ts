/**
 * File names built from user text (advisor or center names) must stay a plain name inside the
 * output folder: no path separators, no `..`, no Windows reserved names or characters, no
 * trailing dot or space, at most 100 characters.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { ClubError } from '../errors.js';

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** A safe file name (without folder) from arbitrary text. */
export function safeFileName(text: string, fallback = 'file'): string {
  // eslint-disable-next-line no-control-regex
  let name = text.replace(/[\u0000-\u001f<>:"/\\|?*\u007f]/g, '_').replace(/^\.+/, '_').replace(/[. ]+$/, '').trim();
  name = [...name].slice(0, 100).join('');
  if (name === '' || /^_+$/.test(name) && text.trim() === '') name = fallback;
  if (RESERVED.test(name)) name = `_${name}`;
  return name;
}

/** `name` joined under `folder`, refusing anything that would land outside it. */
export function insideFolder(folder: string, name: string): string {
  const target = resolve(folder, name);
  const rel = relative(resolve(folder), target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw new ClubError('error.unsafe-path', { path: name, folder }, { hint: null });
  }
  return target;
}
