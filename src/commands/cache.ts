/**
 * `clubcrm cache clear` (issue 16 item 7, privacy at rest): removes the workspace's content
 * cache (`.clubcrm/cache/`), which holds what was read from the advisors' sheets - full phone
 * numbers included - so a supervisor can remove that copy of customers' personal data at will
 * (the sheets themselves stay in sheets/). Taken under the workspace lock, so no run is writing
 * the cache meanwhile.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ClubError } from '../errors.js';
import { writeErrorReason } from '../io/write-output.js';
import { t } from '../i18n/index.js';
import type { CommonOptions } from '../options.js';
import { withWorkspaceLock } from '../workspace/lock.js';
import { resolveContext } from './context.js';

/** Files and bytes under `dir` (0, 0 when it does not exist). */
function measure(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return { files, bytes };
  }
  for (const name of names) {
    try {
      const st = statSync(join(dir, name));
      if (st.isFile()) {
        files += 1;
        bytes += st.size;
      }
    } catch {
      // vanished meanwhile
    }
  }
  return { files, bytes };
}

export async function run(operands: string[], options: CommonOptions): Promise<number> {
  const ctx = resolveContext(options);
  const action = operands[0];
  if (action !== 'clear') {
    throw new ClubError('error.bad-option', { option: 'cache', value: action ?? '', reason: t('cache.actions') }, { hint: null });
  }
  const workspace = ctx.workspace;
  if (!workspace) throw new ClubError('cache.no-workspace', { dir: process.cwd() });
  const dir = join(workspace, '.clubcrm', 'cache');
  const { files, bytes } = measure(dir);
  await withWorkspaceLock(workspace, async () => {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch (err) {
      throw new ClubError('error.output-unwritable', { path: dir, reason: writeErrorReason(err) }, { cause: err });
    }
  });
  process.stdout.write(`${files === 0 ? t('cache.empty', { path: dir }) : t('cache.cleared', { files, mb: (bytes / 1048576).toFixed(1), path: dir })}\n`);
  return 0;
}
