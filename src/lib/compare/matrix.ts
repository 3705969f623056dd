/**
 * The comparison matrix: dataset → sections → rows (dimensions) → one cell per column (policy
 * document). Pure: the caller passes the citation resolvers, so this module needs neither
 * astro:content nor the policy texts, and a synthetic dataset (tests, benchmark) builds the same way.
 *
 * A cell holds every provision of that document for that dimension, in dataset order, or the
 * explicit `not-specified` marker ("未规定") when the document says nothing on it. "Not applicable"
 * is a provision of its own (`value.type === 'not-applicable'`) and so is never confused with
 * silence. Every reading of a provision travels with it (`CellEntry.readings`).
 *
 * The law layer (`law`, given `LawLayerOptions`): in a row with a resolver question
 * (`dimension.lawModes`: the reward shares) every cell carries the binding minimum per licensor
 * class — the document's own rule against the national floor, or the national answer where the
 * document is silent; in another row a silent cell carries the national provisions of the row,
 * so a cell never says a bare 未规定 where the law above speaks.
 */
import type { ConversionMode, Dimension, Provision, ProvisionValue } from '../../schemas/provision';
import { describeValue, readingViews, type ReadingView } from '../provision-format';
import { resolveInventorShare, type FactCondition, type LawData, type ShareDecision } from '../law/resolve';
import { LICENSOR_CLASSES, type LicensorClass } from '../law/licensors';
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

/** One reading of a provision's words, as a cell shows it (`readingViews`). */
export type { ReadingView };

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
  /** Every reading where the words admit more than one, each with its consequence. */
  readings: ReadingView[];
}

/** A citation as a cell links it. */
export interface CiteRef {
  provisionId: string;
  cite: string;
  citeShort: string;
  href: string;
}

/** One answer of the law layer, for a group of licensor classes, under its conditions. */
export interface LayerAnswer {
  /** Conditions on facts other than the licensor's class (own rule, registration, level …). */
  when: FactCondition[];
  decision: ShareDecision;
  /** The answer in plain Chinese (the caller's formatter). */
  text: string;
  /** What it rests on: the minimum's provision, a national floor beneath or yielding, the unit-rule basis. */
  cites: CiteRef[];
}

/** Licensor classes whose answers are the same, and those answers. */
export interface LayerGroup {
  classes: LicensorClass[];
  answers: LayerAnswer[];
}

/** Conversion modes whose answers are the same, and those answers by licensor class. */
export interface LayerBlock {
  modes: ConversionMode[];
  groups: LayerGroup[];
}

/** What the law layer adds to a cell. */
export interface LawLayer {
  /** Share rows: the binding minimum by mode and licensor class (local rule and national law). */
  blocks: LayerBlock[];
  /** Other rows, where the document is silent: the national provisions of the row. */
  national: CellEntry[];
}

export type Cell = (
  | { kind: 'provisions'; entries: CellEntry[] }
  | { kind: 'not-specified' }
) & { law?: LawLayer };

/** The law layer's inputs (build time): the resolver's data and the formatter of an answer. */
export interface LawLayerOptions {
  data: LawData;
  /**
   * An answer in plain Chinese. `cite` gives the short citation of a provision's place,
   * `reading` the label of a reading.
   */
  text(
    answer: { when: FactCondition[]; decision: ShareDecision },
    ctx: { cite(provisionId: string): string; reading(provisionId: string, key: string): string },
  ): string;
}

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
  const readings = readingViews(p);
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
    readings,
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
export function buildMatrix(input: CompareInput, resolve: CitationResolver, law?: LawLayerOptions): Matrix {
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
  const matrix = { columns: input.columns, groups: groupColumns(input.columns), sections };
  if (law) addLawLayer(matrix, input, resolve, law);
  return matrix;
}

function citeRef(p: { id: string; policy: string; anchor: string }, resolve: CitationResolver): CiteRef {
  const cite = resolve.cite(p.policy, p.anchor);
  return { provisionId: p.id, cite, citeShort: shortCitation(cite), href: resolve.href(p.policy, p.anchor) };
}

/** Identity of an answer list (two classes or modes with equal identities are shown together). */
function answersKey(answers: { when: FactCondition[]; decision: ShareDecision }[]): string {
  return JSON.stringify(answers.map((a) => [a.when, a.decision]));
}

/**
 * The law layer of every cell. Share rows: for each mode of `dimension.lawModes` that some layer
 * sets a floor for, the resolver's answer per licensor class, classes and then modes with the
 * same answers merged. Other rows: a silent cell of a local document carries the row's national
 * provisions.
 */
function addLawLayer(m: Matrix, input: CompareInput, resolve: CitationResolver, law: LawLayerOptions): void {
  const national = new Set(input.columns.filter((c) => c.jurisdiction.level === 'national').map((c) => c.id));
  const byId = new Map(law.data.provisions.map((p) => [p.id, p]));
  const ctx = {
    cite: (id: string) => {
      const p = byId.get(id);
      return p ? shortCitation(resolve.cite(p.policy, p.anchor)) : id;
    },
    reading: (id: string, key: string) => byId.get(id)?.readings.find((r) => r.key === key)?.label ?? key,
  };
  // National provisions per dimension, found once (not once per silent cell: quadratic at scale).
  const nationalOf = new Map<string, CompareInput['provisions'][number][]>();
  for (const p of input.provisions) if (national.has(p.policy)) nationalOf.set(p.dimension, [...(nationalOf.get(p.dimension) ?? []), p]);
  for (const row of matrixRows(m)) {
    const modes = row.dimension.lawModes ?? [];
    row.cells.forEach((cell, ci) => {
      const column = m.columns[ci]!;
      if (modes.length > 0) {
        const blocks = layerBlocks(law, column.id, modes, resolve, ctx, byId);
        if (blocks.length > 0) cell.law = { blocks, national: [] };
        return;
      }
      if (cell.kind !== 'not-specified' || national.has(column.id)) return;
      const entries = (nationalOf.get(row.dimension.key) ?? []).map((p) => entryOf(p, resolve));
      if (entries.length > 0) cell.law = { blocks: [], national: entries };
    });
  }
}

function layerBlocks(
  law: LawLayerOptions,
  policy: string,
  modes: readonly ConversionMode[],
  resolve: CitationResolver,
  ctx: Parameters<LawLayerOptions['text']>[1],
  byId: Map<string, LawData['provisions'][number]>,
): LayerBlock[] {
  const blocks: (LayerBlock & { key: string })[] = [];
  for (const mode of modes) {
    const perClass = LICENSOR_CLASSES.map((licensor) => ({
      licensor,
      answers: resolveInventorShare(law.data, { policy, mode }, { licensor }).branches,
    }));
    // A mode no layer sets a floor for (赋权 outside Guangdong, 横向项目 outside Yunnan) adds nothing.
    if (perClass.every((c) => c.answers.every((a) => a.decision.reason === 'no-floor'))) continue;
    const groups: (LayerGroup & { key: string })[] = [];
    for (const c of perClass) {
      const key = answersKey(c.answers);
      const same = groups.find((g) => g.key === key);
      if (same) {
        same.classes.push(c.licensor);
        continue;
      }
      groups.push({
        key,
        classes: [c.licensor],
        answers: c.answers.map((a) => ({
          when: a.when,
          decision: a.decision,
          text: law.text(a, ctx),
          cites: citesOf(a.decision, resolve, byId),
        })),
      });
    }
    const key = JSON.stringify(groups.map((g) => [g.classes, g.key]));
    const same = blocks.find((b) => b.key === key);
    if (same) same.modes.push(mode);
    else blocks.push({ key, modes: [mode], groups });
  }
  return blocks.map((b) => ({ modes: b.modes, groups: b.groups.map((g) => ({ classes: g.classes, answers: g.answers })) }));
}

/** The provisions an answer rests on, minimum first, without repeats. */
function citesOf(d: ShareDecision, resolve: CitationResolver, byId: Map<string, LawData['provisions'][number]>): CiteRef[] {
  const ids = [
    d.minimum?.provisionId,
    ...d.floors.filter((f) => f.status === 'beneath' || f.status === 'yields').map((f) => f.provisionId),
    ...d.floors.map((f) => f.decidedBy),
    d.unitRuleBasis,
  ].filter((x): x is string => x !== undefined);
  return [...new Set(ids)].flatMap((id) => {
    const p = byId.get(id);
    return p ? [citeRef(p, resolve)] : [];
  });
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
