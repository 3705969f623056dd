/**
 * Number coverage of every published text (build time and tests): scans each policy body, matches
 * the numbers against the provisions and the reviewed list, and reports per document.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { documentCoverage, type DocumentCoverage } from '../lib/number-coverage';
import { numberReviewFileSchema, type NumberReview } from '../schemas/number-review';
import { loadProvisions } from './dataset';
import { CONTENT } from './paths';
import { loadPolicyBodies } from './policy-bodies';

export const NUMBER_REVIEW_FILE = join(CONTENT, 'number-review.yaml');

let reviewCache: NumberReview[] | undefined;

/** The reviewed list, validated. */
export function loadNumberReviews(): NumberReview[] {
  reviewCache ??= numberReviewFileSchema.parse(parse(readFileSync(NUMBER_REVIEW_FILE, 'utf8')) ?? []);
  return reviewCache;
}

/** The last coverage computed, with the (cached, per-process) inputs it was computed from. */
let coverageCache: { bodies: unknown; provisions: unknown; reviews: unknown; out: DocumentCoverage[] } | undefined;

/**
 * Coverage of every policy, in id order. Computed once per dataset: every policy page shows its
 * own document's coverage (NumberCoverage.astro), and computing all N documents' for each of N
 * pages made the build quadratic — at 400 documents 0.45 s per policy page, 190 of the build's
 * 220 s of page rendering (`npm run bench:scale -- 400`, build.log).
 */
export function numberCoverage(): DocumentCoverage[] {
  const provisions = loadProvisions();
  const reviews = loadNumberReviews();
  const bodies = loadPolicyBodies();
  if (coverageCache?.bodies === bodies && coverageCache.provisions === provisions && coverageCache.reviews === reviews) return coverageCache.out;
  const out = computeCoverage(bodies, provisions, reviews);
  coverageCache = { bodies, provisions, reviews, out };
  return out;
}

function computeCoverage(
  bodies: ReturnType<typeof loadPolicyBodies>,
  provisions: ReturnType<typeof loadProvisions>,
  reviews: NumberReview[],
): DocumentCoverage[] {
  return [...bodies.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((b) => {
      const f = b.frontmatter;
      const typedDates = [
        ...(f.effectiveFrom ? [`date:${f.effectiveFrom}`] : []),
        ...(f.effectiveTo ? [`date:${f.effectiveTo}`] : []),
        ...(f.validityYears ? [`duration:${f.validityYears}year`] : []),
      ];
      return documentCoverage({
        policy: b.id,
        blocks: b.body.blocks,
        parents: new Map(b.body.clauses.map((c) => [c.id, c.parentId])),
        provisions: provisions.filter((p) => p.policy === b.id),
        typedDates,
        reviews: reviews.filter((r) => r.policy === b.id),
      });
    });
}

/** One line per document, as the build prints it. */
export function coverageLine(c: DocumentCoverage): string {
  const { total, provision, reviewed, unaccounted } = c.counts;
  return `${c.policy}: ${total} 处数字，${provision} 处由量化规定引用，${reviewed} 处经审核列明理由，${unaccounted} 处未说明`;
}
