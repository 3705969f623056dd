/**
 * Relations between documents, both ways (build time): a local clause that rests on law articles
 * (`relations` in its frontmatter: 制定依据, 开放许可, 依法依规的奖励), the reverse view at those
 * articles, and every document that rests on a given one (through `basedOn` or a relation).
 */
import type { ClauseRelation } from '../schemas/policy';
import { loadPolicyBodies } from './policy-bodies';
import { policyHref } from './policies';
import { shortCitation } from '../lib/compare/matrix';

/** One end of a relation as a page shows it: the other document and the places in it. */
export interface RelationLink {
  kind: ClauseRelation['kind'];
  /** The other document. */
  policy: string;
  /** 《short title》 of the other document. */
  title: string;
  /** Where in it: 第五十条至第五十二条 / 第三部分第（一）项; '' for the document as a whole. */
  place: string;
  /** Full citation of the place (or 《title》 alone). */
  cite: string;
  href: string;
}

/**
 * “第五十条、第五十一条、第五十二条” reads as 第五十条至第五十二条: three or more anchors are a range
 * (relations list consecutive articles; `test/content/national-law.test.ts` pins the ones we have).
 */
function placeOf(cites: string[]): string {
  const short = cites.map(shortCitation);
  if (short.length === 0) return '';
  return short.length > 2 ? `${short[0]}至${short.at(-1)}` : short.join('、');
}

function citeOf(policy: string, anchor: string): string {
  const c = loadPolicyBodies().get(policy)?.body.clauses.find((x) => x.id === anchor);
  if (!c) throw new Error(`${policy} 中没有锚点 #${anchor}`);
  return c.cite;
}

function titleOf(policy: string): string {
  const b = loadPolicyBodies().get(policy);
  if (!b) throw new Error(`没有文件 ${policy}`);
  return b.frontmatter.shortTitle;
}

/** What the clause `anchor` of `policy` rests on (its own relations), in frontmatter order. */
export function relationsFrom(policy: string, anchor: string): RelationLink[] {
  const body = loadPolicyBodies().get(policy);
  if (!body) return [];
  return body.frontmatter.relations
    .filter((r) => r.anchor === anchor)
    .map((r) => {
      const cites = r.anchors.map((a) => citeOf(r.policy, a));
      const place = placeOf(cites);
      return {
        kind: r.kind,
        policy: r.policy,
        title: titleOf(r.policy),
        place,
        cite: place ? `《${loadPolicyBodies().get(r.policy)!.frontmatter.title}》${place}` : `《${loadPolicyBodies().get(r.policy)!.frontmatter.title}》`,
        href: policyHref(r.policy, r.anchors[0]),
      };
    });
}

/**
 * The clauses of other documents that rest on clause `anchor` of `policy` (a relation naming that
 * anchor), or, with no anchor, on the document as a whole (a relation naming no article).
 */
export function relationsTo(policy: string, anchor?: string): RelationLink[] {
  const out: RelationLink[] = [];
  for (const b of loadPolicyBodies().values()) {
    for (const r of b.frontmatter.relations) {
      if (r.policy !== policy) continue;
      if (anchor === undefined ? r.anchors.length > 0 : !r.anchors.includes(anchor)) continue;
      const cite = citeOf(b.id, r.anchor);
      out.push({ kind: r.kind, policy: b.id, title: b.frontmatter.shortTitle, place: shortCitation(cite), cite, href: policyHref(b.id, r.anchor) });
    }
  }
  return out;
}

/** Ids of the documents that rest on `policy`: they name it in `basedOn` or relate a clause to it. */
export function documentsRestingOn(policy: string): string[] {
  const ids: string[] = [];
  for (const b of loadPolicyBodies().values()) {
    const viaBasis = b.frontmatter.basedOn.some((c) => c.policy === policy);
    const viaClause = b.frontmatter.relations.some((r) => r.policy === policy);
    if ((viaBasis || viaClause) && b.id !== policy) ids.push(b.id);
  }
  return ids;
}
