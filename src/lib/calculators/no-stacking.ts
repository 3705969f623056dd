/**
 * 就高不就低: awards that are not added up. Where a provision's subsidy carries `noStacking`
 * (云南 八 “同等类型按‘就高不就低’原则进行奖补”), the awards of every provision in the same group, for
 * the same claimant and the same subject (the result or project the award is for), are not
 * stacked: only the highest is given, the others fall away. Ties keep the first in input order.
 *
 * Pure: the calculator passes the amounts it has computed (after caps) and applies the outcome;
 * items without a group pass through untouched.
 *
 * @see provision yunnan-2024-15-measures-art-8-rd-industrialisation (and, under the reading
 *   `highest-only`, the four standards awards of the same article)
 */
import type { Yuan } from '../money';

export interface StackItem {
  /** The caller's index for the item (a claim). */
  index: number;
  /** `noStacking.group` of the provision under the reading applied; undefined = no rule. */
  group: string | undefined;
  /** Who claims (每家企业); blank = one unnamed claimant. */
  claimant: string;
  /** What the award is for (the result, the project); blank = one unnamed subject. */
  subject: string;
  /** The amount the item would give on its own (after its caps). */
  amount: Yuan;
}

export interface StackOutcome {
  index: number;
  /** False when a higher award of the same group, claimant and subject displaces this one. */
  kept: boolean;
  /** The index of the item that is given in this item's group (itself when kept). */
  givenIndex: number;
}

/** Which items are given under 就高不就低, in input order. */
export function applyNoStacking(items: readonly StackItem[]): StackOutcome[] {
  const best = new Map<string, StackItem>();
  const keyOf = (x: StackItem) => `${x.group}\u0000${x.claimant.trim()}\u0000${x.subject.trim()}`;
  for (const x of items) {
    if (x.group === undefined) continue;
    const k = keyOf(x);
    const b = best.get(k);
    if (b === undefined || x.amount.greaterThan(b.amount)) best.set(k, x);
  }
  return items.map((x) => {
    if (x.group === undefined) return { index: x.index, kept: true, givenIndex: x.index };
    const given = best.get(keyOf(x))!;
    return { index: x.index, kept: given.index === x.index, givenIndex: given.index };
  });
}
