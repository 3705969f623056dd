/**
 * The widget registry and the manifest built from it (`/widgets.json`). Build time only.
 * Adding a widget: write its definition, its Frame island and element entry under
 * `src/widgets/<id>/`, list it in LOADERS and add its embed page branch in
 * `src/pages/embed/[widget]/index.astro`.
 */
import { datasetStamp } from '../data/dataset';
import { t } from '../i18n';
import { MESSAGE_SOURCE, PROTOCOL_VERSION, RESULT_EVENT } from '../lib/widgets/protocol';
import { THEME_CSS_PROPERTIES, THEME_PARAMS } from '../lib/widgets/theme';
import { widgetManifestSchema, type WidgetEntry, type WidgetManifest } from '../schemas/widget-manifest';
import type { WidgetDefinition } from './definition';
import type { WidgetPayload } from './runtime/types';
import { rewardWidget } from './reward-split/definition';
import { subsidyWidget } from './subsidy/definition';
import { paymentWidget } from './payment-planner/definition';
import { compareWidget } from './compare/definition';

/**
 * Every widget that exists, in display order: id → loader of its definition (async: definitions
 * read the dataset and policy collection, which exist only in the Astro build).
 */
const LOADERS: Record<string, (site: URL) => Promise<WidgetDefinition<any>>> = {
  'payment-planner': paymentWidget,
  'reward-split': rewardWidget,
  subsidy: subsidyWidget,
  compare: compareWidget,
};

export const WIDGET_IDS: readonly string[] = Object.keys(LOADERS);

let cache: Promise<WidgetDefinition<unknown>[]> | undefined;

/** All widget definitions, loaded once per build (`site`: the configured site URL). */
export function loadWidgets(site: URL): Promise<WidgetDefinition<unknown>[]> {
  cache ??= Promise.all(WIDGET_IDS.map((id) => LOADERS[id]!(site)));
  return cache;
}

export const MANIFEST_PATH = '/widgets.json';
export const MANIFEST_SCHEMA_PATH = '/widgets.schema.json';
export const HOST_SCRIPT_PATH = '/embed/host.js';

export const embedPath = (id: string): string => `/embed/${id}/`;
export const scriptPath = (id: string): string => `/widgets/${id}.js`;
export const payloadPath = (id: string): string => `/widgets/${id}.data.json`;
/** The iframe page's script (src/integrations/widget-bundles.ts). */
export const frameScriptPath = (id: string): string => `/widgets/${id}.frame.js`;

export async function widgetById(id: string, site: URL): Promise<WidgetDefinition<unknown>> {
  const w = (await loadWidgets(site)).find((x) => x.id === id);
  if (!w) throw new Error(`unknown widget ${id}`);
  return w;
}

export function manifestEntry(def: WidgetDefinition<unknown>, site: URL): WidgetEntry {
  return {
    id: def.id,
    title: def.title,
    description: def.description,
    iframeUrl: new URL(embedPath(def.id), site).href,
    iframeTitle: def.iframeTitle,
    element: def.element,
    scriptUrl: new URL(scriptPath(def.id), site).href,
    inputs: def.inputs,
    outputs: def.outputs,
    events: [
      { name: RESULT_EVENT, target: 'element', description: t('widgets.event.result') },
      { name: RESULT_EVENT, target: 'iframe', description: t('widgets.event.resultIframe') },
    ],
  };
}

/**
 * What the frame island and the element bundle get: the entry's run-time part (input rules
 * without their values' labels), dataset version, data props, the notice for unusable presets.
 */
export async function widgetPayload(def: WidgetDefinition<unknown>, site: URL): Promise<WidgetPayload> {
  const e = manifestEntry(def, site);
  // `content` only steers /embed/'s generator: the widgets do not carry it.
  // Input labels stay: the widget names an input whose preset it could not use.
  const inputs = e.inputs.map(({ content: _content, ...i }) => ({
    ...i,
    ...(i.allowed ? { allowed: i.allowed.map((a) => ({ value: a.value, label: '' })) } : {}),
  }));
  return {
    entry: { id: e.id, title: e.title, element: e.element, iframeUrl: e.iframeUrl, inputs },
    datasetVersion: (await datasetStamp()).version,
    data: await def.data(),
    rejected: t('widgets.rejected'),
  };
}

/** The manifest, validated against its own schema (a bad definition fails the build). */
export async function buildManifest(site: URL): Promise<WidgetManifest> {
  return widgetManifestSchema.parse({
    $schema: new URL(MANIFEST_SCHEMA_PATH, site).href,
    version: 1,
    datasetVersion: (await datasetStamp()).version,
    hostScript: new URL(HOST_SCRIPT_PATH, site).href,
    messageProtocol: { source: MESSAGE_SOURCE, version: PROTOCOL_VERSION, types: ['resize', 'result'] },
    theme: [
      { name: THEME_PARAMS.primary, cssProperty: THEME_CSS_PROPERTIES.primary, type: 'color', description: t('widgets.theme.primary') },
      { name: THEME_PARAMS.fontSize, cssProperty: THEME_CSS_PROPERTIES.fontSize, type: 'px', description: t('widgets.theme.fontSize') },
      { name: THEME_PARAMS.compact, type: 'flag', description: t('widgets.theme.compact') },
      { name: THEME_PARAMS.care, type: 'flag', description: t('widgets.theme.care') },
    ],
    widgets: (await loadWidgets(site)).map((w) => manifestEntry(w, site)),
  });
}
