/**
 * The one query-string helper of the calculators and the eligibility check: read a shared link's
 * parameters, write a state back, and account for every parameter a link carried, so a page can say
 * precisely what it could not keep (unknown, repeated, malformed or over-long parameters).
 *
 * Decoding is URLSearchParams' (`+` is a space, percent escapes are UTF-8) written with ES built-ins
 * only, so the pure core needs no DOM or Node types. A malformed escape is kept as typed and then
 * fails validation like any other unknown value; nothing here throws.
 */

/** Web servers commonly refuse request lines past 8 KB; a share link stays under this many bytes. */
export const MAX_LINK_BYTES = 8000;

/** Longest value a calculator accepts from a link: longer ones are reported, not kept. */
export const MAX_PARAM_LENGTH = 200;

function decode(x: string): string {
  try {
    return decodeURIComponent(x.replace(/\+/g, ' '));
  } catch {
    return x;
  }
}

/** A query string as ordered (name, value) pairs. */
export class Query {
  private readonly pairs: [string, string][] = [];
  /** Names read through `get`/`getAll`/`take`, so `unread()` can list the rest. */
  private readonly read = new Set<string>();

  constructor(search = '') {
    for (const part of (search.startsWith('?') ? search.slice(1) : search).split('&')) {
      if (!part) continue;
      const i = part.indexOf('=');
      this.pairs.push(i < 0 ? [decode(part), ''] : [decode(part.slice(0, i)), decode(part.slice(i + 1))]);
    }
  }

  /** The first value of `k`, or null. */
  get(k: string): string | null {
    this.read.add(k);
    return this.pairs.find(([n]) => n === k)?.[1] ?? null;
  }

  getAll(k: string): string[] {
    this.read.add(k);
    return this.pairs.filter(([n]) => n === k).map(([, v]) => v);
  }

  has(k: string): boolean {
    return this.pairs.some(([n]) => n === k);
  }

  /** Every parameter name, in order of first appearance. */
  names(): string[] {
    return [...new Set(this.pairs.map(([n]) => n))];
  }

  /** Names that occur more than once among `single` (parameters that take one value). */
  repeated(single: Iterable<string>): string[] {
    const want = new Set(single);
    const seen = new Map<string, number>();
    for (const [n] of this.pairs) if (want.has(n)) seen.set(n, (seen.get(n) ?? 0) + 1);
    return [...seen].filter(([, c]) => c > 1).map(([n]) => n);
  }

  /** Names never read: parameters this page does not know. */
  unread(): string[] {
    return this.names().filter((n) => !this.read.has(n));
  }

  get size(): number {
    return this.pairs.length;
  }

  set(k: string, v: string): void {
    const i = this.pairs.findIndex(([n]) => n === k);
    if (i < 0) this.pairs.push([k, v]);
    else this.pairs[i] = [k, v];
  }

  append(k: string, v: string): void {
    this.pairs.push([k, v]);
  }

  /** `a=1&b=2`, without the leading `?`; every character a server could misread is escaped. */
  toString(): string {
    return queryString(this.pairs);
  }
}

/**
 * A reader of single values that refuses over-long ones (read as blank) and remembers their names,
 * so a link parser can say once which parameters it could not keep.
 */
export function boundedReader(q: Query, max = MAX_PARAM_LENGTH): { read(key: string): string; tooLong: string[] } {
  const tooLong: string[] = [];
  return {
    tooLong,
    read(key) {
      const v = q.get(key);
      if (v === null) return '';
      if (v.length > max) {
        tooLong.push(key);
        return '';
      }
      return v;
    },
  };
}

/**
 * `a=1&b=2` from ordered pairs, escaped as `Query#toString` escapes them: for writers that read
 * nothing (a widget's share link), so they do not carry the reading half of `Query`.
 */
export function queryString(pairs: readonly (readonly [string, string])[]): string {
  return pairs.map(([k, v]) => `${encodeQuery(k)}=${encodeQuery(v)}`).join('&');
}

/** encodeURIComponent plus the characters it leaves alone but some servers and mail clients mangle. */
function encodeQuery(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A value shortened for a notice (the whole value may be long or hostile). */
export function shortValue(s: string, max = 40): string {
  const chars = [...s];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : s;
}

/** Bytes of a link as sent (after percent-encoding every character is one byte). */
export function linkBytes(url: string): number {
  let n = 0;
  for (const ch of url) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}
