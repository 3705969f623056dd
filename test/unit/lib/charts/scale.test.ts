import { describe, expect, test } from 'vitest';
import { niceTicks } from '../../../../src/lib/charts/scale';

describe('niceTicks', () => {
  test.each<[number, number[]]>([
    [10, [0, 5, 10]], // raw step 10/4 = 2.5 → 5
    [9, [0, 5, 10]], // raw 2.25 → 5; 5 < 9 → one more tick, 10 ≥ 9
    [0.3, [0, 0.1, 0.2, 0.3]], // raw 0.075 → 0.1
    [24, [0, 10, 20, 30]], // raw 6 → 10; the last tick covers 24
    [0, [0]],
    [-1, [0]],
    [Number.NaN, [0]],
    [5e-324, [0, 5e-324]], // subnormal: the step underflows to 0; no endless loop
  ])('max %s → %j', (max, want) => {
    expect(niceTicks(max)).toEqual(want);
  });
});
