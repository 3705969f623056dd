/**
 * Turns built pages into Pagefind records (HTML documents handed to Pagefind's `addHTMLFile`).
 *
 * Policy pages become one record per clause (`/policies/<id>/#<anchor>`) plus one for the page
 * head (title, 文号, notices); every record carries the page's filters (地区, 文件类型, 效力), its
 * sort key and short title as *attribute* values, so they filter and display without becoming
 * searchable words inside every clause. A short context line (jurisdiction and short title) is
 * indexed at low weight before the clause, so "湖南 里程碑" still finds 湖南's clause; the clause
 * section's own anchor marks where the clause text starts (see `pagefind-adapter.ts`).
 * Pure: strings in, strings out.
 */
import { escapeAttr, splitPolicyHtml } from './split-policy-html';

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

/** One record per clause of a built policy page, plus the page head. */
export function policyRecords(pageHtml: string, opts: PolicyRecordOptions): SearchRecord[] {
  const split = splitPolicyHtml(pageHtml);
  // Sort keys are also metadata, so the re-ranker can order by date itself.
  const shared = split.attributes
    .map((a) => attrSpan(a.kind, a.key, a.value) + (a.kind === 'sort' ? attrSpan('meta', a.key, a.value) : ''))
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
  for (const c of split.clauses) {
    const label = clauseLabel(c.cite);
    const own = [...(c.parentId ? inherited.get(c.parentId) ?? [] : []), ...(opts.topicsByAnchor?.get(c.id) ?? [])];
    const unique = [...new Set(own)];
    inherited.set(c.id, unique);
    const topics = unique.map((t) => attrSpan('filter', '主题', t)).join('');
    records.push({
      url: `${opts.url}#${c.id}`,
      content: doc(
        `<article data-pagefind-body>${shared}${topics}${attrSpan('meta', 'kind', 'clause')}` +
          `${attrSpan('meta', 'title', label)}${attrSpan('meta', 'anchor', c.id)}${context}${c.html}</article>`,
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
