/**
 * Duties, options and exemptions as the texts set them (`duty` on a provision: actor + modality),
 * sorted for the person reading: a licensor (the unit holding the result) meets the unit's duties,
 * its leaders' exemptions and what binds both contract parties; a licensee meets its own and the
 * parties' common ones; an inventor meets the inventors' and those shared with the unit. Duties of
 * authorities, guarantors and service agencies are not a user's to perform and are left out.
 *
 * Pure: the guide pages and the eligibility check call it with the provisions they have.
 */
import type { Provision } from '../schemas/provision';
import type { DatedDuty, DutyActor, DutyModality } from '../schemas/provision-scope';

/** Who is reading: the unit licensing its result, the licensee, or an inventor of the result. */
export const ROLES = ['licensor', 'licensee', 'inventor'] as const;
export type Role = (typeof ROLES)[number];

/** The actors each role meets, in the order shown. */
export const ROLE_ACTORS: Readonly<Record<Role, readonly DutyActor[]>> = {
  licensor: ['unit', 'unit-leaders', 'both-parties', 'unit-and-inventors'],
  licensee: ['licensee', 'both-parties'],
  inventor: ['inventors', 'unit-and-inventors'],
};

/** Actors a user may be: every actor some role meets, in display order. */
export const USER_ACTORS: readonly DutyActor[] = ['unit', 'unit-leaders', 'licensee', 'both-parties', 'inventors', 'unit-and-inventors'];

const MODALITY_ORDER: Record<DutyModality, number> = { must: 0, 'must-not': 1, 'in-principle': 2, 'exempt-if': 3, may: 4, encouraged: 5 };

type WithDuty<P> = P & { duty: NonNullable<Provision['duty']> };

export interface DutyGroup<P> {
  actor: DutyActor;
  provisions: WithDuty<P>[];
}

/**
 * The provisions with a duty for the actors `role` meets (every user-facing actor when `role` is
 * undefined), grouped by actor in display order; within a group, duties before exemptions before
 * options, then data order. Groups without provisions are left out.
 */
export function dutiesByActor<P extends Pick<Provision, 'duty'>>(provisions: readonly P[], role?: Role): DutyGroup<P>[] {
  const actors = role ? ROLE_ACTORS[role] : USER_ACTORS;
  const withDuty = provisions.filter((p): p is WithDuty<P> => p.duty !== undefined);
  return actors
    .map((actor) => ({
      actor,
      provisions: withDuty
        .map((p, i) => ({ p, i }))
        .filter(({ p }) => p.duty.actor === actor)
        .sort((a, b) => MODALITY_ORDER[a.p.duty.modality] - MODALITY_ORDER[b.p.duty.modality] || a.i - b.i)
        .map(({ p }) => p),
    }))
    .filter((g) => g.provisions.length > 0);
}

/** What a dated duty requires of a result, read from the provision's typed `scope`. */
export type DutyRequirement = 'public-funding' | 'applied-technology' | 'tackling-project' | 'no-justification';
/** Which results a dated duty leaves out, read from the provision's typed `scope`. */
export type DutyExclusion = 'classified' | 'security-interest';

/**
 * A dated duty as its readers need it: the dated part of the provision's `duty`, and the results it
 * covers and leaves out, each with the printed words (the scope condition's `words`, checked at
 * build time). Read from the one duty model; nothing about coverage is stored twice.
 */
export interface DatedDutyView {
  actor: DutyActor;
  modality: DutyModality;
  action: DatedDuty['action'];
  clocks: DatedDuty['clocks'];
  clockStated: boolean;
  when: DatedDuty['when'];
  requires: { key: DutyRequirement; quote: string }[];
  excludes: { key: DutyExclusion; quote: string }[];
}

/**
 * The dated duty of a `period` provision, or undefined when it sets none. Scope kinds that decide
 * whether a result is covered map to requirements/exclusions; the others (部分, 市属, 经登记) decide
 * which units or contracts the document reaches and are the eligibility check's to ask.
 */
export function datedDuty(p: Pick<Provision, 'duty' | 'scope' | 'value'>): DatedDutyView | undefined {
  const d = p.duty;
  if (!d?.dated || p.value.type !== 'period') return undefined;
  const requires: DatedDutyView['requires'] = [];
  const excludes: DatedDutyView['excludes'] = [];
  for (const c of p.scope ?? []) {
    if (c.kind === 'public-funding') requires.push({ key: 'public-funding', quote: c.words });
    else if (c.kind === 'result-class') requires.push({ key: c.class === 'applied-technology' ? 'applied-technology' : 'tackling-project', quote: c.words });
    else if (c.kind === 'without-good-reason') requires.push({ key: 'no-justification', quote: c.words });
    else if (c.kind === 'not-classified') excludes.push({ key: 'classified', quote: c.words });
    else if (c.kind === 'not-security-sensitive') excludes.push({ key: 'security-interest', quote: c.words });
  }
  return { actor: d.actor, modality: d.modality, ...d.dated, requires, excludes };
}
