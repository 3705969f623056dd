/**
 * Splits a built policy page into search records, one per `<Clause>` section, so that a search
 * hit is an article or item (with its own anchor, topic and a small fragment to fetch) rather
 * than a whole 12 KB document.
 *
 * Works on the HTML our own components emit (`src/components/Clause.astro`:
 * `<section id="…" class="clause">`, the citation in `<p class="cite-text">`), not on arbitrary
 * HTML: sections are matched by counting `<section` / `</section>` tags, which is exact for
 * well-formed output because sections cannot contain unescaped `<section` text.
 * Pure: string in, data out.
 */

/** One clause of the page: its own content, without the clauses nested in it. */
export interface ClauseRecordSource {
  /** Anchor id of the clause (`art-6-3`). */
  id: string;
  /** Id of the enclosing clause, if any. */
  parentId?: string;
  /** Citation text from the clause's `.cite-text`, entities decoded. */
  cite: string;
  /** Opening tag + own inner HTML + closing tag, nested clause sections removed. */
  html: string;
}

export interface SplitPolicyPage {
  /** The article with every clause removed: title, badges, notices, text between clauses. */
  headHtml: string;
  clauses: ClauseRecordSource[];
  /** `data-pagefind-filter|meta|sort` values found on hidden spans outside the clauses. */
  attributes: { kind: 'filter' | 'meta' | 'sort'; key: string; value: string }[];
}

interface SectionNode {
  start: number; // index of '<section'
  openEnd: number; // index after '>' of the opening tag
  closeStart: number; // index of '</section>'
  end: number; // index after '</section>'
  openTag: string;
  parent?: SectionNode;
  children: SectionNode[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };

/** Decodes the few entities Astro emits in text and attribute values. */
export function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39|apos|#x[0-9a-f]+|#\d+);/gi, (m, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#') && lower !== '#39') return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return ENTITIES[lower] ?? m;
  });
}

/** Escapes text for use inside a double-quoted attribute. */
export function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(openTag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(openTag);
  return m ? decodeEntities(m[1] ?? '') : undefined;
}

function sectionTree(html: string): SectionNode[] {
  const roots: SectionNode[] = [];
  const stack: SectionNode[] = [];
  const re = /<section\b[^>]*>|<\/section\s*>/gi;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[0].startsWith('</')) {
      const node = stack.pop();
      if (!node) throw new Error(`unbalanced </section> at ${m.index}`);
      node.closeStart = m.index;
      node.end = m.index + m[0].length;
    } else {
      const parent = stack[stack.length - 1];
      const node: SectionNode = {
        start: m.index, openEnd: m.index + m[0].length, closeStart: -1, end: -1,
        openTag: m[0], parent, children: [],
      };
      (parent ? parent.children : roots).push(node);
      stack.push(node);
    }
  }
  if (stack.length) throw new Error('unclosed <section>');
  return roots;
}

function isClause(n: SectionNode): boolean {
  const cls = attr(n.openTag, 'class');
  return !!cls && cls.split(/\s+/).includes('clause') && !!attr(n.openTag, 'id');
}

/** Nearest clause sections below `n` (not below another clause). */
function clauseChildren(n: SectionNode): SectionNode[] {
  return n.children.flatMap((c) => (isClause(c) ? [c] : clauseChildren(c)));
}

/** `html[from, to)` with the given (sorted, non-overlapping) ranges cut out. */
function cut(html: string, from: number, to: number, holes: SectionNode[]): string {
  let out = '';
  let pos = from;
  for (const h of holes) {
    out += html.slice(pos, h.start);
    pos = h.end;
  }
  return out + html.slice(pos, to);
}

const HIDDEN_ATTR_SPAN = /<span\b[^>]*\bdata-pagefind-(filter|meta|sort)="([^"]+)"[^>]*>([^<]*)<\/span>/g;

/**
 * Splits the `<article data-pagefind-body>` of a built policy page.
 * @throws when the page has no such article or its sections are unbalanced.
 */
export function splitPolicyHtml(page: string): SplitPolicyPage {
  const open = /<article\b[^>]*\bdata-pagefind-body\b[^>]*>/.exec(page);
  if (!open) throw new Error('no <article data-pagefind-body> on the page');
  const closeAt = page.indexOf('</article>', open.index);
  if (closeAt < 0) throw new Error('unclosed <article>');
  const article = page.slice(open.index, closeAt + '</article>'.length);

  const roots = sectionTree(article);
  const top = roots.flatMap((r) => (isClause(r) ? [r] : clauseChildren(r)));
  const clauses: ClauseRecordSource[] = [];
  const walk = (n: SectionNode, parentId?: string): void => {
    const id = attr(n.openTag, 'id') ?? '';
    const kids = clauseChildren(n);
    const own = cut(article, n.start, n.end, kids);
    const citeMatch = /class="cite-text">([^<]*)</.exec(own);
    clauses.push({ id, parentId, cite: decodeEntities(citeMatch?.[1] ?? ''), html: own });
    for (const k of kids) walk(k, id);
  };
  for (const t of top) walk(t);

  let headHtml = cut(article, 0, article.length, top);
  const attributes: SplitPolicyPage['attributes'] = [];
  headHtml = headHtml.replace(HIDDEN_ATTR_SPAN, (_m, kind: string, key: string, value: string) => {
    attributes.push({ kind: kind as 'filter' | 'meta' | 'sort', key: decodeEntities(key), value: decodeEntities(value).trim() });
    return '';
  });
  return { headHtml, clauses, attributes };
}
