import { defineConfig } from 'vitest/config';
import { decimalSubsetVite } from './src/integrations/decimal-subset.ts';
import { WAIT_MS } from './test/site/support/timeouts.ts';

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
          // A timeout only catches a hang: no test asserts speed (benchmarks do), and a heavy
          // check belongs in `npm run typecheck`, not here. Generous: on a 2-core machine shared
          // by many jobs (load average 30+), reading the dataset alone has taken 7 s.
          testTimeout: 120_000,
          hookTimeout: 180_000,
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
          // expect.poll waits 1 s by default: too short for a page to hydrate on a loaded machine.
          expect: { poll: { timeout: WAIT_MS } },
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
