import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankedBars } from '../../../../src/lib/charts/ranked-bars';

describe('rankedBars', () => {
  it('shares on a 0–100% scale, the floor marked: 70%, 90%, none; floor 50%', () => {
    // max 0.9 → 4 intervals of 0.225 → nice step 0.5 → ticks 0, 0.5, 1 → 70% lies at 70% of the plot
    const g = rankedBars([{ id: 'a', value: 0.7 }, { id: 'b', value: 0.9 }, { id: 'c', value: null }], 0.5);
    expect(g.max).toBe(1);
    expect(g.bars).toEqual([
      { id: 'a', widthPct: 70, hasValue: true },
      { id: 'b', widthPct: 90, hasValue: true },
      { id: 'c', widthPct: 0, hasValue: false },
    ]);
    expect(g.floorPct).toBe(50);
    expect(g.ticks.map((t) => t.pct)).toEqual([0, 50, 100]);
  });

  it('amounts: 100万 and 300万 → scale to 300万, 100万 at a third', () => {
    const g = rankedBars([{ id: 'km', value: 1_000_000 }, { id: 'yn', value: 3_000_000 }], undefined, { tickCount: 3 });
    expect(g.max).toBe(3_000_000);
    expect(g.bars.map((b) => b.widthPct)).toEqual([33.33, 100]);
    expect(g.floorPct).toBeUndefined();
  });

  it('percentages on a full 0–100 scale (atLeast): 70 lies at 70%', () => {
    const g = rankedBars([{ id: 'a', value: 70 }], 50, { atLeast: 100 });
    expect([g.max, g.bars[0]!.widthPct, g.floorPct]).toEqual([100, 70, 50]);
  });

  it('a floor above every value widens the scale to show it', () => {
    const g = rankedBars([{ id: 'a', value: 0.3 }], 0.5);
    expect(g.max).toBeGreaterThanOrEqual(0.5);
    expect(g.floorPct).toBeLessThanOrEqual(100);
  });

  it('nothing to draw: every row kept, no bars, one tick', () => {
    const g = rankedBars([{ id: 'a', value: null }, { id: 'b', value: Number.NaN }, { id: 'c', value: -1 }]);
    expect(g.bars.every((b) => !b.hasValue && b.widthPct === 0)).toBe(true);
    expect(g.ticks).toEqual([{ value: 0, pct: 0 }]);
  });

  it('bars stay within the plot and keep their order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.double({ min: 0, max: 1e12, noNaN: true }), { nil: null }), { maxLength: 12 }), (vals) => {
        const g = rankedBars(vals.map((v, i) => ({ id: String(i), value: v })));
        return g.bars.every((b, i) => b.id === String(i) && b.widthPct >= 0 && b.widthPct <= 100) && g.ticks.at(-1)!.pct === (g.max > 0 ? 100 : 0);
      }),
    );
  });
});
