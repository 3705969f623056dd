/**
 * Turns built pages into Pagefind records (HTML documents handed to Pagefind's `addHTMLFile`).
 *
 * Policy pages become records of consecutive clauses (see RECORD_MAX_CHARS), each at its first
 * clause's anchor (`/policies/<id>/#<anchor>`), plus one
 * for the page head (title, 文号, notices); every record carries the page's filters (地区, 文件类型,
 * 效力), its date and short title as *attribute* values, so they filter and display without
 * becoming searchable words inside every clause. A short context line (jurisdiction and short
 * title) is indexed at low weight before the clauses, so "湖南 里程碑" still finds 湖南's clause;
 * each clause section's anchor marks where its text starts (see `splitFragment` in engine.ts).
 * Pure: strings in, strings out.
 */
import { escapeAttr, splitPolicyHtml, type ClauseRecordSource } from './split-policy-html';

export interface SearchRecord {
  /** Result URL, with the clause anchor for clause records. */
  url: string;
  /** A complete HTML document for Pagefind. */
  content: string;
}

/** What each record says it is (`data-pagefind-meta="kind:…"`), read by the search UI. */
export type RecordKind = 'clause' | 'policy' | 'page';

export interface PolicyRecordOptions {
  /** Page path, e.g. `/policies/hunan-2025-plan/`. */
  url: string;
  /** 主题 filter values per clause anchor; a clause also inherits its ancestors' topics. */
  topicsByAnchor?: ReadonlyMap<string, readonly string[]>;
}

function attrSpan(kind: 'filter' | 'meta' | 'sort', key: string, value: string): string {
  return `<span data-pagefind-${kind}="${escapeAttr(`${key}:${value}`)}"></span>`;
}

function doc(body: string, title: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeAttr(title)}</title></head><body>${body}</body></html>`;
}

/** The part of a citation after the document title: 《…》第六条第（三）项 → 第六条第（三）项. */
export function clauseLabel(cite: string): string {
  const close = cite.lastIndexOf('》');
  const rest = close >= 0 ? cite.slice(close + 1).trim() : cite.trim();
  return rest || cite.trim();
}

/**
 * Clauses are packed into records in text order, a record holding consecutive clauses while their
 * text is at most this many characters (a longer clause is a record alone). Pagefind's metadata,
 * which the first query loads whole, costs about 6 bytes gzip per record: at 400 documents one
 * record per clause made 10,900 records and 66 KB of it, packed they make about a seventh as
 * many. The search engine still shows one result per clause (`splitFragment` in engine.ts splits
 * a record at its clauses' anchors), and a record stays small enough (about 2 KB gzip) that
 * loading the first results' records costs little more.
 */
export const RECORD_MAX_CHARS = 1000;

/** One clause of a grouped record, as the `parts` metadata lists it: [anchor, label, topics]. */
export type RecordPart = [id: string, label: string, topics: string[]];

/** Approximate text length of a clause's own HTML: tags, the citation tool and spaces left out. */
function textLength(c: ClauseRecordSource): number {
  return c.html.replace(/<[^>]*>/g, '').replace(/\s+/g, '').length - c.cite.replace(/\s+/g, '').length;
}

/**
 * Records of a built policy page: the page head, then its clauses packed in text order (see
 * RECORD_MAX_CHARS). A record is at its first clause's anchor, carries every clause's 主题, and
 * when it holds several clauses lists them (anchor, label, topics) in the `parts` metadata.
 */
export function policyRecords(pageHtml: string, opts: PolicyRecordOptions): SearchRecord[] {
  const split = splitPolicyHtml(pageHtml);
  // Sort keys become metadata only: the re-ranker orders by date itself, and a Pagefind sort
  // would add a page list of every record to the metadata the first query loads (24 KB gzip
  // at 400 documents).
  const shared = split.attributes
    .map((a) => (a.kind === 'sort' ? attrSpan('meta', a.key, a.value) : attrSpan(a.kind, a.key, a.value)))
    .join('');
  const get = (kind: string, key: string) => split.attributes.find((a) => a.kind === kind && a.key === key)?.value ?? '';
  const short = get('meta', 'short');
  const place = get('filter', '地区');
  const context = `<p data-pagefind-weight="0.5">${escapeAttr(`${place} ${short}`.trim())}</p>`;
  const titleMatch = /<h1\b[^>]*>([^<]*)<\/h1>/.exec(split.headHtml);
  const title = titleMatch?.[1] ?? short;

  const records: SearchRecord[] = [
    {
      url: opts.url,
      content: doc(
        `<article data-pagefind-body>${shared}${attrSpan('meta', 'kind', 'policy')}${split.headHtml.replace(/^<article\b[^>]*>|<\/article>$/g, '')}</article>`,
        title,
      ),
    },
  ];

  const inherited = new Map<string, string[]>();
  const groups: { members: { c: ClauseRecordSource; topics: string[] }[]; chars: number }[] = [];
  for (const c of split.clauses) {
    const own = [...(c.parentId ? inherited.get(c.parentId) ?? [] : []), ...(opts.topicsByAnchor?.get(c.id) ?? [])];
    const topics = [...new Set(own)];
    inherited.set(c.id, topics);
    const chars = textLength(c);
    const last = groups[groups.length - 1];
    if (last && last.chars + chars <= RECORD_MAX_CHARS) {
      last.members.push({ c, topics });
      last.chars += chars;
    } else groups.push({ members: [{ c, topics }], chars });
  }
  for (const { members } of groups) {
    const first = members[0]!.c;
    const label = clauseLabel(first.cite);
    const topics = [...new Set(members.flatMap((m) => m.topics))].map((t) => attrSpan('filter', '主题', t)).join('');
    const parts: RecordPart[] = members.map((m) => [m.c.id, clauseLabel(m.c.cite), m.topics]);
    records.push({
      url: `${opts.url}#${first.id}`,
      content: doc(
        `<article data-pagefind-body>${shared}${topics}${attrSpan('meta', 'kind', 'clause')}` +
          `${attrSpan('meta', 'title', label)}${attrSpan('meta', 'anchor', first.id)}` +
          (parts.length > 1 ? attrSpan('meta', 'parts', JSON.stringify(parts)) : '') +
          `${context}${members.map((m) => m.c.html).join('')}</article>`,
        label,
      ),
    });
  }
  return records;
}

export interface PageRecordOptions {
  url: string;
  /** Shown as the result's kind, e.g. 对比. */
  kind: string;
  /** 主题 filter values. */
  topics?: readonly string[];
}

/**
 * A non-policy page as one record: its own `[data-pagefind-body]` if it marks one, else its
 * `<main>` (the layout keeps header and footer outside `<main>`). Returns null without either.
 */
export function pageRecord(pageHtml: string, opts: PageRecordOptions): SearchRecord | null {
  // A page that declares its own 主题 keeps it; the scope's topic only fills in.
  const ownTopic = /data-pagefind-filter="主题/.test(pageHtml);
  const topics = ownTopic ? [] : (opts.topics ?? []);
  const extra = [attrSpan('meta', 'kind', 'page'), attrSpan('meta', 'pagekind', opts.kind), ...topics.map((t) => attrSpan('filter', '主题', t))].join('');
  if (/\bdata-pagefind-body\b/.test(pageHtml)) {
    return { url: opts.url, content: pageHtml.replace(/(<[a-z]+\b[^>]*\bdata-pagefind-body\b[^>]*>)/, `$1${extra}`) };
  }
  if (!/<main\b/.test(pageHtml)) return null;
  return { url: opts.url, content: pageHtml.replace(/<main\b([^>]*)>/, `<main$1 data-pagefind-body>${extra}`) };
}
