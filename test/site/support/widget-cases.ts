// Per-widget test cases for the embedding tests: the inputs a host presets, and how to get the
// full page's results for the same inputs (the widget must show the same `data-output` values).
import type { Frame, Page } from 'playwright-core';

/** Opens a page of the built site, runs `fn` on it, closes it. */
export type WithPage = <T>(urlPath: string, fn: (page: Page) => Promise<T>) => Promise<T>;

export interface WidgetCase {
  /** Inputs (manifest names) the host presets; not all defaults, so presets are proven to apply. */
  params: Record<string, string>;
  /**
   * Output values the widget must show for `params`: read from the full calculator page with the
   * same inputs, or (demo, which has no full page) computed with the same pure functions.
   */
  expected(withPage: WithPage): Promise<Record<string, string>>;
}

/** Reads every output of the full page at `urlPath` once the island has rendered its result. */
async function fullPageOutputs(withPage: WithPage, urlPath: string, ready: string): Promise<Record<string, string>> {
  return withPage(urlPath, async (page) => {
    await page.waitForSelector(ready, { timeout: 15_000 });
    return outputsIn(page, null);
  });
}

export const WIDGET_CASES: Record<string, WidgetCase> = {
  'reward-split': {
    // Not the defaults: another document, another mode, an amount in 万 and an intended share.
    params: { doc: 'hunan-2025-plan', mode: 'transfer-or-licence', net: '250万', inv: '75' },
    expected: (withPage) =>
      fullPageOutputs(withPage, '/calculators/reward/?doc=hunan-2025-plan&mode=transfer-or-licence&net=250%E4%B8%87&inv=75', '[data-output="steps"]'),
  },
  subsidy: {
    // The province instead of the default city: the example claims on provincial provisions stay.
    params: { jurisdiction: '530000' },
    expected: (withPage) => fullPageOutputs(withPage, '/calculators/subsidy/?loc=530000', '[data-output="total-subsidy"]'),
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
      if (!(name in out)) out[name] = el.dataset.value ?? (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    }
    return out;
  }, rootSelector);
}
