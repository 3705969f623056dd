/**
 * The widget manifest (`/widgets.json`, JSON Schema at `/widgets.schema.json`): for every
 * embeddable widget its iframe URL, custom-element name, script URL, inputs, outputs and events.
 * Hosts and tests read it; `src/widgets/manifest.ts` builds it from the widget definitions.
 */
import { z } from 'astro/zod';

export const widgetInputSchema = z.strictObject({
  /** URL parameter and element attribute name. */
  name: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /**
   * `enum`: one of `allowed`; `enum-list`: comma-separated values of `allowed`; `yuan`: an amount
   * as `parseYuanInput` accepts it (元, "50万" allowed); `percent`: 0–100; `integer`: in
   * `min`…`max`; `date`: `YYYY-MM-DD`.
   */
  type: z.enum(['enum', 'enum-list', 'yuan', 'percent', 'integer', 'date']),
  label: z.string(),
  unit: z.string().optional(),
  allowed: z.array(z.strictObject({ value: z.string(), label: z.string() })).optional(),
  min: z.number().int().optional(),
  max: z.number().int().optional(),
  /** The value used when the host gives none or an invalid one; null = the widget's own default. */
  default: z.string().nullable(),
  /**
   * true: the input chooses what the widget shows (documents, jurisdictions, items), not a fact
   * of the visitor's case; /embed/'s generator offers these first.
   */
  content: z.boolean().optional(),
});
export type WidgetInput = z.infer<typeof widgetInputSchema>;

export const widgetOutputSchema = z.strictObject({
  /** The `data-output` attribute value of the element showing it, and the key in event details. */
  name: z.string().regex(/^[a-z][a-z0-9-]*$/),
  label: z.string(),
  /** `money`: 元 as displayed ("1,234.00元"); `percent`; `date` (Chinese date text); `text`; `integer`. */
  type: z.enum(['money', 'percent', 'date', 'text', 'integer']),
  unit: z.string().optional(),
});
export type WidgetOutput = z.infer<typeof widgetOutputSchema>;

export const widgetEventSchema = z.strictObject({
  name: z.string(),
  /** Where it is dispatched: on the custom element, or by host.js on the iframe element. */
  target: z.enum(['element', 'iframe']),
  description: z.string(),
});

export const widgetEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  title: z.string(),
  description: z.string(),
  /** Absolute URL of the iframe page; inputs and theme go in its query string. */
  iframeUrl: z.url(),
  /** A meaningful `title` for the iframe element. */
  iframeTitle: z.string().min(4),
  element: z.string().regex(/^xyhf-[a-z0-9-]+$/),
  /**
   * Absolute URL of the element's script (data and styles inlined; it loads the shared runtime,
   * Preact and decimal.js, from the same directory once per page): a classic script that needs
   * no CORS headers, so load it with `<script src defer>`.
   */
  scriptUrl: z.url(),
  inputs: z.array(widgetInputSchema),
  outputs: z.array(widgetOutputSchema).min(1),
  events: z.array(widgetEventSchema),
});
export type WidgetEntry = z.infer<typeof widgetEntrySchema>;

export const themeParamSchema = z.strictObject({
  name: z.string(),
  cssProperty: z.string().optional(),
  type: z.enum(['color', 'px', 'flag']),
  description: z.string(),
});

export const widgetManifestSchema = z.strictObject({
  $schema: z.url(),
  version: z.literal(1),
  datasetVersion: z.string(),
  hostScript: z.url(),
  messageProtocol: z.strictObject({ source: z.string(), version: z.literal(1), types: z.array(z.string()) }),
  theme: z.array(themeParamSchema),
  widgets: z.array(widgetEntrySchema),
});
export type WidgetManifest = z.infer<typeof widgetManifestSchema>;
