/**
 * The branch grouping behind every law answer (synthetic facts: the engine is generic). Its one
 * promise: every case falls in exactly one branch, and that branch gives the case's own answer.
 */
import { expect, test } from 'vitest';
import fc from 'fast-check';
import { branches, enumerate, type FactDef } from '../../../../src/lib/law/facts';

const defs: FactDef[] = [
  { key: 'a', values: ['x', 'y', 'z'] },
  { key: 'b', values: [true, false] },
  { key: 'c', values: [true, false] },
];
const combos = enumerate(defs);

test('enumerate gives every combination, the first fact varying slowest', () => {
  expect(combos).toHaveLength(12);
  expect(combos[0]).toEqual({ a: 'x', b: true, c: true });
  expect(combos[11]).toEqual({ a: 'z', b: false, c: false });
});

test('a fact that never changes the answer is never a condition', () => {
  const out = branches(defs, combos.map((f) => ({ facts: f, decision: f.b ? 'yes' : 'no' })), (d) => d);
  expect(out).toEqual([
    { when: [{ key: 'b', values: [true] }], decision: 'yes' },
    { when: [{ key: 'b', values: [false] }], decision: 'no' },
  ]);
});

test('values with the same sub-answer merge into one condition', () => {
  const out = branches(defs, combos.map((f) => ({ facts: f, decision: f.a === 'z' ? 'z' : 'xy' })), (d) => d);
  expect(out.map((b) => b.when)).toEqual([[{ key: 'a', values: ['x', 'y'] }], [{ key: 'a', values: ['z'] }]]);
});

test('answers that differ only in combination (b xor c) still split', () => {
  const out = branches(defs, combos.map((f) => ({ facts: f, decision: f.b !== f.c ? 'odd' : 'even' })), (d) => d);
  expect(out).toHaveLength(4);
  expect(out.every((b) => b.when.every((c) => c.key !== 'a'))).toBe(true);
});

test('every case falls in exactly one branch, which gives its own answer (any decision function)', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 12, maxLength: 12 }), (answers) => {
      const rows = combos.map((f, i) => ({ facts: f, decision: answers[i]! }));
      const out = branches(defs, rows, String);
      for (const row of rows) {
        const hits = out.filter((b) => b.when.every((c) => c.values.includes(row.facts[c.key]!)));
        expect(hits).toHaveLength(1);
        expect(hits[0]!.decision).toBe(row.decision);
      }
    }),
    { numRuns: 300 },
  );
});
