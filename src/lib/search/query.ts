/**
 * Query preparation for site search: from what a reader typed to the terms we match exactly
 * and the Pagefind queries we run. Pure (no DOM); `Intl.Segmenter` is plain ECMAScript.
 */

/** Longer queries are cut to this many characters (and the UI says so). */
export const MAX_QUERY_CHARS = 100;
/** At most this many whitespace-separated terms are used. */
export const MAX_TERMS = 8;

export type QueryStatus = 'ok' | 'empty' | 'punctuation-only';

export interface PreparedQuery {
  status: QueryStatus;
  /** What the reader typed, trimmed and cut to MAX_QUERY_CHARS. */
  text: string;
  /** True when the typed query was longer than MAX_QUERY_CHARS. */
  truncated: boolean;
  /** Terms as typed (NFKC, lower-cased), punctuation-only terms dropped. */
  terms: string[];
}

/**
 * Normalises text for exact matching: NFKC (全角 ７０％ → 70%), lower case, and without any
 * whitespace or zero-width space, since the texts write "1000 万元" and "1000万元" alike.
 */
export function normalizeForMatch(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s\u200b]+/g, '');
}

const PUNCT_ONLY = /^[\p{P}\p{S}\s]*$/u;
/** Separators between terms: whitespace and list punctuation (、，,;；). Quotes are stripped. */
const TERM_SPLIT = /[\s、，,;；]+/u;
const QUOTES = /["“”'‘’「」『』]/gu;

/** Prepares a typed query. Never throws. */
export function prepareQuery(raw: string | null | undefined): PreparedQuery {
  const chars = [...(raw ?? '').trim()];
  const truncated = chars.length > MAX_QUERY_CHARS;
  const text = chars.slice(0, MAX_QUERY_CHARS).join('').trim();
  if (text === '') return { status: 'empty', text, truncated, terms: [] };
  const terms = [
    ...new Set(
      text
        .normalize('NFKC')
        .toLowerCase()
        .replace(QUOTES, ' ')
        .split(TERM_SPLIT)
        .filter((t) => t !== '' && !PUNCT_ONLY.test(t)),
    ),
  ].slice(0, MAX_TERMS);
  if (terms.length === 0) return { status: 'punctuation-only', text, truncated, terms };
  return { status: 'ok', text, truncated, terms };
}

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/**
 * The pieces Pagefind's query side makes of a term (it segments with the same
 * `Intl.Segmenter('zh-cn', { granularity: 'word' })`), punctuation dropped.
 */
export function queryPieces(term: string): string[] {
  return [...segmenter.segment(term)].map((s) => s.segment).filter((s) => !PUNCT_ONLY.test(s));
}

/**
 * Pagefind queries to try for a set of terms, strictest first.
 *
 * Pagefind requires every query piece to start some indexed word. The index is segmented by a
 * dictionary segmenter and the query by ICU, and they disagree (先使用后付费: index 先|使用|后付费,
 * query 先|使用|后|付|费, so 付 and 费 start no indexed word and the query finds nothing). Each
 * further level drops the last piece of the longest term, down to one piece per term; the
 * exact-phrase check in `rerank.ts` then decides what really matches.
 */
export function relaxationLevels(terms: readonly string[]): string[] {
  const pieces = terms.map((t) => {
    const p = queryPieces(t);
    return p.length ? p : [t];
  });
  const levels: string[] = [];
  const current = pieces.map((p) => [...p]);
  for (;;) {
    const q = current.map((p) => p.join(' ')).join(' ');
    if (!levels.includes(q)) levels.push(q);
    let longest = -1;
    current.forEach((p, i) => {
      if (p.length > 1 && (longest < 0 || p.length > (current[longest]?.length ?? 0))) longest = i;
    });
    if (longest < 0) break;
    current[longest]?.pop();
  }
  return levels;
}
