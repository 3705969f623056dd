// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import citationCheck from './src/integrations/citation-check.ts';
import guideCheck from './src/integrations/guide-check.ts';
import islandHtml from './src/integrations/island-html.ts';

// Every page carries a strict CSP: Astro hashes the scripts and styles it emits; nothing else may
// load, and no page may be framed by another origin except the embed pages (issue 7 relaxes
// frame-ancestors for /embed/ only, by its own meta tag policy).
export default defineConfig({
  site: 'https://xyhf.example.cn',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), preact(), citationCheck(), guideCheck(), islandHtml()],
  devToolbar: { enabled: false },
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
