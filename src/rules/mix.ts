/** What the mix rules share: shares of a month's contracts against target shares within a tolerance. */
import { ratio4 } from '../metrics/week-metrics.js';

/** Each key's share of `items` (4 decimals), and whether all are within `tolerance` of `targets`. */
export function mixOf<T>(items: T[], keyOf: (item: T) => string | null, targets: Record<string, number>, tolerance: number): { shares: Record<string, number>; ok: boolean } {
  const shares: Record<string, number> = {};
  let ok = items.length > 0;
  for (const [key, target] of Object.entries(targets)) {
    const count = items.filter((i) => keyOf(i) === key).length;
    shares[key] = ratio4(count, items.length);
    // Unrounded, with a small epsilon so that a share exactly on the tolerance's edge is inside it.
    if (items.length > 0 && Math.abs(count / items.length - target) > tolerance + 1e-9) ok = false;
  }
  return { shares, ok };
}

/**
 * `新单 40% / 转介绍 30%`-style text of shares, in the order of `keys` (the mix's own list, so
 * that `label` is given a key of the mix and can name its catalogue message).
 */
export function sharesText<K extends string>(shares: Record<string, number>, keys: readonly K[], label: (key: K) => string): string {
  return keys
    .filter((k) => k in shares)
    .map((k) => `${label(k)} ${Math.round(shares[k]! * 100)}%`)
    .join(' / ');
}
