/**
 * Reading bound words as Chinese law does (民法典 第一千二百五十九条): 以上、以下、以内、届满 include
 * the number; 不满、超过、以外 exclude it. 不低于/不少于/至少/达到/满 are inclusive lower bounds and
 * 不超过/不高于/最高 inclusive upper bounds by their plain meaning.
 */
import type { BoundWord } from '../schemas/provision';
import type { Yuan } from './money';

export type BoundKind = { side: 'lower' | 'upper' | 'exact'; inclusive: boolean };

const KINDS: Record<BoundWord, BoundKind> = {
  不低于: { side: 'lower', inclusive: true },
  不少于: { side: 'lower', inclusive: true },
  以上: { side: 'lower', inclusive: true },
  达到: { side: 'lower', inclusive: true },
  满: { side: 'lower', inclusive: true },
  至少: { side: 'lower', inclusive: true },
  不超过: { side: 'upper', inclusive: true },
  不高于: { side: 'upper', inclusive: true },
  以内: { side: 'upper', inclusive: true },
  以下: { side: 'upper', inclusive: true },
  最高: { side: 'upper', inclusive: true },
  超过: { side: 'lower', inclusive: false },
  不满: { side: 'upper', inclusive: false },
  exactly: { side: 'exact', inclusive: true },
};

/** What a bound word means: which side it bounds and whether the number itself is included. */
export function boundKind(word: BoundWord): BoundKind {
  return KINDS[word];
}

/** Whether `value` satisfies "`word` `limit`" (e.g. 50万元以上 → value ≥ 500000). */
export function satisfiesBound(value: Yuan, word: BoundWord, limit: Yuan): boolean {
  const k = KINDS[word];
  const c = value.comparedTo(limit);
  if (k.side === 'exact') return c === 0;
  if (k.side === 'lower') return k.inclusive ? c >= 0 : c > 0;
  return k.inclusive ? c <= 0 : c < 0;
}

/** The citation of the rule, shown to users whenever a bound is applied. */
export const BOUND_RULE_CITATION =
  '《中华人民共和国民法典》第一千二百五十九条：“以上”“以下”“以内”“届满”包括本数；“不满”“超过”“以外”不包括本数。';
