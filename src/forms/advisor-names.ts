/** Advisor names as written in sheets, mapped to the config's canonical names (aliases such as 小张). */
import type { Config } from '../config/types.js';
import { closestName } from './closest-name.js';

function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** Resolves written names; `known` is false when the config lists advisors and this name is none of them. */
export interface AdvisorNames {
  resolve(written: string): { name: string; known: boolean };
  /** The configured advisor whose name or alias is nearest to a name that matches none (null without a list). */
  closest(written: string): string | null;
}

export function advisorNames(config: Config): AdvisorNames {
  const byKey = new Map<string, string>();
  for (const a of config.advisors) {
    for (const n of [a.name, ...a.aliases]) {
      const key = nameKey(n);
      if (!byKey.has(key)) byKey.set(key, a.name);
    }
  }
  const listed = config.advisors.length > 0;
  // One sheet repeats a handful of names over thousands of rows: resolve each once.
  const seen = new Map<string, { name: string; known: boolean }>();
  const spellings = config.advisors.flatMap((a) => [a.name, ...a.aliases].map((n) => [a.name, n] as const));
  return {
    closest: (written) => closestName(written, spellings, nameKey),
    resolve(written) {
      let hit = seen.get(written);
      if (!hit) {
        const name = byKey.get(nameKey(written));
        hit = name !== undefined ? { name, known: true } : { name: written, known: !listed };
        seen.set(written, hit);
      }
      return hit;
    },
  };
}
