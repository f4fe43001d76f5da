/** Advisor names as written in sheets, mapped to the config's canonical names (aliases such as 小张). */
import type { Config } from '../config/types.js';

function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** Resolves written names; `known` is false when the config lists advisors and this name is none of them. */
export interface AdvisorNames {
  resolve(written: string): { name: string; known: boolean };
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
  return {
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
