/**
 * 智能匹配: a firm's need, in one sentence, against the results' names and keywords. Words come
 * from the platform's own Chinese word segmentation (`Intl.Segmenter`), the ranking from
 * MiniSearch (BM25 with prefix matching). Segmentation depends on context (锂电池回收 vs 锂电池的
 * 回收 may split differently), so every Chinese word of three or more characters is also indexed
 * and queried by its two-character pieces: the two sides meet even where the splits differ.
 * The words shown per result are the query's own words that matched (pieces folded back into them).
 */
import MiniSearch from 'minisearch';
import vocabulary from './vocabulary.json';

const STOP = new Set(vocabulary.stopwords.map((w) => w.toLowerCase()));
const HAN = /\p{Script=Han}/u;

let segmenter: Intl.Segmenter | undefined;
function seg(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return segmenter;
}

/**
 * The words of `text`: word-like segments, lower-cased and NFKC-folded, stop words dropped.
 * ICU's dictionary leaves many technical morphemes as single characters (锂|电池, 湿|法|冶金);
 * a lone character is too common to rank by (用、种), so single Han characters are joined: a run
 * of them becomes one word (湿法), and one alone is prefixed to the word right after it (锂电池).
 * A stop word, punctuation or space breaks a run.
 */
export function segmentWords(text: string): string[] {
  const out: string[] = [];
  let run = '';
  const endRun = () => {
    if (run.length >= 2) out.push(run);
    run = '';
  };
  for (const s of seg().segment(text.normalize('NFKC').toLowerCase())) {
    const w = s.segment.trim();
    if (!s.isWordLike || w === '' || STOP.has(w)) {
      endRun();
    } else if (w.length === 1 && HAN.test(w)) {
      run += w;
    } else if (run.length === 1 && HAN.test(w)) {
      out.push(run + w);
      run = '';
    } else {
      endRun();
      // A lone Latin letter or digit carries nothing to rank by.
      if (w.length > 1) out.push(w);
    }
  }
  endRun();
  return out;
}

/** A word and, for a Han word of three or more characters, its two-character pieces. */
function withPieces(w: string): string[] {
  if (w.length < 3 || !HAN.test(w)) return [w];
  const out = [w];
  for (let i = 0; i + 2 <= w.length; i++) out.push(w.slice(i, i + 2));
  return out;
}

/** Index and query terms of `text`: words plus their pieces. */
export function terms(text: string): string[] {
  return segmentWords(text).flatMap(withPieces);
}

export interface MatchDoc {
  id: string;
  name?: string | undefined;
  keywords?: string | undefined;
  /** The result type as a word (专利, 计算机软件著作权), so "软件" in a need finds software. */
  typeLabel?: string | undefined;
  unit?: string | undefined;
}

export interface MatchHit {
  id: string;
  score: number;
  /** The need's words this result matched, in the need's order. */
  words: string[];
}

export interface MatchIndex {
  /** Ranked hits for `need` (empty need → no hits). */
  search(need: string): MatchHit[];
  size: number;
}

/** Build the index once per loaded list (the page does it when the list changes). */
export function buildMatchIndex(docs: readonly MatchDoc[]): MatchIndex {
  const ms = new MiniSearch<MatchDoc>({
    fields: ['name', 'keywords', 'typeLabel', 'unit'],
    idField: 'id',
    tokenize: terms,
    // `terms` already folds case and width; MiniSearch must not split or fold again.
    processTerm: (t) => t,
    searchOptions: { boost: { name: 2, keywords: 1, typeLabel: 1, unit: 0.5 }, prefix: (t) => t.length >= 2, combineWith: 'OR' },
  });
  ms.addAll(docs as MatchDoc[]);
  return {
    size: docs.length,
    search(need) {
      const words = [...new Set(segmentWords(need))];
      if (words.length === 0) return [];
      const hits = ms.search(need, { tokenize: terms });
      return hits.map((h) => {
        const matched = new Set(h.queryTerms);
        // A word is shown when it matched itself or any of its pieces.
        const shown = words.filter((w) => withPieces(w).some((p) => matched.has(p)));
        return { id: String(h.id), score: h.score, words: shown };
      });
    },
  };
}
