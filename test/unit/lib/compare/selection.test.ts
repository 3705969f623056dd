import { describe, expect, it } from 'vitest';
import { initialSelection, nextSelection, type CompareSelection, type SelectionAction } from '../../../../src/lib/compare/selection';

// Synthetic column ids (the rule does not depend on the dataset): table order a, b, c, d.
const known = ['a', 'b', 'c', 'd'];
const sel = (columns: string[], refused: CompareSelection['refused'] = null, onlyDifferences = false): CompareSelection => ({ columns, onlyDifferences, refused });

describe('nextSelection', () => {
  it.each<[string, CompareSelection, SelectionAction, CompareSelection]>([
    ['uncheck one of four', sel(['a', 'b', 'c', 'd']), { type: 'toggle', id: 'c', on: false }, sel(['a', 'b', 'd'])],
    ['check keeps table order, not click order', sel(['a', 'd']), { type: 'toggle', id: 'b', on: true }, sel(['a', 'b', 'd'])],
    ['uncheck at two is refused', sel(['a', 'd']), { type: 'toggle', id: 'a', on: false }, sel(['a', 'd'], 'too-few')],
    ['a second refusal is refused again', sel(['a', 'd'], 'too-few'), { type: 'toggle', id: 'd', on: false }, sel(['a', 'd'], 'too-few')],
    ['unchecking an unchosen column at two changes nothing, refuses nothing', sel(['a', 'd']), { type: 'toggle', id: 'b', on: false }, sel(['a', 'd'])],
    ['an accepted check clears the refusal', sel(['a', 'd'], 'too-few'), { type: 'toggle', id: 'c', on: true }, sel(['a', 'c', 'd'])],
    ['an unknown id is ignored', sel(['a', 'b']), { type: 'toggle', id: 'zz', on: true }, sel(['a', 'b'])],
    ['only differences on, refusal cleared', sel(['a', 'b'], 'too-few'), { type: 'only-differences', on: true }, sel(['a', 'b'], null, true)],
    ['reset chooses all', sel(['b', 'c'], 'too-few', true), { type: 'reset' }, sel(['a', 'b', 'c', 'd'], null, true)],
    ['load: filtered to known, table order', sel(['a', 'b']), { type: 'load', columns: ['d', 'zz', 'b'], onlyDifferences: true }, sel(['b', 'd'], null, true)],
    ['load: fewer than two known → all', sel(['a', 'b']), { type: 'load', columns: ['c'], onlyDifferences: false }, sel(['a', 'b', 'c', 'd'])],
  ])('%s', (_, state, action, want) => {
    expect(nextSelection(known, state, action)).toEqual(want);
  });

  it('returns a new object for every action, a refusal included (so the controls always re-render)', () => {
    const actions: SelectionAction[] = [
      { type: 'toggle', id: 'a', on: false },
      { type: 'toggle', id: 'zz', on: false },
      { type: 'only-differences', on: false },
      { type: 'reset' },
    ];
    for (const state of [sel(['a', 'b'], 'too-few'), initialSelection(known)]) {
      for (const a of actions) expect(nextSelection(known, state, a)).not.toBe(state);
    }
  });

  it('starts with every column and differences off', () => {
    expect(initialSelection(known)).toEqual(sel(['a', 'b', 'c', 'd']));
  });
});
