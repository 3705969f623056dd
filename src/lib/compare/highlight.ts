/**
 * Highlighting the most generous and the strictest cell among the chosen columns, from ranks
 * computed at build time by `generosityRanks()` in `./ordering`. No imports: the island bundles
 * this file alone.
 */

/**
 * Among the chosen columns, which are the most generous and which the strictest. Both empty unless
 * at least two chosen columns are comparable and differ. Pure and tiny: the island calls it.
 * @param ranks generosity rank per column (see `generosityRanks`)
 * @param chosen indexes of the chosen columns
 */
export function extremes(
  ranks: readonly (number | null)[],
  chosen: readonly number[],
): { generous: number[]; strictest: number[] } {
  const ranked = chosen.filter((i) => ranks[i] !== null && ranks[i] !== undefined);
  if (ranked.length < 2) return { generous: [], strictest: [] };
  const vals = ranked.map((i) => ranks[i] as number);
  const hi = Math.max(...vals);
  const lo = Math.min(...vals);
  if (hi === lo) return { generous: [], strictest: [] };
  return {
    generous: ranked.filter((i) => ranks[i] === hi),
    strictest: ranked.filter((i) => ranks[i] === lo),
  };
}

/** Unpacks a packed number list from the island props: "0,,2" → [0, null, 2]. */
export function unpackNumbers(s: string): (number | null)[] {
  return s.split(',').map((x) => (x === '' ? null : Number(x)));
}
