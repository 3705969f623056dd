// The public origin is a build setting (XYHF_ORIGIN, src/integrations/site-origin.ts). `npm test`
// builds with it given; then no published file may name the placeholder host, and the absolute
// URLs that matter (snippets, manifest, widget scripts, /data/ records) use the given origin.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { builtSiteOrigin, DIST_DIR } from './support/server.ts';
import { DEFAULT_SITE_ORIGIN, SITE_ORIGIN_ENV } from '../../src/integrations/site-origin.ts';

const PLACEHOLDER_HOST = new URL(DEFAULT_SITE_ORIGIN).host;
const origin = builtSiteOrigin();
const read = (p: string) => readFileSync(path.join(DIST_DIR, p), 'utf8');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/** A published file's text: Pagefind's index files are gzip (its own decoder reads them in the browser). */
function textOf(file: string): string {
  const buf = readFileSync(file);
  const gz = buf[0] === 0x1f && buf[1] === 0x8b;
  return (gz ? gunzipSync(buf) : buf).toString('latin1');
}

describe(`the public origin (${SITE_ORIGIN_ENV})`, () => {
  test('dist/ was built with the setting given (npm test does: see package.json)', () => {
    expect(origin, `build with ${SITE_ORIGIN_ENV}=https://… (npm test sets it); this dist/ uses the placeholder`).not.toBe(DEFAULT_SITE_ORIGIN);
  });

  test('no published file names the placeholder host', () => {
    const files = filesUnder(DIST_DIR);
    expect(files.length).toBeGreaterThan(50);
    // Host names are ASCII, so a latin1 reading finds them in any encoding we publish.
    const hits = files.filter((f) => textOf(f).includes(PLACEHOLDER_HOST)).map((f) => path.relative(DIST_DIR, f));
    expect(hits).toEqual([]);
  });

  test('snippets, manifest, widget scripts and open data use the given origin', () => {
    const manifest = JSON.parse(read('widgets.json')) as { hostScript: string; widgets: { iframeUrl: string; scriptUrl: string }[] };
    for (const w of manifest.widgets) {
      expect(w.iframeUrl.startsWith(`${origin}/embed/`)).toBe(true);
      expect(w.scriptUrl.startsWith(`${origin}/widgets/`)).toBe(true);
      // The script's fallback for loading the shared runtime.
      expect(read(`widgets/${path.basename(w.scriptUrl)}`)).toContain(`${origin}/widgets/`);
    }
    // The generator's snippets on /embed/ (escaped in HTML attributes and island props alike).
    expect(read('embed/index.html')).toContain(`${origin}/embed/host.js`);
    const provisions = JSON.parse(read('data/provisions.json')) as { provisions: { url: string }[] };
    expect(provisions.provisions.every((p) => p.url.startsWith(`${origin}/policies/`))).toBe(true);
    const policies = JSON.parse(read('data/policies.json')) as { policies: { url: string }[] };
    expect(policies.policies.every((p) => p.url.startsWith(`${origin}/policies/`))).toBe(true);
    expect((JSON.parse(read('data/schema.json')) as { $id: string }).$id).toBe(`${origin}/data/schema.json`);
    // Calendar UIDs of the payment planner are made unique by the host.
    expect(read('calculators/payment/index.html')).toContain(new URL(origin).hostname);
  });
});
