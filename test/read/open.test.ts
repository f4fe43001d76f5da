import { chmodSync, mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { ClubError } from '../../src/errors.js';
import { t } from '../../src/i18n/index.js';
import { fsError, openWorkbook } from '../../src/read/open.js';
import { readAll } from '../support/read-all.js';

const dir = mkdtempSync(join(tmpdir(), 'clubcrm-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, bytes: Buffer | string): string {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

async function refusal(p: string, display = 'shown-name.xlsx'): Promise<ClubError> {
  const err = await openWorkbook(p, display).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ClubError);
  const club = err as ClubError;
  expect(club.exitCode).toBe(2);
  // Named in both languages, with a hint saying what to do.
  expect(t(club.key, club.params, 'zh')).toContain(display);
  expect(t(club.key, club.params, 'en')).toContain(display);
  expect(club.localizedHint()).toBeTruthy();
  return club;
}

/** An OLE compound file header followed by the UTF-16 names of the streams it holds. */
function ole(...streams: string[]): Buffer {
  const magic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([magic, Buffer.alloc(504), ...streams.map((s) => Buffer.from(s, 'utf16le'))]);
}

describe('openWorkbook refuses what is not a readable spreadsheet', () => {
  it('a missing path, a folder, an empty file', async () => {
    expect((await refusal(join(dir, 'nope.xlsx'))).key).toBe('read.not-found');
    const folder = join(dir, 'folder.xlsx');
    mkdirSync(folder);
    expect((await refusal(folder)).key).toBe('read.is-directory');
    expect((await refusal(file('empty.xlsx', ''))).key).toBe('read.empty');
  });

  it.skipIf(process.getuid?.() === 0)('a file it may not read', async () => {
    const p = file('locked.xlsx', 'a,b\n');
    chmodSync(p, 0o000);
    expect((await refusal(p)).key).toBe('read.no-access');
  });

  it('maps file-system errors (EACCES even when tests run as root)', () => {
    const err = (code: string) => Object.assign(new Error(code), { code });
    expect(fsError(err('EACCES'), 'a.xlsx').key).toBe('read.no-access');
    expect(fsError(err('EPERM'), 'a.xlsx').key).toBe('read.no-access');
    expect(fsError(err('ENOENT'), 'a.xlsx').key).toBe('read.not-found');
    expect(fsError(err('EISDIR'), 'a.xlsx').key).toBe('read.is-directory');
    expect(fsError(err('EIO'), 'a.xlsx')).toMatchObject({ key: 'read.io-error', params: { file: 'a.xlsx', code: 'EIO' } });
  });

  it('legacy .xls, encrypted workbooks and other OLE files', async () => {
    expect((await refusal(file('old.xls', ole('Root Entry', 'Workbook')))).key).toBe('read.legacy-xls');
    expect((await refusal(file('secret.xlsx', ole('Root Entry', 'EncryptionInfo', 'EncryptedPackage')))).key).toBe('read.encrypted');
    expect((await refusal(file('doc.xlsx', ole('Root Entry', 'WordDocument')))).key).toBe('read.ole');
  });

  it('a web page saved with an .xlsx name (UTF-8 or UTF-16)', async () => {
    const html = '\ufeff  <html><body><table><tr><td>顾问</td></tr></table></body></html>';
    expect((await refusal(file('page.xlsx', html))).key).toBe('read.html');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<?xml version="1.0"?><Workbook/>', 'utf16le')]);
    expect((await refusal(file('xml2003.xlsx', utf16))).key).toBe('read.html');
    const mht = 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart"\r\n\r\n';
    expect((await refusal(file('page.mht.xlsx', mht))).key).toBe('read.html');
  });

  it('binary data: "not a spreadsheet", or "binary, not CSV" when named as CSV', async () => {
    const junk = Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37 + 11) % 256));
    expect((await refusal(file('junk.xlsx', junk))).key).toBe('read.not-spreadsheet');
    expect((await refusal(file('junk.csv', junk), 'junk.csv')).key).toBe('read.csv-binary');
  });
});

describe('openWorkbook reads by content, not by name', () => {
  it('reads CSV text even when it is named .xlsx, and an empty .csv as no rows', async () => {
    const { wb, sheets } = await readAll(file('really-csv.xlsx', iconv.encode('顾问,电话\r\n张伟,13800138000\r\n', 'gb18030')), 'really-csv.xlsx');
    expect(wb).toMatchObject({ file: 'really-csv.xlsx', kind: 'csv', encoding: 'gb18030' });
    expect(sheets).toEqual([{ name: null, rows: [{ row: 1, cells: ['顾问', '电话'] }, { row: 2, cells: ['张伟', '13800138000'] }] }]);
    expect((await readAll(file('empty.csv', ''))).sheets).toEqual([{ name: null, rows: [] }]);
  });

  it('reads the rows of a sheet again when asked twice', async () => {
    const wb = await openWorkbook(file('twice.csv', 'a\nb\n'));
    for (let i = 0; i < 2; i++) {
      const rows = [];
      for await (const r of wb.sheets[0]!.rows()) rows.push(r.cells[0]);
      expect(rows).toEqual(['a', 'b']);
    }
  });
});
