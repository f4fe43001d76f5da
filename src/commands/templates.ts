/** `clubcrm templates` (spec/commands.md). */
import { ClubError } from '../errors.js';
import type { CommonOptions } from '../options.js';

export async function run(_operands: string[], _options: CommonOptions): Promise<number> {
  throw new ClubError('error.not-built', { verb: 'templates' }, { hint: null });
}
