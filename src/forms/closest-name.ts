/** The closest of some names to a word (edit distance by character), for "did you mean" hints. */

/** Levenshtein distance between two strings, by Unicode code point. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length]!;
}

/**
 * The candidate nearest to `word` (ties: the first given), compared after `normalize`; null
 * when there is no candidate. `candidates` are [shown name, spelling compared] pairs, so an
 * alias can point to its advisor.
 */
export function closestName(word: string, candidates: readonly (readonly [string, string])[], normalize: (s: string) => string = (s) => s): string | null {
  const w = normalize(word);
  let best: { name: string; d: number } | null = null;
  for (const [name, spelling] of candidates) {
    const d = editDistance(w, normalize(spelling));
    if (best === null || d < best.d) best = { name, d };
  }
  return best?.name ?? null;
}
