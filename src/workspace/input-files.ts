/**
 * The spreadsheet files named by the operands of `import` and `inspect`, each with the operand
 * that named it (the store keeps a folder operand's structure). The walking itself is the
 * dataset layer's (findInputFiles); here an operand that names nothing is reported and the
 * others are still read.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { findInputFiles } from '../dataset/find-files.js';

/** One file to read, with the operand that named it. */
export interface InputEntry {
  /** Absolute path of the file. */
  file: string;
  /** The operand (absolute) the file came from. */
  operand: string;
  operandIsDir: boolean;
}

/** An operand that names nothing to read (missing, or a folder without spreadsheets). */
export interface InputProblem {
  operand: string;
  problem: 'missing' | 'empty-folder';
}

/** The files named by `operands` (relative to `cwd`), in a stable order, each once. */
export function listInputFiles(operands: string[], cwd: string): { entries: InputEntry[]; problems: InputProblem[] } {
  const entries: InputEntry[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  for (const op of operands) {
    const operand = resolve(cwd, op);
    let isDir: boolean;
    try {
      isDir = statSync(operand).isDirectory();
    } catch (err) {
      // A link loop (a link to itself) exists: the reader names it for what it is.
      if ((err as NodeJS.ErrnoException).code !== 'ELOOP') {
        problems.push({ operand, problem: 'missing' });
        continue;
      }
      isDir = false;
    }
    const files = findInputFiles([operand], cwd);
    if (isDir && files.length === 0) problems.push({ operand, problem: 'empty-folder' });
    for (const file of files) {
      if (seen.has(file)) continue;
      seen.add(file);
      entries.push({ file, operand, operandIsDir: isDir });
    }
  }
  return { entries, problems };
}
