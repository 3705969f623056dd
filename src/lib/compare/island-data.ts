/**
 * What the comparison island needs, and no more: column ids and labels, and per row the agreement
 * classes (for "only differences") and generosity ranks (for highlighting) of every column. Packed
 * as comma-separated strings so the props stay small in the page's HTML even with many columns.
 */
import { agreementClasses } from './differences';
import { generosityRanks } from './ordering';
import { matrixRows, type Matrix } from './matrix';

export interface IslandColumn {
  id: string;
  /** Short title, e.g. 昆明操作指引. */
  label: string;
  /** Jurisdiction name, e.g. 昆明市. */
  group: string;
}

export interface IslandRow {
  /** Dimension key (`data-dimension` of the row). */
  d: string;
  /** Agreement class per column, comma-separated: "0,0,1,2". */
  a: string;
  /** Generosity rank per column, comma-separated, empty for unranked: "0,,1,". Absent for unordered rows. */
  r?: string;
}

export interface IslandData {
  columns: IslandColumn[];
  rows: IslandRow[];
}

/**
 * Packs the island's data for the columns of `m` (build time). Agreement classes and ranks are
 * computed over `full` (default `m`): with every document of the dataset, they stay comparable
 * across pages, so columns the island loads later (`/compare/doc/<id>/`) fit the ones rendered.
 */
export function islandData(m: Matrix, full: Matrix = m): IslandData {
  const index = new Map(full.columns.map((c, i) => [c.id, i]));
  const at = m.columns.map((c) => index.get(c.id) ?? -1);
  if (at.some((i) => i < 0)) throw new Error('islandData: a column is not in the full matrix');
  const perRow = classesAndRanks(full);
  return {
    columns: m.columns.map((c) => ({ id: c.id, label: c.shortTitle, group: c.jurisdiction.name })),
    rows: matrixRows(m).map((row) => {
      const { classes, ranks } = perRow.get(row.dimension.key)!;
      const out: IslandRow = { d: row.dimension.key, a: at.map((i) => classes[i]).join(',') };
      if (ranks && at.some((i) => ranks[i] !== null)) out.r = at.map((i) => { const x = ranks[i]; return x === null || x === undefined ? '' : String(x); }).join(',');
      return out;
    }),
  };
}

const computed = new WeakMap<Matrix, Map<string, { classes: number[]; ranks: (number | null)[] | null }>>();

/** Agreement classes and generosity ranks of every row of a matrix, computed once per matrix. */
function classesAndRanks(full: Matrix): Map<string, { classes: number[]; ranks: (number | null)[] | null }> {
  let out = computed.get(full);
  if (!out) {
    out = new Map(matrixRows(full).map((row) => [
      row.dimension.key,
      { classes: agreementClasses(row.cells), ranks: row.dimension.order === 'none' ? null : generosityRanks(row) },
    ]));
    computed.set(full, out);
  }
  return out;
}

export { unpackNumbers } from './highlight';
