/** Issue 16 item 5: the sniffing step names foreign formats and leaves real CSVs alone. */
import { describe, expect, it } from 'vitest';
import { foreignFormat } from '../../src/read/sniff.js';

const keyOf = (text: string | Buffer): string | null => foreignFormat(Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8'), 'f.csv')?.key ?? null;

describe('foreignFormat', () => {
  it('leaves CSVs alone: commas, semicolons, tabs, a title row, a one-line header, brackets, a BOM', () => {
    for (const csv of [
      '日期,顾问,联系电话\n2026-11-18,张伟,13812345678\n',
      '日期;顾问;联系电话\r\n2026-11-18;张伟;13812345678\r\n',
      '日期\t顾问\t联系电话\n2026-11-18\t张伟\t13812345678\n',
      '顾问每日工作日程表\n日期,顾问,联系电话\n',
      '日期,顾问,联系电话',
      '[日期],[顾问]\n1,2\n',
      '\uFEFF日期,顾问\n',
      'ID,Name\n1,a\n',
      'TABLE,CHAIR\n0,1\n',
      '{a},b,c\n',
      '',
    ]) {
      expect(keyOf(csv), csv).toBeNull();
    }
  });

  it('names SYLK, DIF, JSON, Makefiles, scripts and fixed-width text', () => {
    expect(keyOf('ID;PWXL;N;E\nC;Y1;X1;K"a"\nE\n')).toBe('read.format.sylk');
    expect(keyOf('TABLE\n0,1\n"EXCEL"\n')).toBe('read.format.dif');
    expect(keyOf('[{"a": 1}]')).toBe('read.format.json');
    expect(keyOf('{\n  "a": 1\n}\n')).toBe('read.format.json');
    expect(keyOf('all: x\n\tcc -o x x.c\n')).toBe('read.format.makefile');
    expect(keyOf('#!/bin/sh\necho hi\n')).toBe('read.format.script');
    expect(keyOf('Name      Phone\nZhang     138\nLi        139\n')).toBe('read.format.fixed-width');
  });

  it('names binary spreadsheet formats by their first bytes', () => {
    const pad = (b: number[]) => Buffer.concat([Buffer.from(b), Buffer.alloc(100)]);
    expect(keyOf(pad([0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00]))).toBe('read.format.biff');
    expect(keyOf(pad([0x00, 0x00, 0x1a, 0x00, 0x02, 0x10]))).toBe('read.format.lotus');
    expect(keyOf(pad([0x00, 0x00, 0x02, 0x00, 0x20, 0x51]))).toBe('read.format.quattro');
  });
});
