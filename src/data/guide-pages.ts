/**
 * What the guide pages need, assembled at build time: for each jurisdiction with a policy, its
 * documents (with status) and their guide files; for the overview, every document's steps grouped
 * by stage in stage order.
 */
import { allJurisdictions, type Jurisdiction, type PolicyWithStatus } from './policies';
import { loadGuides } from './guide';
import { guideStage, type GuideFile, type GuideStage, type GuideStep } from '../schemas/guide';

export interface GuideDoc {
  policy: PolicyWithStatus;
  guide: GuideFile;
}

export interface GuideJurisdiction {
  jurisdiction: Jurisdiction;
  docs: GuideDoc[];
  /** The province of a city, when it also has guides. */
  parent?: GuideJurisdiction | undefined;
}

/** Jurisdictions with at least one guide, by code; in-force documents before the others. */
export async function guideJurisdictions(): Promise<GuideJurisdiction[]> {
  const guides = loadGuides();
  const rank = { 'in-force': 0, 'not-yet-in-force': 1, expired: 2, draft: 3 } as const;
  const out = (await allJurisdictions())
    .map((j) => ({
      jurisdiction: j,
      docs: j.policies
        .filter((p) => guides.has(p.entry.id))
        .sort((a, b) => rank[a.status.status] - rank[b.status.status])
        .map((p) => ({ policy: p, guide: guides.get(p.entry.id)! })),
    }))
    .filter((g) => g.docs.length > 0) as GuideJurisdiction[];
  for (const g of out) g.parent = out.find((x) => x.jurisdiction.code === g.jurisdiction.parent);
  return out;
}

export interface StageRow {
  stage: GuideStage;
  entries: { doc: GuideDoc; jurisdiction: Jurisdiction; steps: GuideStep[] }[];
}

/** Every stage in order, with each document's steps at that stage (documents with none left out). */
export function stageRows(all: GuideJurisdiction[]): StageRow[] {
  return guideStage.options.map((stage) => ({
    stage,
    entries: all.flatMap((g) =>
      g.docs
        .map((doc) => ({ doc, jurisdiction: g.jurisdiction, steps: doc.guide.steps.filter((s) => s.stage === stage) }))
        .filter((e) => e.steps.length > 0),
    ),
  }));
}
