/** What each widget declares once (build time); the manifest, embed pages and bundles derive from it. */
import type { WidgetInput, WidgetOutput } from '../schemas/widget-manifest';
import type { CalcData } from '../lib/calculators/props';

export interface WidgetDefinition<D = unknown> {
  /** URL segment (`/embed/<id>/`, `/widgets/<id>.js`) and message `widget` field. */
  id: string;
  /** Custom element name, `xyhf-…`. */
  element: string;
  title: string;
  description: string;
  /** The iframe's accessible name, said by screen readers on the host page. */
  iframeTitle: string;
  /** The full calculator page on this site, if any (linked from the widget's frame page). */
  fullPage: string | null;
  inputs: WidgetInput[];
  outputs: WidgetOutput[];
  /** The island's data props, from the provisions dataset, exactly as its full page builds them. */
  data: () => D | Promise<D>;
}

/**
 * Calculator data without the quoted article words: the islands show a provision's summary,
 * rule, notes and a link to the article, never the quote, and the quotes are a fifth of the
 * data a widget script would carry.
 */
export function withoutQuotes(data: CalcData): CalcData {
  const strip = (ps: CalcData['provisions']) => ps.map((p) => ({ ...p, quote: '' }));
  return { ...data, provisions: strip(data.provisions), ...(data.law ? { law: { ...data.law, provisions: strip(data.law.provisions) } } : {}) };
}
