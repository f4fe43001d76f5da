/**
 * Terminal safety (issue 16 item 6): text that comes from the user's files (file, sheet and
 * column names, cell text, messages quoting a value) is printed with control characters shown
 * as escapes, so a file named with ESC[31m cannot colour, move or clear the terminal.
 */

// C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides/isolates
// that can reorder what a line appears to say.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function escape(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code === 0x1b) return '\\e';
  if (code === 0x0d) return '\\r';
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every control character escaped (`\e`, `\r`, `\x07`, `\u202e`); tab and newline kept. */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, escape);
}

/** Like terminalText, and newline and tab escaped too: for a name on one line. */
export function terminalName(text: string): string {
  return terminalText(text).replace(/\n/g, '\\n').replace(/\t/g, '\\t');
}
