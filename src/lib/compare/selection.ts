/**
 * The comparison's selection as one state: which columns are chosen, whether only differences
 * show, and whether the last request was refused. The island keeps this in one reducer and renders
 * the checkboxes *and* applies the table from it, so the two cannot disagree.
 *
 * Every action returns a new object, a refused one included. That is the point: a refusal that
 * returned the old state would skip the re-render, and the browser's own toggle of the checkbox
 * would stand (a box left unticked while its column still shows — #12 §5).
 */
import { MIN_COLUMNS } from './url';

export interface CompareSelection {
  /** Chosen column ids, in table order. */
  columns: string[];
  onlyDifferences: boolean;
  /** Why the last action changed nothing, for the message beside the controls; null when it did. */
  refused: 'too-few' | null;
}

export type SelectionAction =
  | { type: 'toggle'; id: string; on: boolean }
  | { type: 'only-differences'; on: boolean }
  | { type: 'reset' }
  /** A state read from elsewhere (the URL): columns are filtered to known ids, in table order. */
  | { type: 'load'; columns: readonly string[]; onlyDifferences: boolean };

/** The state with every column chosen and differences off: what the server renders. */
export function initialSelection(known: readonly string[]): CompareSelection {
  return { columns: [...known], onlyDifferences: false, refused: null };
}

/**
 * The next selection. Unknown ids are ignored; unchecking below {@link MIN_COLUMNS} is refused
 * (columns unchanged, `refused` set); any accepted action clears `refused`.
 * @param known column ids in table order
 */
export function nextSelection(known: readonly string[], state: CompareSelection, action: SelectionAction): CompareSelection {
  const inOrder = (ids: ReadonlySet<string>) => known.filter((k) => ids.has(k));
  switch (action.type) {
    case 'toggle': {
      if (!known.includes(action.id)) return { ...state };
      const set = new Set(state.columns);
      if (action.on) set.add(action.id);
      else {
        if (set.has(action.id) && set.size <= MIN_COLUMNS) return { ...state, refused: 'too-few' };
        set.delete(action.id);
      }
      return { ...state, columns: inOrder(set), refused: null };
    }
    case 'only-differences':
      return { ...state, onlyDifferences: action.on, refused: null };
    case 'reset':
      return { ...state, columns: [...known], refused: null };
    case 'load': {
      const cols = inOrder(new Set(action.columns));
      return { columns: cols.length >= MIN_COLUMNS ? cols : [...known], onlyDifferences: action.onlyDifferences, refused: null };
    }
  }
}
