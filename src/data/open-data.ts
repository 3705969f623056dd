/** Builds the open-data payloads from the loaded dataset (build time). */
import { z } from 'astro/zod';
import { allPolicies, policyHref } from './policies';
import { datasetStamp, loadDimensions, loadProvisions } from './dataset';
import { citeFor } from './citations';
import { exportRow, type ExportLookups } from '../lib/open-data';
import { provisionSchema } from '../schemas/provision';
import { policySchema } from '../schemas/policy';
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
    textStatusLabel: (id) => t(`textStatus.${get(id).textStatus}`),
    cite: citeFor,
    url: (id, anchor) => new URL(policyHref(id, anchor), site ?? 'http://localhost/').href,
    dimensionLabel: (k) => dims.get(k) ?? k,
  };
}

export async function provisionsPayload(site: URL | undefined) {
  const l = await exportLookups(site);
  const stamp = await datasetStamp();
  return {
    version: stamp.version,
    generatedOn: stamp.computedOnIso,
    dimensions: loadDimensions(),
    provisions: loadProvisions().map((p) => ({ ...exportRow(p, l), anchor: p.anchor, value: p.value })),
  };
}

export async function policiesPayload(site: URL | undefined) {
  const stamp = await datasetStamp();
  return {
    version: stamp.version,
    statusComputedOn: stamp.computedOnIso,
    policies: (await allPolicies()).map((p) => ({
      id: p.entry.id,
      url: new URL(policyHref(p.entry.id), site ?? 'http://localhost/').href,
      status: p.status.status,
      statusLabel: p.status.label,
      statusReason: p.status.reason,
      lastDayInForce: p.status.lastDay ?? null,
      ...p.entry.data,
    })),
  };
}

/** JSON Schemas of the published records, generated from the same zod schemas the build validates with. */
export function schemasPayload() {
  return {
    policy: z.toJSONSchema(policySchema, { io: 'input', unrepresentable: 'any' }),
    provision: z.toJSONSchema(provisionSchema, { io: 'input', unrepresentable: 'any' }),
  };
}
