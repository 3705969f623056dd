/**
 * Fidelity helpers: apply the recorded extraction fixes to a raw source, and normalise text so
 * that a source and its published MDX can be compared character for character.
 *
 * Pure functions, no I/O: used by the content tests and by the build-time citation checker.
 */

/** The parts of a fix record `applyFixes` needs (see `src/schemas/fix.ts`). */
export interface FixLike {
  find: string;
  replace: string;
  count?: number | undefined;
}

/**
 * Characters an extraction may leave in the text that are neither wording nor visible:
 * zero-width space / non-joiner / joiner, word joiner. (U+FEFF, the byte-order mark, is already
 * whitespace to `\s`.) Markup such as `**`, `#` or `>>>` is deliberately NOT listed: it is
 * recorded and counted as a `markup` fix, so an unexpected stray token fails the test instead
 * of being silently ignored.
 */
export const INVISIBLE_TOKENS: readonly string[] = ['\u200B', '\u200C', '\u200D', '\u2060'];

/** Count non-overlapping occurrences of `needle` in `haystack` (needle non-empty). */
export function countOccurrences(haystack: string, needle: string): number {
  if (needle === '') throw new Error('countOccurrences: empty needle');
  return haystack.split(needle).length - 1;
}

/**
 * Apply fixes in order. Each fix replaces every occurrence of `find` with `replace`, and must
 * find exactly `count` (default 1) occurrences in the text as it stands at that point — so a
 * fix can never match somewhere unintended, and a changed source makes the fix fail loudly.
 *
 * @throws Error naming the fix (index and `find`) when the count is wrong.
 */
export function applyFixes(source: string, fixes: readonly FixLike[]): string {
  let text = source;
  fixes.forEach((fix, i) => {
    const expected = fix.count ?? 1;
    const found = fix.find === '' ? 0 : countOccurrences(text, fix.find);
    if (fix.find === '' || found !== expected) {
      throw new Error(
        `fix #${i + 1} ${JSON.stringify(fix.find)}: expected ${expected} occurrence(s), found ${found}`,
      );
    }
    text = text.split(fix.find).join(fix.replace);
  });
  return text;
}

/**
 * Reduce text to what must match exactly between source and publication: drop all whitespace
 * (`\s` covers spaces, tabs, line breaks, U+3000 ideographic space, NBSP, BOM) and the
 * invisible tokens above. Nothing else is folded: punctuation width, quotes and digits stay,
 * because they are printed characters.
 */
export function normalizeForComparison(text: string): string {
  let out = text.replace(/\s+/gu, '');
  for (const token of INVISIBLE_TOKENS) out = out.split(token).join('');
  return out;
}

/**
 * Collapse whitespace runs to one space and trim: how a block of published text reads.
 * Used for clause texts and block comparisons, where word boundaries still matter.
 */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Outcome of `compareNormalized`: where normalised texts first differ, with some context. */
export type ComparisonResult =
  | { ok: true }
  | { ok: false; index: number; expected: string; actual: string };

/**
 * Compare two texts after `normalizeForComparison`. On a mismatch, report the first differing
 * position (in normalised characters) and a short window of each side, so a failing fidelity
 * test points at the word that changed instead of dumping two 5,000-character strings.
 */
export function compareNormalized(expected: string, actual: string, context = 12): ComparisonResult {
  const a = normalizeForComparison(expected);
  const b = normalizeForComparison(actual);
  if (a === b) return { ok: true };
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - context);
  return { ok: false, index: i, expected: a.slice(from, i + context), actual: b.slice(from, i + context) };
}
