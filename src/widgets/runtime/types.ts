/**
 * Types shared by the build-time widget registry and the browser runtime (type-only imports, so
 * no schema code reaches a widget bundle).
 */
import type { ComponentType } from 'preact';
import type { WidgetEntry } from '../../schemas/widget-manifest';
import type { WidgetInputValues } from '../../lib/widgets/inputs';

/** What the run time needs of a manifest entry (labels and descriptions stay in the manifest). */
export type RuntimeEntry = Pick<WidgetEntry, 'id' | 'title' | 'element' | 'iframeUrl' | 'inputs'>;

/** Everything a widget needs at run time, computed at build time from the dataset. */
export interface WidgetPayload<D = unknown> {
  entry: RuntimeEntry;
  /** `datasetStamp().version` of the build. */
  datasetVersion: string;
  /** The island's data props (provisions, strings), exactly as its full page passes them. */
  data: D;
  /** Opens the notice listing what the host preset that the widget could not use (i18n `widgets.rejected`). */
  rejected: string;
}

export interface WidgetProps<D = unknown> {
  data: D;
  /** Validated inputs preset by the host (URL parameters or attributes), manifest names. */
  inputs: WidgetInputValues;
  datasetVersion: string;
  /**
   * The host asked for the compact widget (`compact`): the headline answer first, the long
   * secondary sections (trace, tables, lists) folded, with a link to the full page.
   */
  compact: boolean;
}

/** The adapter from manifest inputs + data to a calculator island. */
export type WidgetComponent<D = unknown> = ComponentType<WidgetProps<D>>;
