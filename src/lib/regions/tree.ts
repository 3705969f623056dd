/**
 * The region tree of the documents: 全国 (national documents, when the dataset has them) above the
 * provinces, each province above its cities (GB/T 2260: a city's `parent` is its province's code),
 * with the number of documents at each place and below it. Provinces that have no document of
 * their own but have cities that do still appear (named from `content/reference/regions.json`), so
 * the tree is never missing a level. Pure.
 */

/** Where a document applies, as its frontmatter `jurisdiction` says. */
export interface PlaceRef {
  code: string;
  name: string;
  level: 'national' | 'province' | 'city';
  parent?: string | undefined;
}

export interface RegionNode {
  code: string;
  name: string;
  level: PlaceRef['level'];
  /** Documents of this place itself. */
  own: number;
  /** Documents of this place and every place below it. */
  total: number;
  /** Places below, by code. */
  children: RegionNode[];
  /** Whether any document is issued at this place itself (false: shown only for its cities). */
  hasOwn: boolean;
  /** Set by `foldTree`: places below exist (counted in `total`) but are not listed here. */
  folded?: boolean;
}

/**
 * Builds the tree for `places` (one entry per document) and names of provinces from `provinceNames`
 * (code → name) for provinces without documents of their own.
 */
export function regionTree(places: readonly PlaceRef[], provinceNames: ReadonlyMap<string, string>): RegionNode[] {
  const nodes = new Map<string, RegionNode>();
  const node = (p: Pick<PlaceRef, 'code' | 'name' | 'level'>): RegionNode => {
    let n = nodes.get(p.code);
    if (!n) {
      n = { code: p.code, name: p.name, level: p.level, own: 0, total: 0, children: [], hasOwn: false };
      nodes.set(p.code, n);
    }
    return n;
  };
  for (const p of places) {
    const n = node(p);
    n.own++;
    n.hasOwn = true;
  }
  // A city hangs under its province (created when the province has no document of its own).
  for (const p of places) {
    if (p.level !== 'city' || !p.parent) continue;
    const parent = nodes.get(p.parent) ?? node({ code: p.parent, name: provinceNames.get(p.parent) ?? p.parent, level: 'province' });
    const child = nodes.get(p.code)!;
    if (!parent.children.includes(child)) parent.children.push(child);
  }
  const national = [...nodes.values()].filter((n) => n.level === 'national');
  const provinces = [...nodes.values()].filter((n) => n.level === 'province');
  const orphans = [...nodes.values()].filter((n) => n.level === 'city' && !places.find((p) => p.code === n.code)?.parent);
  const byCode = (a: RegionNode, b: RegionNode) => a.code.localeCompare(b.code);
  const total = (n: RegionNode): number => {
    n.children.sort(byCode);
    n.total = n.own + n.children.reduce((s, c) => s + total(c), 0);
    return n.total;
  };
  const roots = [...provinces, ...orphans].sort(byCode);
  for (const r of roots) total(r);
  if (national.length === 0) return roots;
  // National documents sit above every province: 全国 is the root the provinces hang from.
  for (const n of national) n.total = n.own;
  const top = national.sort(byCode)[0]!;
  top.children = roots;
  top.total = top.own + roots.reduce((s, r) => s + r.total, 0);
  return [top, ...national.slice(1)];
}

/** Every node of a tree, parents before children. */
export function flattenTree(roots: readonly RegionNode[]): RegionNode[] {
  return roots.flatMap((r) => [r, ...flattenTree(r.children)]);
}

/** The codes of a place and every place above it (city → province → 全国), nearest first. */
export function lineage(code: string, roots: readonly RegionNode[]): string[] {
  const path = (ns: readonly RegionNode[], trail: string[]): string[] | null => {
    for (const n of ns) {
      const t = [...trail, n.code];
      if (n.code === code) return t;
      const inner = path(n.children, t);
      if (inner) return inner;
    }
    return null;
  };
  return (path(roots, []) ?? []).reverse();
}

/**
 * The tree as one place's page lists it: the places on `open` (the place and those above it, see
 * `lineage`) with the places directly below them; every other place without its own children
 * (`folded`, `total` unchanged). A page per place that listed the whole tree would make the site
 * grow with the square of its places (400 places: 100 KB of tree on each of 400 pages); folded,
 * each page lists the provinces and the current province's cities, and a folded place's link
 * leads to its own page, where its cities are listed.
 */
export function foldTree(roots: readonly RegionNode[], open: readonly string[]): RegionNode[] {
  return roots.map((n) =>
    open.includes(n.code)
      ? { ...n, children: foldTree(n.children, open) }
      : n.children.length > 0
        ? { ...n, children: [], folded: true }
        : n,
  );
}
