/**
 * The command that runs this clubcrm from where the user is, for the hints that tell them what to
 * type next (`init`'s "next steps", "run clubcrm init first"):
 *
 * - `clubcrm` when a `clubcrm` on the PATH is this very program (installed with `npm install -g`,
 *   or a packed tarball installed into a prefix whose bin is on the PATH). `node_modules/.bin`
 *   folders do not count: npx puts them on the PATH of its child only.
 * - `npx clubcrm` when run by npx from inside the clone, and the folder where the user will run the
 *   next command is inside the clone too (npx finds the local bin only there).
 * - otherwise `node <path of bin/clubcrm.js>`, which works from any folder.
 */
import { accessSync, constants, realpathSync } from 'node:fs';
import { delimiter, dirname, join, relative, isAbsolute } from 'node:path';

export interface InvocationEnv {
  /** process.env (PATH, npm_command). */
  env: NodeJS.ProcessEnv;
  /** The script node runs: process.argv[1]. */
  script: string;
  /** The folder the next command will be typed in. */
  cwd: string;
  platform: NodeJS.Platform;
}

function real(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function inside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Quotes a path for a shell when it holds anything but plain path characters. */
export function shellQuote(path: string): string {
  return /^[\w@%+=:,./\\-]+$/u.test(path) ? path : `"${path.replace(/(["\\$`])/g, '\\$1')}"`;
}

/** The command (program and any leading arguments) that runs this clubcrm, as the user types it. */
export function cliCommand(inv: InvocationEnv = { env: process.env, script: process.argv[1] ?? '', cwd: process.cwd(), platform: process.platform }): string {
  const self = real(inv.script);
  if (self) {
    const names = inv.platform === 'win32' ? ['clubcrm.cmd', 'clubcrm'] : ['clubcrm'];
    for (const dir of (inv.env.PATH ?? '').split(delimiter)) {
      if (!dir || /node_modules[\\/]\.bin[\\/]?$/.test(dir)) continue;
      for (const name of names) {
        const candidate = join(dir, name);
        if (inv.platform === 'win32' ? real(candidate) !== null : isExecutable(candidate) && real(candidate) === self) {
          return 'clubcrm';
        }
      }
    }
    // bin/clubcrm.js -> the package root.
    const root = dirname(dirname(self));
    if (inv.env.npm_command === 'exec' && inside(real(inv.cwd) ?? inv.cwd, root)) return 'npx clubcrm';
    return `node ${shellQuote(self)}`;
  }
  return 'clubcrm';
}
