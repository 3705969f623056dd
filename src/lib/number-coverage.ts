/**
 * Every number in a published text accounted for: each occurrence `scanNumbers` finds is either
 * captured by a provision — it stands inside that provision's quoted words, in its article, and
 * the provision's typed value carries the same figure — or listed in the reviewed file
 * (`content/number-review.yaml`) with the reason it is not (a goal statistic, a date of issue, a
 * slogan …). Whatever is neither is `unaccounted`, and the coverage test fails on it.
 *
 * Pure: the caller passes the document's blocks (from `parsePolicyBody`), its provisions, its
 * typed dates (validity provisions capture the dates and lengths the frontmatter types) and the
 * reviewed entries.
 */
import type { Provision, ProvisionValue } from '../schemas/provision';
import type { NumberReview } from '../schemas/number-review';
import { normalizeForComparison } from './fidelity';
import { occurrenceToken, scanNumbers, shiftDecimal, type NumberOccurrence } from './number-scan';

export type CoverageStatus = 'provision' | 'reviewed' | 'unaccounted';

export interface CoveredOccurrence extends NumberOccurrence {
  /** Innermost clause the number stands in; `header` outside every clause. */
  anchor: string;
  status: CoverageStatus;
  /** The provisions that capture it (status `provision`). */
  provisionIds: string[];
  /** The reviewed entry that sets it aside (status `reviewed`). */
  review?: NumberReview;
  /** A few characters either side, for reading the list. */
  context: string;
}

export interface DocumentCoverage {
  policy: string;
  occurrences: CoveredOccurrence[];
  counts: Record<CoverageStatus, number> & { total: number };
  /** Reviewed entries that match no occurrence (stale after a text change). */
  unusedReviews: NumberReview[];
}

/** Text outside every clause (a title, a notice's header) is cited as `header`. */
export const HEADER_ANCHOR = 'header';

const UNIT_CANON: Record<'day' | 'month' | 'year', string> = { day: 'day', month: 'month', year: 'year' };

/** The figures a typed value carries, as `occurrenceToken` writes them. */
export function valueTokens(v: ProvisionValue): string[] {
  const pct = (rate: string) => `percent:${shiftDecimal(rate, 2)}`;
  const money = (yuan: string) => `money:${shiftDecimal(yuan, 0)}`;
  const period = (p: { amount: number; unit: 'day' | 'month' | 'year' }) => `duration:${p.amount}${UNIT_CANON[p.unit]}`;
  switch (v.type) {
    case 'share':
      // 连续三至五年 (促进科技成果转化法 第四十五条第一款第三项): the years a yearly share runs.
      return [pct(v.rate), ...(v.years ? [`duration:${v.years.min === v.years.max ? v.years.min : `${v.years.min}-${v.years.max}`}year`] : [])];
    case 'amount':
      return [money(v.yuan)];
    case 'subsidy':
      return [
        ...(v.rate ? [pct(v.rate)] : []),
        ...(v.fixedYuan ? [money(v.fixedYuan)] : []),
        ...v.caps.map((c) => money(c.yuan)),
        ...(v.after ? [period(v.after)] : []),
      ];
    case 'period':
      return [period(v.period)];
    case 'rate':
      return [pct(v.rate), `duration:1${UNIT_CANON[v.per]}`];
    case 'payment-timing':
      return v.triggers.flatMap((t) => (t.after ? [period(t.after)] : []));
    case 'list':
      // Items are typed as printed (“每半年结算一次”): their figures count as the list's.
      return v.items.flatMap((item) => scanNumbers(normalizeForComparison(item)).map(occurrenceToken)).filter((t): t is string => t !== null);
    case 'quantity':
      return [`${v.measure === 'trl' ? 'level' : 'count'}:${v.number}`, `level:${v.number}`, `count:${v.number}`];
    default:
      return [];
  }
}

/** Every figure a provision types: its value and each reading's value. */
export function provisionTokens(p: Pick<Provision, 'value' | 'readings'>): Set<string> {
  return new Set([...valueTokens(p.value), ...p.readings.flatMap((r) => (r.value ? valueTokens(r.value) : []))]);
}

export interface CoverageInput {
  policy: string;
  blocks: readonly { text: string; clause?: string }[];
  /** Parent of each clause id, for nesting (a quote in an article covers its items). */
  parents: ReadonlyMap<string, string | undefined>;
  provisions: readonly Pick<Provision, 'id' | 'anchor' | 'quote' | 'value' | 'readings' | 'dimension'>[];
  /**
   * Figures the policy's frontmatter types (effectiveFrom/effectiveTo as `date:…`, validityYears as
   * `duration:Nyear`): captured by the document's `validity` provision where its words hold them.
   */
  typedDates: readonly string[];
  reviews: readonly NumberReview[];
}

/** The coverage of one document. */
export function documentCoverage(input: CoverageInput): DocumentCoverage {
  // One normalized string for the whole document; each block keeps its range and clause.
  let norm = '';
  const ranges = new Map<string, [number, number]>();
  const blocks: { start: number; end: number; clause: string | undefined }[] = [];
  for (const b of input.blocks) {
    const t = normalizeForComparison(b.text);
    const start = norm.length;
    norm += t;
    blocks.push({ start, end: norm.length, clause: b.clause });
    for (let c = b.clause; c !== undefined; c = input.parents.get(c)) {
      const r = ranges.get(c);
      ranges.set(c, r ? [Math.min(r[0], start), norm.length] : [start, norm.length]);
    }
  }
  const occurrences: (NumberOccurrence & { anchor: string })[] = [];
  for (const b of blocks) {
    for (const o of scanNumbers(norm.slice(b.start, b.end))) {
      occurrences.push({ ...o, start: o.start + b.start, end: o.end + b.start, anchor: b.clause ?? HEADER_ANCHOR });
    }
  }
  // Where each provision's quoted words stand, within its article.
  const spans = input.provisions.flatMap((p) => {
    const r = ranges.get(p.anchor);
    const q = normalizeForComparison(p.quote);
    if (!r || q === '') return [];
    const tokens = provisionTokens(p);
    if (p.dimension === 'validity') for (const d of input.typedDates) tokens.add(d);
    const out: { id: string; start: number; end: number; tokens: Set<string> }[] = [];
    for (let i = norm.indexOf(q, r[0]); i >= 0 && i + q.length <= r[1]; i = norm.indexOf(q, i + 1)) {
      out.push({ id: p.id, start: i, end: i + q.length, tokens });
    }
    return out;
  });
  const used = new Set<NumberReview>();
  const covered: CoveredOccurrence[] = occurrences.map((o) => {
    const token = occurrenceToken(o);
    const ids = [...new Set(spans.filter((s) => s.start <= o.start && o.end <= s.end && token !== null && s.tokens.has(token)).map((s) => s.id))];
    const context = norm.slice(Math.max(0, o.start - 12), Math.min(norm.length, o.end + 12));
    if (ids.length > 0) return { ...o, status: 'provision', provisionIds: ids, context };
    const review = input.reviews.find((r) => r.anchor === o.anchor && r.key === o.key);
    if (review) {
      used.add(review);
      return { ...o, status: 'reviewed', provisionIds: [], review, context };
    }
    return { ...o, status: 'unaccounted', provisionIds: [], context };
  });
  const count = (s: CoverageStatus) => covered.filter((o) => o.status === s).length;
  return {
    policy: input.policy,
    occurrences: covered,
    counts: { total: covered.length, provision: count('provision'), reviewed: count('reviewed'), unaccounted: count('unaccounted') },
    unusedReviews: input.reviews.filter((r) => !used.has(r)),
  };
}
