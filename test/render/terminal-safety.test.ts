/**
 * Issue 16 item 6: file names, sheet names and cell text reach the terminal with control
 * characters escaped: a file named with ESC[31m cannot colour (or clear, or move) the terminal.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { terminalName, terminalText } from '../../src/render/terminal-text.js';
import { runCli } from '../support/run-cli.js';

const ESC = '\u001b';

describe('terminalText', () => {
  it('escapes C0/C1 controls, DEL and bidi overrides; keeps text, tab and newline', () => {
    expect(terminalText(`a${ESC}[31mb\u0007c\u009bd\u007fe\u202ef\r周报\t\n`)).toBe('a\\e[31mb\\x07c\\x9bd\\x7fe\\u202ef\\r周报\t\n');
    expect(terminalName('a\nb\tc')).toBe('a\\nb\\tc');
  });
});

describe('the real binary never prints a control character from a file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clubcrm-esc-'));
  const name = `red${ESC}[31m${ESC}[2J.csv`;
  // A header cell and an enumeration value carrying escapes too.
  writeFileSync(join(dir, name), `日期,顾问,客户姓名,联系电话,名单类型,呼出类型,通话结果,备${ESC}[5m注\n2026-11-18,张伟,小明,13812345678,新单,一次邀约,好${ESC}]0;pwned\u0007,x\n`);

  for (const [label, args] of [
    ['inspect: file name, header and cell text', ['inspect', join(dir, name)]],
    ['inspect: the error naming a missing file', ['inspect', join(dir, 'missing', name)]],
    ['check: the file named in findings and errors', ['check', '--data', join(dir, name), '--week', '2026-11-18']],
  ] as const) {
    it(label, () => {
      const r = runCli([...args, '--as-of', '2026-11-20T19:00']);
      expect(r.stdout + r.stderr).not.toContain(ESC);
      expect(r.stdout + r.stderr).not.toContain('\u0007');
      expect(r.stdout + r.stderr).toContain('\\e[31m');
    });
  }
});
