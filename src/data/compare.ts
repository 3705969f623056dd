/**
 * The comparison matrix of the real dataset (build time): every policy document is a column,
 * grouped by jurisdiction; citations resolved through the policy texts.
 */
import { buildMatrix, type CompareColumn, type Matrix } from '../lib/compare/matrix';
import { comparisonExport, type ComparisonExport, type CsvLabels } from '../lib/compare/export';
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

/** CSV header and cell words, from i18n. */
export function compareCsvLabels(): CsvLabels {
  return {
    headers: [
      t('compare.csv.version'), t('compare.csv.section'), t('compare.csv.dimensionKey'), t('compare.csv.dimension'),
      t('compare.csv.jurisdiction'), t('compare.csv.policyId'), t('compare.csv.policy'), t('compare.csv.textStatus'),
      t('compare.csv.specified'), t('compare.csv.rule'), t('compare.csv.value'), t('compare.csv.quote'),
      t('compare.csv.citation'), t('compare.csv.url'), t('compare.csv.notes'),
    ],
    specified: t('compare.specified'),
    notSpecified: t('notSpecified'),
    lawLayer: t('law.layer.csv'),
    modes: Object.fromEntries(conversionMode.options.map((m) => [m, t(`calc.reward.mode.${m}` as UiKey)])),
    classes: Object.fromEntries(licensorClasses.map((c) => [c, t(`law.class.${c}` as UiKey)])),
    textStatus: {
      official: t('textStatus.official'),
      'draft-for-comment': t('textStatus.draft-for-comment'),
      'official-summary': t('textStatus.official-summary'),
    },
  };
}
