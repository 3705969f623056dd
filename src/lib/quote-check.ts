/**
 * Pure helpers to check that a provision's quote lies inside its anchor's text.
 *
 * Until the MDX policy pages land, anchors are located in the raw extraction
 * (`content/sources/<policy>.txt`) by start markers (`test/fixtures/anchors-expected.json`).
 * Comparison is whitespace-insensitive: every whitespace character (incl. U+3000 and line
 * breaks) and Markdown `**` are removed; all other characters, including half-width vs
 * full-width punctuation, must match exactly.
 */

export function normalizeText(s: string): string {
  return s.replace(/\*\*/g, '').replace(/[\s\u3000\ufeff]+/g, '');
}

export interface AnchorMarker {
  id: string;
  /** Words at which the anchor's text begins; searched from the previous anchor's start. */
  start: string;
  /** Enclosing anchor, if any. */
  parent?: string;
}

export interface AnchorSpan {
  id: string;
  from: number;
  to: number;
}

/**
 * Locates each anchor in the normalized source. An anchor runs from its start to the start of
 * the next anchor (in document order) that is not its descendant, or to the end of the text.
 * Throws when a marker is missing or the markers are out of order.
 */
export function anchorSpans(source: string, markers: AnchorMarker[]): Map<string, AnchorSpan> {
  const text = normalizeText(source);
  const parentOf = new Map(markers.map((m) => [m.id, m.parent]));
  const isDescendant = (id: string, ancestor: string): boolean => {
    let p = parentOf.get(id);
    while (p) {
      if (p === ancestor) return true;
      p = parentOf.get(p);
    }
    return false;
  };
  const starts: number[] = [];
  let from = 0;
  for (const m of markers) {
    const at = text.indexOf(normalizeText(m.start), from);
    if (at < 0) throw new Error(`anchor ${m.id}: start marker “${m.start}” not found after position ${from}`);
    starts.push(at);
    from = at;
  }
  const spans = new Map<string, AnchorSpan>();
  markers.forEach((m, i) => {
    let to = text.length;
    for (let j = i + 1; j < markers.length; j++) {
      if (!isDescendant(markers[j]!.id, m.id)) {
        to = starts[j]!;
        break;
      }
    }
    spans.set(m.id, { id: m.id, from: starts[i]!, to });
  });
  return spans;
}

/** Returns an error message, or null when the quote lies entirely inside the anchor's span. */
export function checkQuote(
  source: string,
  spans: Map<string, AnchorSpan>,
  anchor: string,
  quote: string,
): string | null {
  const span = spans.get(anchor);
  if (!span) return `unknown anchor “${anchor}”`;
  const text = normalizeText(source);
  const q = normalizeText(quote);
  if (!q) return 'empty quote';
  const inside = text.slice(span.from, span.to).includes(q);
  if (inside) return null;
  if (text.includes(q)) {
    const other = [...spans.values()].filter((s) => text.slice(s.from, s.to).includes(q)).map((s) => s.id);
    return `quote found in the source but not inside anchor “${anchor}” (found in: ${other.join(', ') || 'no anchor'})`;
  }
  return `quote not found in the source: “${quote}”`;
}
