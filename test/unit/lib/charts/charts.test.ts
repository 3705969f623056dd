import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { linearScale, niceTicks } from '../../../../src/lib/charts/scale';
import { capRows, labelPlacement, markerX, stackSegments } from '../../../../src/lib/charts/bars';
import { placeTimeline } from '../../../../src/lib/charts/timeline';

describe('scale', () => {
  it('maps linearly; a zero-width domain maps to the start', () => {
    expect(linearScale(0, 10, 0, 100)(2.5)).toBe(25);
    expect(linearScale(5, 5, 0, 100)(5)).toBe(0);
  });
  it.each([
    [3000000, [0, 1000000, 2000000, 3000000]], // step 10^6 covers 300万 exactly
    [1, [0, 0.5, 1]],
    [0, [0]],
  ])('niceTicks(%s)', (max, want) => expect(niceTicks(max, 3)).toEqual(want));
  it('ticks always reach the maximum', () => {
    fc.assert(fc.property(fc.double({ min: 1e-6, max: 1e15, noNaN: true }), (m) => niceTicks(m).at(-1)! >= m));
  });
});

describe('bars', () => {
  it('segments lie end to end: 70% / 3% / 27% of 300', () => {
    const s = stackSegments([{ key: 'inv', value: 0.7 }, { key: 'ts', value: 0.03 }, { key: 'unit', value: 0.27 }], 300);
    expect(s.map((b) => [b.x, b.width])).toEqual([[0, 210], [210, 9], [219, 81]]);
  });
  it('shares adding up to more than 1 are scaled down: the bar never overflows', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1, max: 2, noNaN: true }), { maxLength: 5 }), (vs) => {
        const s = stackSegments(vs.map((v, i) => ({ key: String(i), value: v })), 100);
        const end = s.length ? s.at(-1)!.x + s.at(-1)!.width : 0;
        return end <= 100.5 && s.every((b) => b.width >= 0);
      }),
    );
  });
  it('a marker is clamped to the bar', () => expect([markerX(0.5, 200), markerX(2, 200)]).toEqual([100, 200]));
  it('cap rows share one scale; the cut part is what the cap removed', () => {
    // 120万 raw → 100万 kept under a 100万 cap; 40万 uncapped; scale max 120万 → 240 units
    const { boxes, max } = capRows([{ raw: 1200000, amount: 1000000, cap: 1000000 }, { raw: 400000, amount: 400000 }], 240);
    expect(max).toBe(1200000);
    expect(boxes).toEqual([{ amountWidth: 200, cutWidth: 40, capX: 200 }, { amountWidth: 80, cutWidth: 0, capX: undefined }]);
  });
});

describe('timeline', () => {
  it('orders events by date and puts close labels in different lanes', () => {
    const t = placeTimeline(
      [
        { date: '2027-10-11', kind: 'earliest', label: '最早付款' },
        { date: '2026-10-09', kind: 'effective', label: '合同生效' },
        { date: '2026-10-08', kind: 'publicity', label: '公示期满' },
      ],
      600,
      80,
    );
    const [earliest, effective, publicity] = t.events;
    expect(publicity!.x).toBeLessThan(effective!.x);
    expect(effective!.x).toBeLessThan(earliest!.x);
    expect(publicity!.lane).not.toBe(effective!.lane); // one day apart
    expect(t.ticks.map((k) => k.year)).toEqual([2027]);
  });
  it('no events: nothing to draw', () => expect(placeTimeline([], 100, 10)).toEqual({ events: [], ticks: [], lanes: 0 }));
});

describe('labelPlacement', () => {
  it('after the marker when it fits, before it otherwise, centred and clamped when neither', () => {
    expect(labelPlacement(10, '最低70%', 600)).toEqual({ x: 14, anchor: 'start' });
    // 10 characters: 8 CJK × 14 + 2 digits × 7 = 126 → does not fit after 500 in 600
    expect(labelPlacement(500, '最低比例不低于七十70', 600).anchor).toBe('end');
    // 30 characters = 420 wide at x 400: fits neither side → centred, clamped to [210, 390]
    expect(labelPlacement(400, '很'.repeat(30), 600)).toEqual({ x: 390, anchor: 'middle' });
    expect(labelPlacement(50, '很'.repeat(50), 600)).toEqual({ x: 300, anchor: 'middle' }); // wider than the chart: centred
  });
});
