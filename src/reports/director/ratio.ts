/** Ratios as the summary shows them. */

/** part / whole to 4 decimals, as the engine gives its sign rate (a long float is noise to a director); null when whole is 0. */
export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 10000) / 10000 : null;
}
