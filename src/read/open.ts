/**
 * Opens an input file as a RawWorkbook, whatever it really is (sniffed by content, not by name):
 * xlsx (zip) or csv; refuses, with a ClubError saying what the file is and what to do, legacy
 * .xls / encrypted (OLE), HTML, non-zip, zip bombs, DOCTYPE/entities, corrupted XML.
 * (Stub: the reader helper fills this in.)
 */
import type { RawWorkbook } from './types.js';

/** `path` is read; `displayPath` is how the file is named in messages and origins. */
export async function openWorkbook(path: string, displayPath: string = path): Promise<RawWorkbook> {
  void path;
  return { file: displayPath, kind: 'csv', sheets: [] };
}
