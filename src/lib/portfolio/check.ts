/**
 * The whole portfolio checked: per result, per document that reaches the unit, the shared
 * eligibility verdict (`evaluatePolicy`) with its reasons and citations, and every dated duty with
 * its due day; then the result's standing on the "as of" day. Verdicts are memoised by profile
 * (a list of 5,000 patents has a few dozen distinct profiles), so checking is linear in rows.
 */
import {
  evaluatePolicy,
  verdictOf,
  type EligibilityPolicy,
  type EligibilityProvision,
  type Reason,
  type Verdict,
} from '../eligibility';
import type { HolidayCalendar } from '../holidays';
import { t } from '../../i18n';
import type { PlainDate } from '../plain-date';
import type { PolicyStatus } from '../policy-status';
import { dutiesFor, dutyDocument, type DutyCheck } from './duties';
import { itemProfile, profileKey, type FirmProfile } from './profile';
import type { PortfolioItem } from './rows';

export interface PortfolioContext {
  policies: readonly EligibilityPolicy[];
  /** The provisions the check reads (eligibility dimensions, duties, open-licence terms). */
  provisions: readonly EligibilityProvision[];
  calendar: HolidayCalendar;
  /** The day statuses and due dates are reckoned on. */
  asOf: PlainDate;
  /** The firm (licensee), when the matching panel says who it is. */
  firm?: FirmProfile;
  /** Ids (in `provisions`) of national law's open-licence terms (专利法 第五十条至第五十二条). */
  lawOpenLicence?: readonly string[];
}

export interface DocCheck {
  policyId: string;
  verdict: Verdict;
  status: PolicyStatus;
  /** Reasons about the result and its unit, each with its provision (citation). */
  reasons: Reason[];
  /**
   * Conditions on the licensee (the firm): with no firm named they are terms to meet, not open
   * questions about the result, so they do not make the result's verdict unclear.
   */
  licenseeTerms: Reason[];
}

export type Bucket = 'overdue' | 'soon' | 'later' | 'none';

export interface ResultCheck {
  item: PortfolioItem;
  /** Best verdict over the documents that reach the unit (applies > unclear > does not apply). */
  verdict: Verdict;
  documents: DocCheck[];
  duties: DutyCheck[];
  /** Standing by the binding duties: any overdue → overdue; else any within 90 days → soon … */
  bucket: Bucket;
  /** The earliest binding duty not yet past, if any. */
  next?: DutyCheck;
}

const VERDICT_RANK: Record<Verdict, number> = { applies: 0, unclear: 1, 'does-not-apply': 2 };

/** Whether the document's place rule leaves the unit out (the shared check's own reason). */
function outsidePlace(reasons: readonly Reason[]): boolean {
  return reasons.some((r) => r.code === 'place-outside');
}

export interface Checker {
  check(item: PortfolioItem): ResultCheck;
}

/** A checker for one context; reuse it for every row (it memoises verdicts by profile). */
export function makeChecker(ctx: PortfolioContext): Checker {
  const dimensionOf = new Map(ctx.provisions.map((p) => [p.id, p.dimension]));
  const cache = new Map<string, DocCheck[]>();
  const firmNamed = ctx.firm !== undefined && ctx.firm.licenseeSize !== undefined;
  const dutyDocs = new Map(ctx.policies.map((p) => [p.id, dutyDocument(p, ctx.provisions, ctx.lawOpenLicence)]));

  const documentsFor = (item: PortfolioItem): DocCheck[] => {
    const profile = itemProfile(item, ctx.firm);
    const key = profileKey(profile);
    const hit = cache.get(key);
    if (hit) return hit;
    const docs: DocCheck[] = [];
    for (const policy of ctx.policies) {
      const r = evaluatePolicy(profile, policy, ctx.provisions, ctx.asOf);
      if (outsidePlace(r.reasons)) continue;
      const isLicensee = (x: Reason) => x.provisionId !== undefined && dimensionOf.get(x.provisionId) === 'licensees';
      const reasons = firmNamed ? r.reasons : r.reasons.filter((x) => !isLicensee(x));
      const licenseeTerms = firmNamed ? [] : r.reasons.filter(isLicensee).map((x) => ({ ...x, effect: 'note' as const }));
      docs.push({ policyId: policy.id, verdict: verdictOf(reasons), status: r.status, reasons, licenseeTerms });
    }
    cache.set(key, docs);
    return docs;
  };

  return {
    check(item) {
      const documents = documentsFor(item);
      const duties: DutyCheck[] = [];
      for (const d of documents) {
        // A province's text reaches a unit outside it only by inviting its results onto the platform
        // (广东 八 “鼓励企业、省外高校院所等成果单位积极推荐…”); its dated duties fall on results of
        // its own funds and units (“利用省级财政科技资金支持形成的”), not on the invited unit's.
        if (d.reasons.some((x) => x.code === 'place-out-of-province')) continue;
        duties.push(...dutiesFor(item, dutyDocs.get(d.policyId)!, d.status, ctx.calendar, ctx.asOf));
      }
      duties.sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'));
      const verdict = documents.reduce<Verdict>((best, d) => (VERDICT_RANK[d.verdict] < VERDICT_RANK[best] ? d.verdict : best), 'does-not-apply');
      const binding = duties.filter((d) => d.binding);
      const bucket: Bucket = binding.some((d) => d.state === 'overdue')
        ? 'overdue'
        : binding.some((d) => d.state === 'soon') ? 'soon' : binding.some((d) => d.state === 'later') ? 'later' : 'none';
      const next = binding.find((d) => d.state === 'soon' || d.state === 'later');
      // No document reaches the unit's place: none applies (the page says which places the site holds).
      return { item, verdict, documents, duties, bucket, ...(next ? { next } : {}) };
    },
  };
}

/** Check every item. */
export function checkPortfolio(items: readonly PortfolioItem[], ctx: PortfolioContext): ResultCheck[] {
  const c = makeChecker(ctx);
  return items.map((i) => c.check(i));
}
