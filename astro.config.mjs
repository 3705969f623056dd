// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import citationCheck from './src/integrations/citation-check.ts';
import widgetBundles from './src/integrations/widget-bundles.ts';
import guideCheck from './src/integrations/guide-check.ts';
import islandHtml from './src/integrations/island-html.ts';
import pagefind from './src/integrations/pagefind.ts';
import { decimalSubsetVite } from './src/integrations/decimal-subset.ts';
import { siteOrigin } from './src/integrations/site-origin.ts';
import { fflateMainThreadVite } from './src/integrations/fflate-main-thread.ts';

// Every page carries a strict CSP: Astro hashes the scripts and styles it emits; nothing else may
// load. `frame-ancestors` cannot be set by a <meta> policy (browsers ignore it there), so framing
// is governed by the server's headers: the /embed/ pages must stay frameable by any host (see
// /embed/ for the header a server may send for every other path).
export default defineConfig({
  // The public origin: XYHF_ORIGIN=https://… at build time (README; src/integrations/site-origin.ts).
  site: siteOrigin(),
  // The scale benchmark builds a synthetic corpus (XYHF_CONTENT_DIR, see src/data/paths.ts) into a
  // folder of its own, with its own cache, so it never overwrites dist/ or the real build's cache.
  ...(process.env.XYHF_OUT_DIR ? { outDir: process.env.XYHF_OUT_DIR } : {}),
  ...(process.env.XYHF_CACHE_DIR ? { cacheDir: process.env.XYHF_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // pagefind() last: it indexes the HTML as the other build:done hooks leave it.
  integrations: [mdx(), preact(), citationCheck(), guideCheck(), islandHtml(), widgetBundles(), pagefind()],
  devToolbar: { enabled: false },
  // No page shows code; Shiki's inline styles would also break the CSP (Astro warns at every build).
  markdown: { syntaxHighlight: false },
  // Only the decimal.js methods the site calls are shipped (see the module for why and how).
  // fflate (the .xlsx writers and readers) zips on the main thread: its blob: workers are what
  // the CSP below forbids (see the module).
  vite: {
    plugins: [decimalSubsetVite(), fflateMainThreadVite()],
    build: {
      rollupOptions: {
        // Astro's own MDX propagation marker trips a bundler warning on every policy page
        // (withastro/astro#18087, harmless); every other warning still shows.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
