import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SheetStore } from '../../src/workspace/sheet-store.js';

function workspace(): string {
  const ws = mkdtempSync(join(tmpdir(), 'clubcrm-store-'));
  mkdirSync(join(ws, 'sheets'));
  return ws;
}

describe('sheet store', () => {
  it('copies, is a no-op on the same bytes (any name), replaces changed bytes and keeps the older copy', async () => {
    const ws = workspace();
    let store = new SheetStore(ws);
    const target = store.targetFor('/mail/张伟.xlsx', '/mail/张伟.xlsx', false);
    expect(target).toBe(join(ws, 'sheets', '张伟.xlsx'));
    expect(await store.store(target, Buffer.from('v1'), '20261120-190000')).toEqual({ action: 'copied', to: 'sheets/张伟.xlsx' });

    store = new SheetStore(ws); // a later run sees the stored file by its content
    expect(await store.store(target, Buffer.from('v1'), 'x')).toMatchObject({ action: 'unchanged', sameAs: 'sheets/张伟.xlsx' });
    const renamed = store.targetFor('/mail/copy.xlsx', '/mail/copy.xlsx', false);
    expect(await store.store(renamed, Buffer.from('v1'), 'x')).toMatchObject({ action: 'unchanged', sameAs: 'sheets/张伟.xlsx' });
    expect(existsSync(renamed)).toBe(false);

    const r = await store.store(target, Buffer.from('v2'), '20261121-080000');
    expect(r.action).toBe('replaced');
    expect(r.keptAs).toMatch(/^replaced\/张伟\.20261121-080000\.[0-9a-f]{8}\.xlsx$/);
    expect(readFileSync(join(ws, r.keptAs!), 'utf8')).toBe('v1');
    expect(readFileSync(target, 'utf8')).toBe('v2');
    // v1 again is a change again (the store holds v2 now), and v2 is kept.
    const back = await store.store(target, Buffer.from('v1'), '20261121-090000');
    expect(back.action).toBe('replaced');
    expect(readFileSync(join(ws, back.keptAs!), 'utf8')).toBe('v2');
    expect(readFileSync(target, 'utf8')).toBe('v1');
  });

  it('keeps the folder of files found in a folder operand, and a stored file maps to itself', () => {
    const ws = workspace();
    const store = new SheetStore(ws);
    expect(store.targetFor('/in/2026-11-18/a/张伟.xlsx', '/in/2026-11-18', true)).toBe(join(ws, 'sheets', '2026-11-18', 'a', '张伟.xlsx'));
    const inside = join(ws, 'sheets', 'x.csv');
    expect(store.targetFor(inside, join(ws, 'sheets'), true)).toBe(inside);
  });
});
