// Print stylesheet on a policy page: the site banner header and every <nav> are display:none in
// print media, the main text stays visible, and Chromium prints a non-empty PDF.
import { expect, inject, test } from 'vitest';
import { policyPages } from './support/pages.ts';
import { openPage, pageUrl, useBrowser } from './support/browser.ts';

const policy = policyPages()[0];
const browser = useBrowser();
const base = inject('baseURL');

// A banner is `header[role=banner]` or a <header> that is a child of <body> (implicit banner role;
// html-validate's no-redundant-role rejects the explicit role on such a header).
const BANNER = 'header[role=banner], body > header';

function displayNone(selector: string) {
  return [...document.querySelectorAll(selector)].map((el) => {
    let hiddenBy: string | null = null;
    for (let e: Element | null = el; e; e = e.parentElement) {
      if (getComputedStyle(e).display === 'none') {
        hiddenBy = e.tagName.toLowerCase();
        break;
      }
    }
    return { tag: el.outerHTML.slice(0, 80), hidden: hiddenBy !== null };
  });
}

test('a policy page exists to print', () => {
  expect(policy, 'no /policies/<id>/ page in dist').toBeDefined();
});

async function withPrintPage(fn: (page: import('playwright-core').Page) => Promise<void>): Promise<void> {
  if (!policy) throw new Error('no policy page in dist');
  const opened = await openPage(browser(), pageUrl(base, policy.urlPath));
  try {
    await fn(opened.page);
  } finally {
    await opened.close();
  }
}

test('print media hides the site header and every nav', async () => {
  await withPrintPage(async (page) => {
    const onScreen = await page.evaluate(displayNone, BANNER);
    expect(onScreen.length, `${policy?.urlPath} has no site header (${BANNER})`).toBeGreaterThan(0);
    expect(await page.locator('nav').count(), `${policy?.urlPath} has no <nav>`).toBeGreaterThan(0);

    await page.emulateMedia({ media: 'print' });
    const banners = await page.evaluate(displayNone, BANNER);
    const navs = await page.evaluate(displayNone, 'nav');
    const shown = [...banners, ...navs].filter((x) => !x.hidden).map((x) => x.tag);
    expect(shown, 'visible in print media (want display:none on it or an ancestor)').toEqual([]);
  });
});

test('print media keeps the main text visible, and page.pdf() produces a PDF', async () => {
  await withPrintPage(async (page) => {
    await page.emulateMedia({ media: 'print' });
    const main = page.locator('main');
    expect(await main.count(), 'want exactly one <main>').toBe(1);
    expect(await main.isVisible(), '<main> hidden in print').toBe(true);
    const text = (await main.innerText()).trim();
    expect(text.length, 'main text empty in print').toBeGreaterThan(20);

    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1_000);
  });
});
