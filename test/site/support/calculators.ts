// What every calculator page and widget must do, checked the same way for each (#14): start empty,
// load and clear the worked example, keep the headline in view, hydrate without moving, draw its
// charts with text alternatives. Each calculator's own test file calls these with its selectors.
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/** Let Preact finish re-rendering after an input (renders are batched). */
export const settle = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));

/** Wait until every island on the page has hydrated. */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForSelector('astro-island:not([ssr])');
  await settle(page);
}

/**
 * Sum of layout-shift entries since navigation (buffered, so shifts during hydration count), the
 * way CLS adds them: shifts right after an input do not count. Not a timing: a shift either
 * happened or not, whatever the machine's speed.
 */
export async function layoutShiftSum(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        const po = new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!e.hadRecentInput) sum += e.value;
          }
        });
        po.observe({ type: 'layout-shift', buffered: true });
        // Buffered entries arrive in the first callback; one more frame makes sure it ran.
        requestAnimationFrame(() => requestAnimationFrame(() => {
          po.disconnect();
          resolve(sum);
        }));
      }),
  );
}

/** Whether the element's box lies inside the viewport (entirely, or at least its top part). */
export async function inViewport(locator: Locator, minVisible = 40): Promise<boolean> {
  const box = await locator.boundingBox();
  if (!box) return false;
  const vp = locator.page().viewportSize()!;
  const top = Math.max(0, box.y);
  const bottom = Math.min(vp.height, box.y + box.height);
  return box.x >= 0 && box.x + Math.min(box.width, 10) <= vp.width && bottom - top >= Math.min(minVisible, box.height);
}

/** Every SVG chart in `root` has a title and a description, and a non-empty text alternative. */
export async function expectChartsWithText(root: Locator, min = 1): Promise<void> {
  const charts = root.locator('[data-chart] svg[role="img"]');
  expect(await charts.count()).toBeGreaterThanOrEqual(min);
  for (const svg of await charts.all()) {
    const ids = (await svg.getAttribute('aria-labelledby'))?.split(/\s+/) ?? [];
    expect(ids.length).toBe(2);
    for (const id of ids) {
      const text = await root.page().evaluate((i) => document.getElementById(i)?.textContent ?? '', id);
      expect(text.trim().length, `chart text #${id}`).toBeGreaterThan(4);
    }
  }
}

/** The answer column: the example banner, the headline, and nothing claiming a result when empty. */
export const banner = (page: Page) => page.locator('[data-output="example-banner"]');

/**
 * The headline is in view: the element itself, or — on a phone, while the answer is below the
 * screen — the answer bar fixed to the bottom of the viewport, holding the same figures.
 */
export async function headlineInView(page: Page, headline: string): Promise<boolean> {
  if (await inViewport(page.locator(headline).first())) return true;
  const peek = page.locator('[data-peek]:not([hidden])');
  return (await peek.count()) > 0 && (await inViewport(peek.first())) && (await peek.first().innerText()).trim().length > 0;
}
