/**
 * Joining Chinese sentences and clauses. Notes, readings and conditions are written as whole
 * sentences, some ending in 。 and some not; joining them with a fixed "；" gave "。；" (53 times in
 * the comparison CSV). The separator goes only where the previous part does not already end a
 * sentence or clause.
 */

/** Ends a sentence or clause: 。！？；… possibly followed by closing quotes or brackets. */
const ENDS = /[。！？；…][”’」』）)】〕]*$/;

/**
 * Joins parts into one run of text: `sep` between two parts unless the first already ends with
 * sentence punctuation; blank parts are skipped, each part is trimmed.
 * @example joinSentences(['甲。', '乙']) === '甲。乙'
 * @example joinSentences(['甲', '乙']) === '甲；乙'
 */
export function joinSentences(parts: readonly string[], sep = '；'): string {
  let out = '';
  for (const raw of parts) {
    const p = raw.trim();
    if (p === '') continue;
    if (out !== '' && !ENDS.test(out)) out += sep;
    out += p;
  }
  return out;
}

/**
 * Pairs of punctuation that joining must never produce (a sentence end followed by a separator,
 * a doubled separator …). Tests scan every page and export for them.
 */
export const BAD_PUNCTUATION = /[。！？；，、：][。；，、]|；；/;
