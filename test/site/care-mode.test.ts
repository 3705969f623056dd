// 关怀模式 (care mode, #17 §1) in real Chromium: the header switch on every page, the choice kept
// across pages and visits, `prefers-contrast: more` followed, and in care mode, measured on
// several kinds of page: body text ≥ 20 px and no text under 18 px, text contrast ≥ 7:1 (axe's
// AAA rule), targets ≥ 44 × 44 px, one column without sticky panels, a heavy focus ring. Widgets
// take the same mode from their `care` attribute / parameter.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, pageUrl, useBrowser, type OpenPageOptions, type OpenedPage } from './support/browser.ts';
import { formatViolations, runAxeCare } from './support/axe.ts';
import { listPages } from './support/pages.ts';

const browser = useBrowser();
const base = inject('baseURL');
const CARE_ON = `try { localStorage.setItem('xyhf-care', 'on'); } catch (e) {}`;

/** One page of each kind: home, library, policy text, matrix, dimension, calculators, guide, check, search, data, embed docs. */
const SAMPLE = [
  '/',
  '/policies/',
  '/policies/kunming-2025-guideline/',
  '/compare/',
  '/compare/inventor-share/',
  '/calculators/payment/',
  '/calculators/reward/',
  '/calculators/subsidy/',
  '/guide/',
  '/guide/check/',
  '/search/?q=%E5%85%AC%E7%A4%BA%E6%9C%9F',
  '/data/',
  '/embed/',
];

function open(urlPath: string, opts: OpenPageOptions = {}): Promise<OpenedPage> {
  return openPage(browser(), pageUrl(base, urlPath), opts);
}

const careOn = (page: Page) => page.evaluate(() => document.documentElement.hasAttribute('data-care'));
const pressed = (page: Page) => page.locator('[data-care-switch]').getAttribute('aria-pressed');

/** Waits for islands to hydrate (their controls are measured too). */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'), undefined, { timeout: 15_000 });
}

interface Measured {
  body: number;
  /** Visible text under 18 px: "selector: size". */
  smallText: string[];
  /** Controls and standalone links smaller than 44 × 44 px. */
  smallTargets: string[];
  textCount: number;
  targetCount: number;
}

/** Runs in the page: font sizes of every visible text and boxes of every target. */
function measure(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    const name = (el: Element) => {
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls} “${(el.textContent ?? '').trim().slice(0, 20)}”`;
    };
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) return false; // not rendered, or visually hidden (1 px clip)
      for (let e: Element | null = el; e; e = e.parentElement) {
        const cs = getComputedStyle(e);
        if (cs.visibility === 'hidden' || cs.display === 'none' || cs.opacity === '0') return false;
        if (e.classList.contains('visually-hidden')) return false;
      }
      return true;
    };
    const smallText: string[] = [];
    let textCount = 0;
    for (const el of document.body.querySelectorAll('*')) {
      if (![...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim())) continue;
      if (el.closest('svg, script, style, noscript, template, option')) continue;
      if (!shown(el)) continue;
      textCount++;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 18 - 0.01) smallText.push(`${name(el)}: ${size}px`);
    }
    const smallTargets: string[] = [];
    let targetCount = 0;
    for (const el of document.querySelectorAll<HTMLElement>('a[href], button, select, textarea, summary, input:not([type="hidden"])')) {
      if (!shown(el)) continue;
      // A link inside a sentence is exempt (WCAG 2.5.5 "inline"); a link that is all of its
      // block (navigation, lists of links, a title) is a target.
      if (el.tagName === 'A' && (el.parentElement?.textContent ?? '').trim() !== (el.textContent ?? '').trim()) continue;
      // A checkbox or radio is clicked through its label too (an equivalent target, 2.5.5): the larger counts.
      const boxes = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') ? [el, ...(el.labels ?? [])] : [el];
      const r = boxes.map((b) => b.getBoundingClientRect()).sort((a, b) => b.width * b.height - a.width * a.height)[0]!;
      targetCount++;
      if (r.width < 44 - 0.5 || r.height < 44 - 0.5) smallTargets.push(`${name(el)}: ${r.width.toFixed(1)}×${r.height.toFixed(1)}`);
    }
    return { body: parseFloat(getComputedStyle(document.body).fontSize), smallText, smallTargets, textCount, targetCount };
  });
}

describe('the switch', () => {
  test('every page with the site header has the switch, before the search form', () => {
    const pages = listPages().filter((p) => !/^\/embed\/[^/]+\/$/.test(p.urlPath));
    expect(pages.length).toBeGreaterThan(20);
    for (const p of pages) {
      const html = readFileSync(p.file, 'utf8');
      const header = /<header class="site-header"[\s\S]*?<\/header>/.exec(html)?.[0] ?? '';
      expect(header, p.urlPath).toMatch(/<button type="button" class="care-switch" data-care-switch aria-pressed="false"[^>]*>[\s\S]*关怀模式<\/button>/);
      expect(header.indexOf('data-care-switch')).toBeLessThan(header.indexOf('site-search'));
    }
  });

  test('turns care mode on and off, kept across pages and visits; the CSP allows the script', async () => {
    const o = await open('/');
    try {
      const { page } = o;
      expect(await careOn(page)).toBe(false);
      expect(await pressed(page)).toBe('false');
      await page.getByRole('button', { name: '关怀模式' }).click();
      expect(await careOn(page)).toBe(true);
      expect(await pressed(page)).toBe('true');
      // Another page, same visit: on from the first paint (the attribute is set in <head>).
      await page.goto(pageUrl(base, '/policies/'));
      expect(await careOn(page)).toBe(true);
      expect(await pressed(page)).toBe('true');
      // A later visit (new tab, same browser profile).
      const again = await o.context.newPage();
      await again.goto(pageUrl(base, '/compare/'));
      expect(await careOn(again)).toBe(true);
      const headAttr = await again.evaluate(() => document.documentElement.outerHTML.slice(0, 200));
      expect(headAttr).toMatch(/^<html lang="zh-CN" data-care-js="" data-care="">/);
      // Off again, by keyboard.
      await again.getByRole('button', { name: '关怀模式' }).focus();
      await again.keyboard.press('Enter');
      expect(await careOn(again)).toBe(false);
      await page.reload();
      expect(await careOn(page)).toBe(false);
      expect(await pressed(page)).toBe('false');
      const issues = await o.collectIssues();
      expect(issues.cspViolations).toEqual([]);
      expect(issues.consoleErrors).toEqual([]);
      expect(issues.pageErrors).toEqual([]);
    } finally {
      await o.close();
    }
  });

  test('follows prefers-contrast: more unless the reader chose otherwise', async () => {
    const o = await open('/', { contrast: 'more' });
    try {
      const { page } = o;
      expect(await careOn(page)).toBe(true);
      expect(await pressed(page)).toBe('true');
      await page.getByRole('button', { name: '关怀模式' }).click();
      expect(await careOn(page)).toBe(false);
      await page.reload();
      expect(await careOn(page)).toBe(false); // the choice beats the system setting
      // The system setting changing while the page is open is followed (no choice stored).
      await page.evaluate(() => localStorage.clear());
      await page.emulateMedia({ contrast: 'no-preference' });
      await page.reload();
      expect(await careOn(page)).toBe(false);
      await page.emulateMedia({ contrast: 'more' });
      await expect.poll(() => careOn(page)).toBe(true);
    } finally {
      await o.close();
    }
  });

  test('without JavaScript there is no dead switch', async () => {
    const o = await open('/', { javaScript: false });
    try {
      expect(await o.page.locator('[data-care-switch]').isVisible()).toBe(false);
    } finally {
      await o.close();
    }
  });
});

describe('care mode, measured', () => {
  test('the AAA contrast rule is live (the normal look does not meet 7:1 everywhere)', async () => {
    const o = await open('/', { bypassCSP: true });
    try {
      const results = await runAxeCare(o.page);
      expect(results.violations.map((v) => v.id)).toContain('color-contrast-enhanced');
    } finally {
      await o.close();
    }
  });

  test('the normal look has text under 18 px (so the figures below measure care mode)', async () => {
    const o = await open('/policies/kunming-2025-guideline/');
    try {
      const m = await measure(o.page);
      expect(m.body).toBeLessThan(20);
      expect(m.smallText.length).toBeGreaterThan(0);
    } finally {
      await o.close();
    }
  });

  test.each(SAMPLE)('%s: body ≥ 20 px, no text under 18 px, targets ≥ 44 × 44 px, contrast ≥ 7:1', async (urlPath) => {
    const o = await open(urlPath, { initScript: CARE_ON, bypassCSP: true });
    try {
      const { page } = o;
      await settle(page);
      expect(await careOn(page)).toBe(true);
      const m = await measure(page);
      expect(m.body).toBeGreaterThanOrEqual(20);
      expect(m.textCount).toBeGreaterThan(10);
      expect(m.smallText).toEqual([]);
      expect(m.targetCount).toBeGreaterThan(3);
      expect(m.smallTargets).toEqual([]);
      const axe = await runAxeCare(page);
      expect(axe.violations.map((v) => v.id), formatViolations(axe.violations)).toEqual([]);
    } finally {
      await o.close();
    }
  });

  test.each(['/policies/kunming-2025-guideline/', '/compare/', '/search/?q=%E5%85%AC%E7%A4%BA%E6%9C%9F', '/calculators/payment/'])(
    '%s at 1280 px: one column, nothing sticky, no sideways scrolling',
    async (urlPath) => {
      const o = await open(urlPath, { initScript: CARE_ON });
      try {
        const { page } = o;
        await settle(page);
        const layout = await page.evaluate(() => {
          const main = document.querySelector('main')!;
          const sticky = [...main.querySelectorAll('*')].filter((e) => ['sticky', 'fixed'].includes(getComputedStyle(e).position)).map((e) => e.className || e.tagName);
          // Grid children side by side: two visible children of one grid sharing a row.
          const sideBySide: string[] = [];
          for (const g of main.querySelectorAll('*')) {
            if (!getComputedStyle(g).display.includes('grid') || g.matches('dl')) continue;
            const kids = [...g.children].map((k) => k.getBoundingClientRect()).filter((r) => r.width > 1 && r.height > 1);
            for (let i = 1; i < kids.length; i++) {
              if (kids[i]!.top < kids[i - 1]!.bottom - 1 && kids[i]!.left >= kids[i - 1]!.right - 1) sideBySide.push(g.className);
            }
          }
          return { sticky, sideBySide: [...new Set(sideBySide)], scrollWidth: document.documentElement.scrollWidth };
        });
        expect(layout.sticky).toEqual([]);
        expect(layout.sideBySide).toEqual([]);
        expect(layout.scrollWidth).toBeLessThanOrEqual(1280);
      } finally {
        await o.close();
      }
    },
  );

  test('the keyboard focus ring is at least 4 px, with a dark halo', async () => {
    const o = await open('/', { initScript: CARE_ON });
    try {
      const { page } = o;
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const cs = getComputedStyle(document.activeElement!);
        return { width: parseFloat(cs.outlineWidth), style: cs.outlineStyle, shadow: cs.boxShadow };
      });
      expect(ring.width).toBeGreaterThanOrEqual(4);
      expect(ring.style).toBe('solid');
      expect(ring.shadow).toMatch(/rgb\(0, 0, 0\) 0px 0px 0px [6-9]px/);
    } finally {
      await o.close();
    }
  });
});

describe('widgets', () => {
  test('an embed frame with ?care=1 is in care mode: type, targets, contrast', async () => {
    const o = await open('/embed/subsidy/?care=1', { bypassCSP: true });
    try {
      const { page } = o;
      await expect.poll(() => careOn(page), { timeout: 15_000 }).toBe(true);
      const m = await measure(page);
      expect(m.smallText).toEqual([]);
      expect(m.smallTargets).toEqual([]);
      const axe = await runAxeCare(page);
      expect(axe.violations.map((v) => v.id), formatViolations(axe.violations)).toEqual([]);
    } finally {
      await o.close();
    }
  });

  test('a custom element with the care attribute is in care mode inside its shadow root; care="0" turns it off', async () => {
    const o = await open('/404.html', { bypassCSP: true });
    try {
      const { page } = o;
      await page.evaluate((src) => {
        document.querySelector('main')!.innerHTML = '<xyhf-subsidy-calculator care></xyhf-subsidy-calculator>';
        const s = document.createElement('script');
        s.src = src;
        document.body.append(s);
      }, pageUrl(base, '/widgets/subsidy.js'));
      const state = () =>
        page.evaluate(() => {
          const root = document.querySelector('xyhf-subsidy-calculator')?.shadowRoot?.querySelector<HTMLElement>('.xyhf-root');
          if (!root) return null;
          const label = root.querySelector('label, legend, p')!;
          const button = root.querySelector('button')!;
          return {
            care: root.hasAttribute('data-care'),
            label: parseFloat(getComputedStyle(label).fontSize),
            button: Math.round(button.getBoundingClientRect().height),
          };
        });
      await expect.poll(state, { timeout: 15_000 }).toMatchObject({ care: true });
      const on = (await state())!;
      expect(on.label).toBeGreaterThanOrEqual(18);
      expect(on.button).toBeGreaterThanOrEqual(44);
      await page.evaluate(() => document.querySelector('xyhf-subsidy-calculator')!.setAttribute('care', '0'));
      await expect.poll(state, { timeout: 15_000 }).toMatchObject({ care: false });
      expect((await state())!.label).toBeLessThan(18);
    } finally {
      await o.close();
    }
  });
});
