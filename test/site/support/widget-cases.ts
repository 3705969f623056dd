// Per-widget test cases for the embedding tests: the inputs a host presets, and how to get the
// full page's results for the same inputs (the widget must show the same `data-output` values).
import type { Frame, Page } from 'playwright-core';
import { WAIT_MS } from './timeouts.ts';
import { builtSiteOrigin } from './server.ts';

/** Opens a page of the built site, runs `fn` on it, closes it. */
export type WithPage = <T>(urlPath: string, fn: (page: Page) => Promise<T>) => Promise<T>;

export interface WidgetCase {
  /** Inputs (manifest names) the host presets; not all defaults, so presets are proven to apply. */
  params: Record<string, string>;
  /**
   * Output values the widget must show for `params`: read from the full calculator page with the
   * same inputs, or (demo, which has no full page) computed with the same pure functions.
   */
  expected(withPage: WithPage, widgetOutputs: Record<string, string>): Promise<Record<string, string>>;
  /**
   * Compare only the outputs `expected` returns (the full page is not the same island, e.g. the
   * static comparison matrix; its cells are compared one by one).
   */
  subset?: boolean;
  /** Extra condition for "rendered" (outputs an island fills in an effect). */
  ready?(outputs: Record<string, string>): boolean;
}

/** Resolves once the page has drawn two more frames and run the tasks queued by then (Preact runs effects after a frame). */
export function nextFrames(page: Page | Frame): Promise<void> {
  return page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));
}

/**
 * Reads every output of the full page at `urlPath` once `ready` holds and they have settled:
 * the same on three reads in a row, each after two frames. Islands render their defaults first
 * and apply the URL in an effect; counting frames rather than milliseconds, the wait stretches
 * with a slow machine instead of racing it.
 */
async function fullPageOutputs(
  withPage: WithPage,
  urlPath: string,
  ready: (o: Record<string, string>) => boolean,
): Promise<Record<string, string>> {
  return withPage(urlPath, async (page) => {
    await page.waitForSelector('astro-island:not([ssr])');
    const until = Date.now() + WAIT_MS;
    let last = '';
    let same = 0;
    for (;;) {
      await nextFrames(page);
      const o = await outputsIn(page, null);
      const now = JSON.stringify(o);
      same = now === last ? same + 1 : 0;
      last = now;
      if (ready(o) && same >= 2) return o;
      if (Date.now() > until) throw new Error(`full page ${urlPath} never settled: ${JSON.stringify(Object.keys(o))}`);
    }
  });
}

/** The origin the build was made for (XYHF_ORIGIN): where share links in the manifest and widgets point. */
export const SITE_ORIGIN = builtSiteOrigin();

export const WIDGET_CASES: Record<string, WidgetCase> = {
  compare: {
    // Two jurisdictions that are not the default pair, and another topic.
    params: { jurisdictions: '530000,530100', section: 'payment' },
    subset: true,
    // Each cell as /compare/ shows it: rule text, detail and short citation (or 未规定), for
    // every row of the section and every document of the two jurisdictions.
    expected: (withPage) =>
      withPage('/compare/', (page) =>
        page.evaluate(() => {
          const codes: Record<string, string> = { 云南省: '530000', 昆明市: '530100' };
          const out: Record<string, string> = {};
          for (const td of document.querySelectorAll<HTMLElement>('tbody[data-section="payment"] td[data-dimension]')) {
            const group = td.querySelector('.cmp-cell-label')?.textContent?.split(' · ')[0]?.trim() ?? '';
            if (!(group in codes)) continue;
            const parts = [...td.querySelectorAll('.cmp-text, .cmp-detail, .cmp-cite > a, .cmp-none')].map((e) => e.textContent ?? '');
            out[`cell-${td.dataset.dimension}-${td.dataset.column}`] = parts.join('').replace(/\s+/g, ' ').trim();
          }
          return out;
        }),
      ),
  },
  'payment-planner': {
    // Hunan by jurisdiction (its first rule), another effective date and payment mode.
    params: { jurisdiction: '430000', eff: '2026-12-01', mode: 'royalty' },
    ready: (o) => (o['share-url'] ?? '') !== '',
    // The widget's share link is its whole state serialised by the page's own URL format: the
    // full page opened at that link must show the same results. (It also proves the preset
    // reached the form: the link carries rule=hunan…, eff=2026-12-01, mode=deferred.)
    expected: async (withPage, widget) => {
      const link = widget['share-url'] ?? '';
      const url = new URL(link);
      if (url.origin !== SITE_ORIGIN || url.pathname !== '/calculators/payment/') throw new Error(`unexpected share link ${link}`);
      const q = url.searchParams;
      if (!q.get('rule')?.startsWith('hunan-') || q.get('eff') !== '2026-12-01' || q.get('mode') !== 'royalty') {
        throw new Error(`presets not applied: ${link}`);
      }
      const out = await fullPageOutputs(withPage, `${url.pathname}${url.search}`, (o) => (o['share-url'] ?? '') !== '');
      // The page's own link points at wherever it is served; compare the state, not the host.
      const pageLink = new URL(out['share-url'] ?? '');
      out['share-url'] = `${SITE_ORIGIN}${pageLink.pathname}${pageLink.search}`;
      // The contract clause is the full page's alone (the widget links there for it and the exports);
      // with only these presets the royalty fields are still empty, so neither shows one yet.
      // How each trigger's period was counted is the full page's too (TriggerDetails; the widget
      // links there), kept out of the widget for its script budget.
      for (const name of ['contract-clause', 'clause-total', 'clause-amount', 'trigger']) delete out[name];
      return out;
    },
  },
  'reward-split': {
    // Not the defaults: another document, another mode, an amount in 万 and an intended share.
    params: { doc: 'hunan-2025-plan', mode: 'transfer-or-licence', net: '250万', inv: '75' },
    expected: async (withPage) => {
      const out = await fullPageOutputs(withPage, '/calculators/reward/?doc=hunan-2025-plan&mode=transfer-or-licence&net=250%E4%B8%87&inv=75', (o) => 'steps' in o);
      // The comparison across documents is the full page's alone (reward/CompareTable.tsx), kept out
      // of the widget for its script budget: a widget answers for its own document.
      for (const name of ['compare', 'compare-inventor', 'compare-transfer', 'compare-unit']) delete out[name];
      return out;
    },
  },
  subsidy: {
    // A preset location: the widget starts there with no claims (the host's preset, nobody's numbers).
    params: { jurisdiction: '530000' },
    // Ready once the page has read its link: the documents of the location are listed.
    expected: (withPage) => fullPageOutputs(withPage, '/calculators/subsidy/?loc=530000', (o) => 'applicable-documents' in o),
  },
};

/** `data-output` name → text (or `data-value`) of every output in `root` (a document or shadow root). */
export async function outputsIn(page: Page | Frame, rootSelector: string | null): Promise<Record<string, string>> {
  return page.evaluate((sel: string | null) => {
    const root: ParentNode | null = sel === null ? document : (document.querySelector(sel)?.shadowRoot ?? null);
    const out: Record<string, string> = {};
    if (!root) return out;
    for (const el of root.querySelectorAll<HTMLElement>('[data-output]')) {
      const name = el.dataset.output!;
      const control = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;
      if (!(name in out)) out[name] = el.dataset.value ?? (control ? el.value : (el.textContent ?? '').replace(/\s+/g, ' ').trim());
    }
    return out;
  }, rootSelector);
}

/** True once every listed output is on the page and the case's own readiness check holds. */
export function allPresent(outputs: Record<string, string>, names: string[], c?: WidgetCase): boolean {
  return names.every((n) => n in outputs) && (c?.ready?.(outputs) ?? true);
}
