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
import type { DutyActor, DutyModality } from '../schemas/provision-scope';

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
