// Per-widget test cases for the embedding tests: the inputs a host presets, and how to get the
// full page's results for the same inputs (the widget must show the same `data-output` values).
import type { Frame, Page } from 'playwright-core';
import { formatYuanWithWan, yuan } from '../../../src/lib/money.ts';

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

export const WIDGET_CASES: Record<string, WidgetCase> = {
  demo: {
    params: { amount: '1234567.89', percent: '12.5' },
    expected: async () => {
      const a = yuan('1234567.89');
      const share = a.times('0.125');
      return { share: formatYuanWithWan(share), rest: formatYuanWithWan(a.minus(share)) };
    },
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
