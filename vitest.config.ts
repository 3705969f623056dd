import { defineConfig } from 'vitest/config';
import { decimalSubsetVite } from './src/integrations/decimal-subset';

// Two projects: `unit` runs on sources alone (no build); `site` runs against the built `dist/`
// in real Chromium and is run by `npm test` after `astro build`.
export default defineConfig({
  test: {
    projects: [
      {
        // decimal.js goes through Vite (not Node's loader) so the tests compute with the subset
        // of it that the site ships (src/integrations/decimal-subset.ts).
        plugins: [decimalSubsetVite()],
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/content/**/*.test.ts'],
          environment: 'node',
          server: { deps: { inline: ['decimal.js'] } },
        },
      },
      {
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          environment: 'node',
          // Serves dist/ on 127.0.0.1 for the whole run; tests get the URL via inject('baseURL').
          globalSetup: ['test/site/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        // Not part of `npm test`: builds a synthetic 400-document corpus first (npm run test:scale).
        test: {
          name: 'scale',
          include: ['test/scale/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/scale/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 3_600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
