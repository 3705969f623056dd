/**
 * The comparison as open data: one JSON document (`/compare/comparison.json`), and the matrix as
 * on screen made from it: CSV (`/compare/comparison.csv`) and a spreadsheet (`xlsx.ts`). The
 * island downloads what is shown by fetching the same JSON and running the same functions, so the
 * static files and the downloads cannot disagree. No decimal.js here: the island bundles this module.
 */
import type { ProvisionValue } from '../../schemas/provision';
import { toCsv } from '../export/csv';
import { joinSentences } from '../text/join';
import type { CompareColumn, Matrix } from './matrix';

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
}

export interface ExportCell {
  column: string;
  /** false: the document does not address this dimension (未规定). */
  specified: boolean;
  provisions: ExportProvision[];
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
                }))
              : [],
        })),
      })),
    ),
  };
}

/**
 * The same document restricted to what is shown: the given columns (table order kept; unknown ids
 * ignored) and, when given, only the given dimensions (rows; e.g. "only differences").
 */
export function selectExport(data: ComparisonExport, ids: readonly string[], dimensions?: readonly string[]): ComparisonExport {
  const keep = data.columns.map((c) => ids.includes(c.id));
  const rowSet = dimensions ? new Set(dimensions) : null;
  return {
    ...data,
    columns: data.columns.filter((_, i) => keep[i]),
    rows: data.rows.filter((r) => !rowSet || rowSet.has(r.dimension)).map((r) => ({ ...r, cells: r.cells.filter((_, i) => keep[i]) })),
  };
}

/** Words of the exports, from i18n (`compare.export.*`). */
export interface ExportLabels {
  section: string;
  dimension: string;
  /** Before a citation in a cell: 出处. */
  source: string;
  /** Before the notes in a cell: 说明. */
  notes: string;
  notSpecified: string;
  /** Text status words keyed by `textStatus` (official ones are not marked). */
  textStatus: Record<string, string>;
  /** Headers of the quotes table (xlsx second sheet). */
  quoteHeaders: [dimension: string, document: string, rule: string, citation: string, quote: string, url: string, notes: string];
}

/** A column's header: 地区 · 简称, and the text status where it is not an official full text. */
export function columnHeader(c: ComparisonExport['columns'][number], labels: ExportLabels): string {
  const status = c.textStatus === 'official' ? '' : `（${labels.textStatus[c.textStatus] ?? c.textStatus}）`;
  return `${c.jurisdiction.name} · ${c.shortTitle}${status}`;
}

/**
 * One cell as the matrix shows it: each provision's rule, its typed value when that adds to the
 * rule, its citation and its notes (joined as sentences, never "。；"); provisions apart by a blank
 * line; 未规定 for a silent document.
 */
export function cellText(cell: ExportCell, labels: ExportLabels): string {
  if (!cell.specified) return labels.notSpecified;
  return cell.provisions
    .map((p) =>
      [p.text, p.detail, `${labels.source}：${p.citation}`, p.notes.length > 0 ? `${labels.notes}：${joinSentences(p.notes)}` : '']
        .filter((x) => x !== '')
        .join('\n'),
    )
    .join('\n\n');
}

/** The matrix as on screen: header (主题, 对比项, one column per document), one row per dimension. */
export function matrixTable(data: ComparisonExport, labels: ExportLabels): string[][] {
  return [
    [labels.section, labels.dimension, ...data.columns.map((c) => columnHeader(c, labels))],
    ...data.rows.map((r) => [r.sectionLabel, r.label, ...r.cells.map((cell) => cellText(cell, labels))]),
  ];
}

/** Every provision of the matrix with its full quote and link: the spreadsheet's second sheet. */
export function quoteTable(data: ComparisonExport, labels: ExportLabels): string[][] {
  const rows: string[][] = [labels.quoteHeaders];
  for (const r of data.rows) {
    r.cells.forEach((cell, i) => {
      const doc = columnHeader(data.columns[i]!, labels);
      for (const p of cell.provisions) rows.push([r.label, doc, p.text, p.citation, p.quote, p.url, joinSentences(p.notes)]);
    });
  }
  return rows;
}

/** The matrix as CSV (UTF-8 with BOM, CRLF; cells keep their line breaks, quoted). */
export function comparisonCsv(data: ComparisonExport, labels: ExportLabels): string {
  return toCsv(matrixTable(data, labels));
}
