/**
 * Reading a Pagefind record (a `fragment/<id>.pf_fragment` file) ourselves, as the search engine
 * needs it, instead of through Pagefind's `result.data()`.
 *
 * Why: `data()` builds an excerpt, sub-results and a highlight URL for every record it returns
 * (build_excerpt, calculate_excerpt_region, calculate_sub_results, processedUrl) and inflates the
 * file with its own JavaScript gunzip — none of which this site shows or needs (our excerpts come
 * from rerank.ts). Profiled at 400 documents, that was the largest piece of script between a
 * search's records arriving and its first results, and it runs again for every record of the
 * exhaustive pass. The file format (Pagefind 1.x): optionally gzipped bytes of the signature
 * `pagefind_dcd` followed by the record as JSON (`url`, `content` with U+200B word breaks, `meta`,
 * `filters`, `anchors`). Pure: bytes in, fragment out; the island fetches and decompresses.
 */
import type { PagefindFragment } from './engine';

/** The bytes every decompressed Pagefind file starts with. */
export const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** Whether `bytes` are gzip-compressed (the magic number 1f 8b); a server may have decompressed them already. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * The record a fragment file holds, as Pagefind's `data()` hands it to the engine but for the word
 * locations (`withLocations`): `raw_content` keeps the word breaks with `<` and `>` escaped,
 * `content` drops them, a relative URL is rooted at `/` with repeated slashes folded (Pagefind's
 * `fullUrl` with its default base). Computed once per record: the exhaustive pass asks for a
 * record once per query level.
 */
export type StoredFragment = Omit<PagefindFragment, 'locations'> & { raw_content: string };

/**
 * Parses a decompressed fragment file. Throws when the signature is missing (a file that is not a
 * Pagefind record, or still compressed), so the search reports the failure instead of showing
 * nothing.
 */
export function parseFragment(bytes: Uint8Array): StoredFragment {
  const sig = new TextDecoder().decode(bytes.subarray(0, FRAGMENT_SIGNATURE.length));
  if (sig !== FRAGMENT_SIGNATURE) throw new Error('Pagefind fragment: missing signature');
  const f = JSON.parse(new TextDecoder().decode(bytes.subarray(FRAGMENT_SIGNATURE.length))) as Partial<PagefindFragment>;
  if (typeof f.url !== 'string' || typeof f.content !== 'string') throw new Error('Pagefind fragment: no url or content');
  return {
    url: /^(https?:)?\/\//.test(f.url) ? f.url : `/${f.url}`.replace(/\/+/g, '/'),
    content: f.content.replace(/\u200B/g, ''),
    raw_content: f.content.replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    meta: f.meta ?? {},
    filters: f.filters ?? {},
    anchors: f.anchors ?? [],
  };
}

/**
 * The record with the word locations one query matched (`result.words`). A new object per call:
 * Pagefind reused one object per record and overwrote its locations on every call.
 */
export function withLocations(f: StoredFragment, words: readonly number[]): PagefindFragment {
  return { ...f, locations: [...words] };
}
