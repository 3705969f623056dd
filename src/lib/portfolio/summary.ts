/**
 * The views' arithmetic: counts by verdict and by standing, the next due days, the timeline of
 * duties, and the table's sort and filter. Pure; the island renders what these return.
 */
import type { Verdict } from '../eligibility';
import type { PlainDate } from '../plain-date';
import type { Bucket, ResultCheck } from './check';
import type { DutyCheck } from './duties';

export interface Summary {
  total: number;
  byVerdict: Record<Verdict, number>;
  byBucket: Record<Bucket, number>;
  /** Rows carrying at least one message. */
  withMessages: number;
  /** The earliest binding due day not yet past, and how many results share it. */
  nextDue?: { due: PlainDate; count: number };
}

export function summarise(results: readonly ResultCheck[], itemsWithMessages: ReadonlySet<string> = new Set()): Summary {
  const s: Summary = {
    total: results.length,
    byVerdict: { applies: 0, unclear: 0, 'does-not-apply': 0 },
    byBucket: { overdue: 0, soon: 0, later: 0, none: 0 },
    withMessages: 0,
  };
  let next: PlainDate | undefined;
  let count = 0;
  for (const r of results) {
    s.byVerdict[r.verdict]++;
    s.byBucket[r.bucket]++;
    if (itemsWithMessages.has(r.item.id)) s.withMessages++;
    const d = r.next?.due;
    if (d === undefined) continue;
    if (next === undefined || d < next) {
      next = d;
      count = 1;
    } else if (d === next) count++;
  }
  if (next !== undefined) s.nextDue = { due: next, count };
  return s;
}

export interface TimelineEntry {
  result: ResultCheck;
  duty: DutyCheck;
}

/**
 * The next duties in date order: every dated duty (binding first on the same day) from `from`
 * on, plus those already past when `includePast`, at most `limit`.
 */
export function timeline(results: readonly ResultCheck[], opts: { limit: number; includePast: boolean; includeDrafts: boolean }): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const r of results) {
    for (const d of r.duties) {
      if (d.due === undefined) continue;
      if (!d.binding && !opts.includeDrafts) continue;
      if (d.state === 'overdue' && !opts.includePast) continue;
      out.push({ result: r, duty: d });
    }
  }
  out.sort((a, b) => a.duty.due!.localeCompare(b.duty.due!) || Number(b.duty.binding) - Number(a.duty.binding) || a.result.item.id.localeCompare(b.result.item.id));
  return out.slice(0, opts.limit);
}

export type SortKey = 'row' | 'name' | 'type' | 'verdict' | 'bucket' | 'next' | 'unit' | 'score';

export interface TableQuery {
  verdict?: Verdict;
  bucket?: Bucket;
  /** Substring of name, number, unit or keywords (spaces and case ignored). */
  text?: string;
  /** Only rows with a message. */
  withMessages?: boolean;
  sort: SortKey;
  descending: boolean;
}

/** One collator for the whole sort: creating one per comparison costs seconds at 5,000 rows. */
const COLLATOR = new Intl.Collator('zh-CN');

const VERDICT_ORDER: Record<Verdict, number> = { applies: 0, unclear: 1, 'does-not-apply': 2 };
const BUCKET_ORDER: Record<Bucket, number> = { overdue: 0, soon: 1, later: 2, none: 3 };

function fold(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** Filter then sort (stable: ties keep file order). `scores` ranks by match relevance. */
export function queryTable(
  results: readonly ResultCheck[],
  q: TableQuery,
  itemsWithMessages: ReadonlySet<string> = new Set(),
  scores?: ReadonlyMap<string, number>,
): ResultCheck[] {
  const needle = q.text ? fold(q.text) : '';
  const rows = results.filter((r) => {
    if (q.verdict && r.verdict !== q.verdict) return false;
    if (q.bucket && r.bucket !== q.bucket) return false;
    if (q.withMessages && !itemsWithMessages.has(r.item.id)) return false;
    if (scores && !scores.has(r.item.id)) return false;
    if (needle) {
      const i = r.item;
      if (!fold([i.name, i.number, i.unit, i.keywords].filter(Boolean).join(' ')).includes(needle)) return false;
    }
    return true;
  });
  const key = (r: ResultCheck): string | number => {
    switch (q.sort) {
      case 'name': return r.item.name ?? '';
      case 'unit': return r.item.unit ?? r.item.file;
      case 'type': return r.item.type ?? '';
      case 'verdict': return VERDICT_ORDER[r.verdict];
      case 'bucket': return BUCKET_ORDER[r.bucket];
      case 'next': return r.next?.due ?? (r.bucket === 'overdue' ? '0000' : '9999');
      case 'score': return -(scores?.get(r.item.id) ?? 0);
      default: return 0;
    }
  };
  const order = (r: ResultCheck) => [Number(r.item.id.split(':')[0]), r.item.row] as const;
  const sorted = rows
    .map((r) => ({ r, k: key(r), o: order(r) }))
    .sort((a, b) => {
      const c = typeof a.k === 'number' && typeof b.k === 'number' ? a.k - b.k : COLLATOR.compare(String(a.k), String(b.k));
      const d = q.descending ? -c : c;
      return d || a.o[0] - b.o[0] || a.o[1] - b.o[1];
    });
  return sorted.map((x) => x.r);
}

/** One page of rows (1-based page, clamped), and the page count. */
export function pageOf<T>(rows: readonly T[], page: number, size: number): { rows: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const p = Math.min(Math.max(1, page), pages);
  return { rows: rows.slice((p - 1) * size, p * size), page: p, pages };
}
