/**
 * The comparison matrix of the real dataset (build time): every policy document is a column,
 * grouped by jurisdiction; citations resolved through the policy texts.
 */
import { buildMatrix, type CompareColumn, type Matrix } from '../lib/compare/matrix';
import { comparisonExport, type ComparisonExport, type ExportLabels } from '../lib/compare/export';
import { dimensionChart, nationalFloor, type DimensionChart } from '../lib/compare/charts';
import { matrixRows } from '../lib/compare/matrix';
import type { XlsxLabels } from '../islands/compare/xlsx';
import { allPolicies, policyHref } from './policies';
import type { SelectableDoc } from '../lib/compare/selection';
import { citeFor } from './citations';
import { datasetStamp, loadDimensions, loadProvisions } from './dataset';
import { lawData } from './law';
import { answerText } from '../i18n/law';
import { t, type UiKey } from '../i18n';
import { conversionMode } from '../schemas/provision';
import { licensorClasses } from '../schemas/provision-keys';

let cache: Matrix | undefined;
const subsetCache = new Map<string, Matrix>();

/** Columns in the site's jurisdiction order (by GB/T 2260 code), documents newest first within one. */
export async function compareColumns(): Promise<CompareColumn[]> {
  return (await allPolicies()).map(({ entry, status }) => ({
    id: entry.id,
    title: entry.data.title,
    shortTitle: entry.data.shortTitle,
    jurisdiction: {
      code: entry.data.jurisdiction.code,
      name: entry.data.jurisdiction.name,
      level: entry.data.jurisdiction.level,
    },
    textStatus: entry.data.textStatus,
    statusLabel: status.label,
    status: status.status,
  }));
}

/**
 * The full comparison matrix of the dataset, with the law layer: share rows resolved per licensor
 * class against national law, silent cells answered by the national provisions of their row.
 */
export async function compareMatrix(): Promise<Matrix> {
  if (cache) return cache;
  const { sections, dimensions } = loadDimensions();
  cache = buildMatrix(
    { sections, dimensions, columns: await compareColumns(), provisions: loadProvisions() },
    { cite: citeFor, href: policyHref },
    { data: lawData(), text: answerText },
  );
  return cache;
}

/** The matrix of the chosen documents only (columns in the site's order), built once per selection. */
export async function compareMatrixFor(ids: readonly string[]): Promise<Matrix> {
  const key = [...ids].sort().join(',');
  const hit = subsetCache.get(key);
  if (hit) return hit;
  const chosen = new Set(ids);
  const { sections, dimensions } = loadDimensions();
  const m = buildMatrix(
    {
      sections,
      dimensions,
      columns: (await compareColumns()).filter((c) => chosen.has(c.id)),
      provisions: loadProvisions().filter((p) => chosen.has(p.policy)),
    },
    { cite: citeFor, href: policyHref },
  );
  subsetCache.set(key, m);
  return m;
}

/** Every document as the comparison's document choice needs it (site order). */
export async function selectableDocs(): Promise<SelectableDoc[]> {
  return (await allPolicies()).map(({ entry, status }) => ({
    id: entry.id,
    label: entry.data.shortTitle,
    code: entry.data.jurisdiction.code,
    place: entry.data.jurisdiction.name,
    level: entry.data.jurisdiction.level,
    parent: entry.data.jurisdiction.parent,
    kind: entry.data.docKind,
    status: status.status,
    statusLabel: status.label,
    date: entry.data.issued ?? entry.data.effectiveFrom ?? String(entry.data.issuedYear),
  }));
}

/** The export document (`/compare/comparison.json`), links made absolute against `site`. */
export async function compareExport(site: URL | undefined): Promise<ComparisonExport> {
  const stamp = await datasetStamp();
  return comparisonExport(
    await compareMatrix(),
    { version: stamp.version, computedOn: stamp.computedOnIso },
    (site ?? new URL('http://localhost/')).origin,
    (id) => policyHref(id),
  );
}

/** Words of the matrix exports (CSV, xlsx), from i18n. */
export function compareExportLabels(): ExportLabels {
  return {
    section: t('compare.export.section'),
    dimension: t('compare.export.dimension'),
    source: t('compare.export.source'),
    notes: t('compare.export.notes'),
    notSpecified: t('notSpecified'),
    silentLaw: t('law.layer.silent'),
    excerptSilent: t('law.layer.excerptSilent'),
    lawLayer: t('law.layer.csv'),
    basis: t('law.layer.basis'),
    readings: t('law.readings', { n: '{n}' }),
    modes: Object.fromEntries(conversionMode.options.map((m) => [m, t(`calc.reward.mode.${m}` as UiKey)])),
    classes: Object.fromEntries(licensorClasses.map((c) => [c, t(`law.class.${c}` as UiKey)])),
    textStatus: {
      official: t('textStatus.official'),
      'draft-for-comment': t('textStatus.draft-for-comment'),
      'official-summary': t('textStatus.official-summary'),
    },
    quoteHeaders: [
      t('compare.export.quoteDimension'), t('compare.export.quoteDocument'), t('compare.export.quoteRule'),
      t('compare.export.quoteCitation'), t('compare.export.quoteText'), t('compare.export.quoteUrl'), t('compare.export.quoteNotes'),
    ],
  };
}

/**
 * Charts of the ordered rows (dimension key → chart), for /compare/ and the dimension pages.
 * Rows with fewer than two comparable figures have none.
 * @param shown the matrix on the page (default: every document)
 */
export async function compareCharts(shown?: Matrix): Promise<Map<string, DimensionChart>> {
  const full = await compareMatrix();
  const matrix = shown ?? full;
  // The national floor comes from the full comparison (it holds the national-law columns even
  // where the page shows a selection without them).
  const fullRows = new Map(matrixRows(full).map((r) => [r.dimension.key, r]));
  const out = new Map<string, DimensionChart>();
  for (const row of matrixRows(matrix)) {
    const national = fullRows.get(row.dimension.key);
    const floor = national ? nationalFloor(national, full.columns) : undefined;
    const chart = dimensionChart(row, matrix.columns, { notSpecified: t('notSpecified'), excerptSilent: t('law.layer.excerptSilent') }, floor);
    if (chart) out.set(row.dimension.key, chart);
  }
  return out;
}

/** Sheet names and 说明 lines of the spreadsheet, from i18n. */
export function compareXlsxLabels(): XlsxLabels {
  return {
    matrixSheet: t('compare.xlsx.matrixSheet'),
    quoteSheet: t('compare.xlsx.quoteSheet'),
    aboutSheet: t('compare.xlsx.aboutSheet'),
    about: [
      [t('compare.xlsx.title'), t('compare.xlsx.howTo')],
      [t('compare.xlsx.version'), '{version}'],
      [t('compare.xlsx.computedOn'), '{computedOn}'],
      [t('compare.xlsx.diff'), '{diff}'],
      [t('compare.xlsx.url'), '{url}'],
    ],
    diffOn: t('compare.xlsx.diffOn'),
    diffOff: t('compare.xlsx.diffOff'),
  };
}
