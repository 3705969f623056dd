/**
 * The comparison matrix: dataset → sections → rows (dimensions) → one cell per column (policy
 * document). Pure: the caller passes the citation resolvers, so this module needs neither
 * astro:content nor the policy texts, and a synthetic dataset (tests, benchmark) builds the same way.
 *
 * A cell holds every provision of that document for that dimension, in dataset order, or the
 * explicit `not-specified` marker ("未规定") when the document says nothing on it. "Not applicable"
 * is a provision of its own (`value.type === 'not-applicable'`) and so is never confused with
 * silence.
 */
import type { Dimension, Provision, ProvisionValue } from '../../schemas/provision';
import { describeValue } from '../provision-format';
import type { JurisdictionLevel } from '../jurisdiction';

/** A provision with the id of its policy, as `loadProvisions()` returns it. */
export type MatrixProvision = Provision & { policy: string };

/** One column: a policy document. Column ids are policy ids (`kunming-2025-guideline`). */
export interface CompareColumn {
  id: string;
  title: string;
  shortTitle: string;
  jurisdiction: { code: string; name: string; level: JurisdictionLevel };
  textStatus: 'official' | 'draft-for-comment' | 'official-summary';
  /** Validity status label for the build day (现行有效 …), if the caller has one. */
  statusLabel?: string | undefined;
  /** Status key (`in-force` …) for styling the badge. */
  status?: string | undefined;
}

export interface CompareInput {
  sections: { key: string; label: string }[];
  dimensions: Dimension[];
  columns: CompareColumn[];
  provisions: MatrixProvision[];
}

/** Turns a provision's anchor into its citation text and link (build time: `citeFor`, `policyHref`). */
export interface CitationResolver {
  /** Full citation, e.g. 《…操作指引（试行）》第六条第（三）项. */
  cite(policyId: string, anchor: string): string;
  /** Link to the article anchor, e.g. /policies/<id>/#art-6-3. */
  href(policyId: string, anchor: string): string;
}

/** One provision as a cell shows it. */
export interface CellEntry {
  provisionId: string;
  anchor: string;
  /** Main line in plain Chinese: the provision's summary, or 不适用：<why>. */
  text: string;
  /** The typed value in plain Chinese (`describeValue`) when it adds to `text`, else ''. */
  detail: string;
  quote: string;
  cite: string;
  /** The citation without the document title: 第六条第（三）项. */
  citeShort: string;
  href: string;
  notes: string[];
  value: ProvisionValue;
  /** Summary as written in the data (kept for agreement of `text` values and for exports). */
  summary: string;
}

export type Cell =
  | { kind: 'provisions'; entries: CellEntry[] }
  | { kind: 'not-specified' };

export interface MatrixRow {
  dimension: Dimension;
  /** Cells in column order; `cells[i]` belongs to `columns[i]`. */
  cells: Cell[];
}

export interface MatrixSection {
  key: string;
  label: string;
  rows: MatrixRow[];
}

/** Consecutive columns of one jurisdiction, for the grouped header. */
export interface JurisdictionGroup {
  code: string;
  name: string;
  level: JurisdictionLevel;
  columnIds: string[];
}

export interface Matrix {
  columns: CompareColumn[];
  groups: JurisdictionGroup[];
  sections: MatrixSection[];
}

/**
 * "《标题》第六条第（三）项" → "第六条第（三）项"; a text-status mark right after the title
 * (“（官方解读摘要）”) goes too, since the column header carries it. The full text when nothing
 * else is left.
 */
export function shortCitation(cite: string): string {
  const rest = cite.replace(/^《[^》]*》(（[^）]*）)?/, '').trim();
  return rest || cite;
}

function entryOf(p: MatrixProvision, resolve: CitationResolver): CellEntry {
  const described = describeValue(p.value);
  const na = p.value.type === 'not-applicable';
  const text = na ? described : p.summary;
  const other = na ? p.summary : described;
  const cite = resolve.cite(p.policy, p.anchor);
  return {
    provisionId: p.id,
    anchor: p.anchor,
    text,
    detail: other && other !== text ? other : '',
    quote: p.quote,
    cite,
    citeShort: shortCitation(cite),
    href: resolve.href(p.policy, p.anchor),
    notes: p.notes,
    value: p.value,
    summary: p.summary,
  };
}

/** Groups consecutive columns of the same jurisdiction (callers sort columns by jurisdiction). */
export function groupColumns(columns: CompareColumn[]): JurisdictionGroup[] {
  const groups: JurisdictionGroup[] = [];
  for (const c of columns) {
    const last = groups.at(-1);
    if (last && last.code === c.jurisdiction.code) last.columnIds.push(c.id);
    else groups.push({ ...c.jurisdiction, columnIds: [c.id] });
  }
  return groups;
}

/**
 * Builds the matrix. Throws when a provision names a dimension that `dimensions.yaml` lacks or a
 * dimension names an unknown section (a data error must fail the build, not vanish from the
 * table). Provisions of policies that are not columns are left out: the caller chooses columns.
 */
export function buildMatrix(input: CompareInput, resolve: CitationResolver): Matrix {
  const dimKeys = new Set(input.dimensions.map((d) => d.key));
  const sectionKeys = new Set(input.sections.map((s) => s.key));
  for (const d of input.dimensions) {
    if (!sectionKeys.has(d.section)) throw new Error(`维度 ${d.key} 的 section “${d.section}” 不存在`);
  }
  const colIndex = new Map(input.columns.map((c, i) => [c.id, i]));
  if (colIndex.size !== input.columns.length) throw new Error('对比列（政策 id）重复');

  // dimension → column index → provisions, in dataset order.
  const byDim = new Map<string, MatrixProvision[][]>();
  for (const p of input.provisions) {
    if (!dimKeys.has(p.dimension)) {
      throw new Error(`规定 ${p.id} 的维度 “${p.dimension}” 不在 content/dimensions.yaml 中`);
    }
    const ci = colIndex.get(p.policy);
    if (ci === undefined) continue;
    let cols = byDim.get(p.dimension);
    if (!cols) {
      cols = input.columns.map(() => []);
      byDim.set(p.dimension, cols);
    }
    cols[ci]!.push(p);
  }

  const sections: MatrixSection[] = input.sections.map((s) => ({
    key: s.key,
    label: s.label,
    rows: input.dimensions
      .filter((d) => d.section === s.key)
      .map((dimension) => ({
        dimension,
        cells: input.columns.map((_, ci): Cell => {
          const ps = byDim.get(dimension.key)?.[ci] ?? [];
          return ps.length === 0
            ? { kind: 'not-specified' }
            : { kind: 'provisions', entries: ps.map((p) => entryOf(p, resolve)) };
        }),
      })),
  }));
  return { columns: input.columns, groups: groupColumns(input.columns), sections };
}

/** All rows of the matrix in display order. */
export function matrixRows(m: Matrix): MatrixRow[] {
  return m.sections.flatMap((s) => s.rows);
}

/** Keeps only the given columns (in matrix order), e.g. for an export of the current selection. */
export function selectColumns(m: Matrix, ids: readonly string[]): Matrix {
  const keep = m.columns.map((c) => ids.includes(c.id));
  const columns = m.columns.filter((_, i) => keep[i]);
  return {
    columns,
    groups: groupColumns(columns),
    sections: m.sections.map((s) => ({
      ...s,
      rows: s.rows.map((r) => ({ ...r, cells: r.cells.filter((_, i) => keep[i]) })),
    })),
  };
}
