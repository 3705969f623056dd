/**
 * The comparison as open data: one JSON document (`/compare/comparison.json`) and a CSV made from
 * it (`/compare/comparison.csv`). The island downloads the current selection by fetching the same
 * JSON and running the same functions, so the static files and the downloads cannot disagree.
 * No decimal.js here: the island bundles this module.
 */
import type { ProvisionValue } from '../../schemas/provision';
import { toCsv, type CsvCell } from '../export/csv';
import type { Cell, CompareColumn, Matrix, ReadingView } from './matrix';

export const EXPORT_FORMAT = 'xyhf-comparison/1';

export interface ExportProvision {
  id: string;
  /** The rule in plain Chinese (as the cell shows it). */
  text: string;
  /** The typed value in plain Chinese, '' when it adds nothing to `text`. */
  detail: string;
  quote: string;
  citation: string;
  citationShort: string;
  /** Absolute link to the article anchor. */
  url: string;
  notes: string[];
  /** The typed value as in the dataset (decimal strings, bound words as printed). */
  value: ProvisionValue;
  /** Every reading of the words, each with its consequence. */
  readings: ReadingView[];
}

/** One line of the law layer: what binds for some licensor classes under some conditions. */
export interface ExportLawLine {
  /** Conversion modes (keys) the line answers. */
  modes: string[];
  /** Licensor classes (keys) it answers for. */
  classes: string[];
  /** The answer in plain Chinese, as the cell shows it. */
  text: string;
  /** Why: `local-floor`, `national-floor`, `same-floor`, `unit-rule`, `no-floor`; `national-provision` for a silent cell's national rule. */
  reason: string;
  citations: { citation: string; url: string }[];
}

export interface ExportCell {
  column: string;
  /** false: the document does not address this dimension (未规定). */
  specified: boolean;
  provisions: ExportProvision[];
  /** The law layer: the binding minimum by mode and class, or (silent cell) the national provisions. */
  law: ExportLawLine[];
}

export interface ExportRow {
  dimension: string;
  label: string;
  section: string;
  sectionLabel: string;
  order: string;
  /** Same order as `columns`. */
  cells: ExportCell[];
}

export interface ComparisonExport {
  format: typeof EXPORT_FORMAT;
  dataset: { version: string; computedOn: string };
  columns: (CompareColumn & { url: string })[];
  rows: ExportRow[];
}

/**
 * The export document for a matrix.
 * @param site absolute origin the links are resolved against, e.g. https://xyhf.example.cn
 * @param policyUrl site-relative link of a policy page (`policyHref`)
 */
export function comparisonExport(
  m: Matrix,
  dataset: { version: string; computedOn: string },
  site: string,
  policyUrl: (id: string) => string,
): ComparisonExport {
  const origin = site.replace(/\/+$/, '');
  const abs = (href: string) => (/^[a-z]+:/i.test(href) ? href : `${origin}${href.startsWith('/') ? '' : '/'}${href}`);
  return {
    format: EXPORT_FORMAT,
    dataset,
    columns: m.columns.map((c) => ({ ...c, url: abs(policyUrl(c.id)) })),
    rows: m.sections.flatMap((s) =>
      s.rows.map((r) => ({
        dimension: r.dimension.key,
        label: r.dimension.label,
        section: s.key,
        sectionLabel: s.label,
        order: r.dimension.order,
        cells: r.cells.map((cell, i) => ({
          column: m.columns[i]!.id,
          specified: cell.kind === 'provisions',
          provisions:
            cell.kind === 'provisions'
              ? cell.entries.map((e) => ({
                  id: e.provisionId,
                  text: e.text,
                  detail: e.detail,
                  quote: e.quote,
                  citation: e.cite,
                  citationShort: e.citeShort,
                  url: abs(e.href),
                  notes: e.notes,
                  value: e.value,
                  readings: e.readings,
                }))
              : [],
          law: lawLines(cell, abs),
        })),
      })),
    ),
  };
}

function lawLines(cell: Cell, abs: (href: string) => string): ExportLawLine[] {
  if (!cell.law) return [];
  const lines: ExportLawLine[] = cell.law.blocks.flatMap((b) =>
    b.groups.flatMap((g) =>
      g.answers.map((a) => ({
        modes: [...b.modes],
        classes: [...g.classes],
        text: a.text,
        reason: a.decision.reason,
        citations: a.cites.map((c) => ({ citation: c.cite, url: abs(c.href) })),
      })),
    ),
  );
  for (const e of cell.law.national) {
    lines.push({ modes: [], classes: [], text: e.text, reason: 'national-provision', citations: [{ citation: e.cite, url: abs(e.href) }] });
  }
  return lines;
}

/** The same document restricted to the given columns (table order kept; unknown ids ignored). */
export function selectExport(data: ComparisonExport, ids: readonly string[]): ComparisonExport {
  const keep = data.columns.map((c) => ids.includes(c.id));
  return {
    ...data,
    columns: data.columns.filter((_, i) => keep[i]),
    rows: data.rows.map((r) => ({ ...r, cells: r.cells.filter((_, i) => keep[i]) })),
  };
}

/** Header texts and the words for silent cells, from i18n (`compare.csv.*`). */
export interface CsvLabels {
  headers: [
    version: string, section: string, dimensionKey: string, dimension: string, jurisdiction: string,
    policyId: string, policy: string, textStatus: string, specified: string, rule: string,
    value: string, quote: string, citation: string, url: string, notes: string,
  ];
  specified: string;
  notSpecified: string;
  /** The `specified` column of a law-layer line (国家法律层面). */
  lawLayer: string;
  /** Mode and class words keyed by their keys, to prefix a law-layer line. */
  modes: Record<string, string>;
  classes: Record<string, string>;
  /** Text status words keyed by `textStatus`. */
  textStatus: Record<string, string>;
}

/**
 * Long-format rows: one line per provision, one line for each silent cell (未规定), then one line
 * per law-layer answer (国家法律层面: modes · classes: the answer, with its citations). Readings
 * are in the notes column, each with its consequence.
 */
export function comparisonCsvRows(data: ComparisonExport, labels: CsvLabels): CsvCell[][] {
  const rows: CsvCell[][] = [labels.headers];
  const cols = data.columns;
  for (const r of data.rows) {
    r.cells.forEach((cell, i) => {
      const c = cols[i]!;
      const head = [
        data.dataset.version, r.sectionLabel, r.dimension, r.label, c.jurisdiction.name, c.id,
        c.shortTitle, labels.textStatus[c.textStatus] ?? c.textStatus,
      ];
      if (!cell.specified) rows.push([...head, labels.notSpecified, '', '', '', '', c.url, '']);
      for (const p of cell.provisions) {
        const notes = [...p.notes, ...(p.readings ?? []).map((r) => `${r.label}：${r.consequence}`)];
        rows.push([...head, labels.specified, p.text, p.detail, p.quote, p.citation, p.url, notes.join('；')]);
      }
      for (const l of cell.law ?? []) {
        const scope = [l.modes.map((m) => labels.modes[m] ?? m).join('、'), l.classes.map((k) => labels.classes[k] ?? k).join('、')].filter(Boolean).join(' · ');
        rows.push([...head, labels.lawLayer, scope ? `${scope}：${l.text}` : l.text, '', '', l.citations.map((x) => x.citation).join('；'), l.citations[0]?.url ?? '', '']);
      }
    });
  }
  return rows;
}

/** The CSV text (UTF-8 with BOM, CRLF) of an export document. */
export function comparisonCsv(data: ComparisonExport, labels: CsvLabels): string {
  return toCsv(comparisonCsvRows(data, labels));
}
