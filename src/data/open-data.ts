/** Builds the open-data payloads from the loaded dataset (build time). */
import { allPolicies, policyHref } from './policies';
import { datasetStamp, loadDimensions, loadProvisions } from './dataset';
import { citeFor } from './citations';
import { provisionRecord, type ExportLookups } from '../lib/open-data';
import { openDataJsonSchema, policiesFileSchema, provisionsFileSchema } from '../schemas/open-data';
import { t } from '../i18n';

export async function exportLookups(site: URL | undefined): Promise<ExportLookups> {
  const policies = new Map((await allPolicies()).map((p) => [p.entry.id, p]));
  const dims = new Map(loadDimensions().dimensions.map((d) => [d.key, d.label]));
  const get = (id: string) => {
    const p = policies.get(id);
    if (!p) throw new Error(`unknown policy ${id}`);
    return p.entry.data;
  };
  return {
    policyTitle: (id) => get(id).title,
    jurisdiction: (id) => get(id).jurisdiction,
    textStatus: (id) => get(id).textStatus,
    textStatusLabel: (id) => t(`textStatus.${get(id).textStatus}`),
    cite: citeFor,
    url: (id, anchor) => new URL(policyHref(id, anchor), site ?? 'http://localhost/').href,
    dimensionLabel: (k) => dims.get(k) ?? k,
  };
}

/**
 * /data/provisions.json. Parsed with its published schema, so the build fails rather than publish
 * a record that /data/schema.json does not describe.
 */
export async function provisionsPayload(site: URL | undefined) {
  const l = await exportLookups(site);
  const stamp = await datasetStamp();
  return provisionsFileSchema.parse({
    version: stamp.version,
    generatedOn: stamp.computedOnIso,
    dimensions: loadDimensions(),
    provisions: loadProvisions().map((p) => provisionRecord(p, l)),
  });
}

/** /data/policies.json: each document's metadata as validated, plus its link and derived status. */
export async function policiesPayload(site: URL | undefined) {
  const stamp = await datasetStamp();
  return policiesFileSchema.parse({
    version: stamp.version,
    statusComputedOn: stamp.computedOnIso,
    policies: (await allPolicies()).map((p) => ({
      ...p.entry.data,
      id: p.entry.id,
      url: new URL(policyHref(p.entry.id), site ?? 'http://localhost/').href,
      status: p.status.status,
      statusLabel: p.status.label,
      statusReason: p.status.reason,
      lastDayInForce: p.status.lastDay ?? null,
    })),
  });
}

/** /data/schema.json: the JSON Schema of the files above, generated from the same zod schemas. */
export function schemasPayload(site: URL | undefined) {
  return openDataJsonSchema(new URL('/data/schema.json', site ?? 'http://localhost/').href);
}
