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

/** Packs the island's data from the matrix (build time). */
export function islandData(m: Matrix): IslandData {
  return {
    columns: m.columns.map((c) => ({ id: c.id, label: c.shortTitle, group: c.jurisdiction.name })),
    rows: matrixRows(m).map((row) => {
      const out: IslandRow = { d: row.dimension.key, a: agreementClasses(row.cells).join(',') };
      if (row.dimension.order !== 'none') {
        const ranks = generosityRanks(row);
        if (ranks.some((x) => x !== null)) out.r = ranks.map((x) => (x === null ? '' : String(x))).join(',');
      }
      return out;
    }),
  };
}

export { unpackNumbers } from './highlight';
