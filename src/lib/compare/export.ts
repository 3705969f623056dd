/**
 * The comparison as open data: one JSON document (`/compare/comparison.json`), and the matrix as
 * on screen made from it: CSV (`/compare/comparison.csv`) and a spreadsheet (`xlsx.ts`). The
 * island downloads what is shown by fetching the same JSON and running the same functions, so the
 * static files and the downloads cannot disagree. No decimal.js here: the island bundles this module.
 */
import type { ProvisionValue } from '../../schemas/provision';
import { toCsv } from '../export/csv';
import { joinSentences } from '../text/join';
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
  /** A silent cell the law above answers: 未规定（由国家法律回答，见下）. */
  silentLaw: string;
  /** A national-law excerpt silent on the row: 节选条文未涉及. */
  excerptSilent: string;
  /** Heading of the law layer in a cell (国家法律层面). */
  lawLayer: string;
  /** Before the law layer's citations: 依据. */
  basis: string;
  /** Heading of a provision's readings, with `{n}`: 几种读法（{n}）. */
  readings: string;
  /** Mode and class words keyed by their keys, to prefix a law-layer line. */
  modes: Record<string, string>;
  classes: Record<string, string>;
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

/** A reading as a line: 读法：后果（该读法下的取值）. */
function readingLine(r: ReadingView): string {
  return `${r.label}：${r.consequence}${r.detail ? `（${r.detail}）` : ''}`;
}

/**
 * The law layer of a cell as the matrix shows it: its heading, one line per answer (modes · classes:
 * the answer) and the articles it rests on.
 */
function lawText(lines: readonly ExportLawLine[], labels: ExportLabels): string {
  if (lines.length === 0) return '';
  const scope = (l: ExportLawLine) =>
    [l.modes.map((m) => labels.modes[m] ?? m).join('、'), l.classes.map((k) => labels.classes[k] ?? k).join('、')].filter(Boolean).join(' · ');
  const cites = [...new Set(lines.flatMap((l) => l.citations.map((c) => c.citation)))];
  return [labels.lawLayer, ...lines.map((l) => (scope(l) ? `${scope(l)}：${l.text}` : l.text)), `${labels.basis}：${cites.join('、')}`].join('\n');
}

/**
 * One cell as the matrix shows it: each provision's rule, its typed value when that adds to the
 * rule, its citation, its readings (each with its consequence) and its notes (joined as sentences,
 * never "。；"); provisions apart by a blank line. A silent document says so as the page does
 * (未规定; where the law above answers, that it does; a law excerpt, that its articles do not touch
 * the row); the law layer follows, as on the page.
 * @param column the cell's column (a national-law excerpt words its silence differently)
 */
export function cellText(cell: ExportCell, labels: ExportLabels, column?: ComparisonExport['columns'][number]): string {
  const law = cell.law ?? [];
  const own = !cell.specified
    ? column?.jurisdiction.level === 'national'
      ? labels.excerptSilent
      : law.length > 0
        ? labels.silentLaw
        : labels.notSpecified
    : cell.provisions
        .map((p) =>
          [
            p.text,
            p.detail,
            `${labels.source}：${p.citation}`,
            (p.readings ?? []).length > 0 ? `${labels.readings.replace('{n}', String(p.readings.length))}：${joinSentences(p.readings.map(readingLine))}` : '',
            p.notes.length > 0 ? `${labels.notes}：${joinSentences(p.notes)}` : '',
          ]
            .filter((x) => x !== '')
            .join('\n'),
        )
        .join('\n\n');
  return [own, lawText(law, labels)].filter((x) => x !== '').join('\n\n');
}

/** The matrix as on screen: header (主题, 对比项, one column per document), one row per dimension. */
export function matrixTable(data: ComparisonExport, labels: ExportLabels): string[][] {
  return [
    [labels.section, labels.dimension, ...data.columns.map((c) => columnHeader(c, labels))],
    ...data.rows.map((r) => [r.sectionLabel, r.label, ...r.cells.map((cell, i) => cellText(cell, labels, data.columns[i]))]),
  ];
}

/** Every provision of the matrix with its full quote and link: the spreadsheet's second sheet. */
export function quoteTable(data: ComparisonExport, labels: ExportLabels): string[][] {
  const rows: string[][] = [labels.quoteHeaders];
  for (const r of data.rows) {
    r.cells.forEach((cell, i) => {
      const doc = columnHeader(data.columns[i]!, labels);
      for (const p of cell.provisions) rows.push([r.label, doc, p.text, p.citation, p.quote, p.url, joinSentences([...(p.readings ?? []).map(readingLine), ...p.notes])]);
    });
  }
  return rows;
}

/** The matrix as CSV (UTF-8 with BOM, CRLF; cells keep their line breaks, quoted). */
export function comparisonCsv(data: ComparisonExport, labels: ExportLabels): string {
  return toCsv(matrixTable(data, labels));
}
