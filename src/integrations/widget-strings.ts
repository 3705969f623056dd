/**
 * Keeps in a widget's inlined payload only the UI strings its script can look up.
 *
 * The islands take their wording as a `strings` record keyed by dotted message keys (the full
 * page passes every `calc.payment.*` string); a widget mounts less (no contract clause, no
 * exports), and every string it cannot show is bytes a host page downloads for nothing. A key
 * is kept when the bundled code (or the rest of the payload) names it, or when the code builds
 * keys from a prefix of it (`calc.payment.mode.${m}` keeps every `calc.payment.mode.*`). Keys
 * without a dot are not message keys (e.g. `{ section, documents }`) and are always kept.
 * A key wrongly dropped would show as the raw key: the widget browser tests look for that.
 */

/** Prefixes from which code builds message keys: `calc.x.` before `${` or before `" +`. */
function keyPrefixes(code: string): string[] {
  const out = new Set<string>();
  for (const m of code.matchAll(/([A-Za-z][\w-]*(?:\.[\w-]+)*\.)(?:\$\{|["']\s*\+)/g)) out.add(m[1]!);
  return [...out];
}

/** Is `key` (a dotted message key) named or built by `code`? */
export function keyUsedBy(code: string): (key: string) => boolean {
  const prefixes = keyPrefixes(code);
  return (key) => !key.includes('.') || code.includes(key) || prefixes.some((p) => key.startsWith(p));
}

/**
 * The payload with every `strings` record (an object of strings under a `strings` property,
 * at any depth) reduced to the keys `code` uses; `removed` counts the keys dropped.
 */
export function pruneWidgetStrings<T>(payload: T, code: string): { payload: T; removed: number } {
  let removed = 0;
  const isStringRecord = (v: unknown): v is Record<string, string> =>
    typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');
  // The payload outside the string records may name keys too (e.g. a provision's message key).
  const rest = JSON.stringify(payload, (k, v: unknown) => (k === 'strings' && isStringRecord(v) ? undefined : v));
  const used = keyUsedBy(`${code}\n${rest}`);
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v !== 'object' || v === null) return v;
    return Object.fromEntries(
      Object.entries(v).map(([k, x]) => {
        if (k !== 'strings' || !isStringRecord(x)) return [k, walk(x)];
        const kept = Object.entries(x).filter(([key]) => used(key));
        removed += Object.keys(x).length - kept.length;
        return [k, Object.fromEntries(kept)];
      }),
    );
  };
  return { payload: walk(payload) as T, removed };
}
