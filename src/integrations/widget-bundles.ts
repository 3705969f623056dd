/**
 * Builds the custom-element scripts (`/widgets/<id>.js`) and the iframe host script
 * (`/embed/host.js`) with esbuild after Astro has written `dist/`.
 *
 * Each element script is ONE self-contained classic script (IIFE): Preact, the subset of
 * decimal.js we call (decimal-subset.ts), the widget's data (Astro's `/widgets/<id>.data.json`,
 * inlined without the UI strings the script never looks up (widget-strings.ts), then removed
 * from dist) and its shadow-root CSS. Why not ES modules with shared chunks and a fetched data
 * file: a host page loads them cross-origin, and module scripts and fetch() are CORS requests, so
 * every static host of this site would need `Access-Control-Allow-Origin` configured; a classic
 * script needs nothing, and the host's CSP needs no `connect-src` for us. The cost is that two
 * widgets on one page each carry their own Preact and decimal.js (the budget is per widget).
 */
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { build, type Metafile, type Plugin } from 'esbuild';
import { toShadowCss } from '../lib/widgets/shadow-css';
import { decimalSubsetEsbuild } from './decimal-subset';
import { pruneWidgetStrings } from './widget-strings';

const SRC = fileURLToPath(new URL('../', import.meta.url));
/** Where the bundle composition is recorded for `scripts/bench-widgets.mjs` (not deployed). */
export const BUNDLE_REPORT = fileURLToPath(new URL('../../.astro/widget-bundles.json', import.meta.url));

/** Bytes of minified output per part of a widget bundle (before gzip). */
export type BundleParts = Record<string, number>;

export interface BundleReport {
  parts: BundleParts;
  /** gzip -9 bytes of the whole script as served. */
  gzip: number;
  /** gzip -9 bytes of the same script with an empty payload: the code (Preact, decimal.js, ours, CSS). */
  codeGzip: number;
  /** UI strings left out of the payload because the script never looks them up. */
  stringsRemoved: number;
}

/** Groups esbuild's per-input output bytes into the parts worth reporting. */
export function bundleParts(meta: Metafile): BundleParts {
  const parts: BundleParts = {};
  for (const out of Object.values(meta.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(out.inputs)) {
      const part = /node_modules\/([^/]+)/.exec(input)?.[1] ??
        (input === 'xyhf:payload' ? 'data (inlined payload)' :
          input.startsWith('xyhf') || input.endsWith('.css') ? 'css (shadow stylesheet)' :
            /src\/(lib|islands|widgets|data)\//.exec(input)?.[0].replace(/\/$/, '') ?? 'other');
      parts[part] = (parts[part] ?? 0) + bytesInOutput;
    }
  }
  return parts;
}
const LICENSE_BANNER =
  '/*! 先用后付政策通 widget | MIT License | bundles Preact (MIT), preact-custom-element (MIT), decimal.js (MIT) */';
const HOST_BANNER = '/*! 先用后付政策通 /embed/host.js — iframe auto-resize, protocol v1 | MIT License */';

/** The shadow-root stylesheet: base, then the site's global CSS adapted, then the widget CSS. */
export async function shadowStylesheet(): Promise<string> {
  const read = (p: string) => readFile(path.join(SRC, p), 'utf8');
  return [
    await read('widgets/styles/shadow.css'),
    toShadowCss(await read('styles/global.css')),
    toShadowCss(await read('widgets/styles/widget.css')),
  ].join('\n');
}

/** `payload`: the widget's data as inlined (null: an empty object, to weigh the code alone). */
function virtualModules(css: string, payload: unknown): Plugin {
  return {
    name: 'xyhf-widget-virtual',
    setup(b) {
      b.onResolve({ filter: /^xyhf:widget-payload\// }, () => ({ path: 'payload', namespace: 'xyhf' }));
      b.onLoad({ filter: /^payload$/, namespace: 'xyhf' }, () => ({ contents: JSON.stringify(payload ?? {}), loader: 'json' }));
      b.onResolve({ filter: /^xyhf:widget-css$/ }, () => ({ path: 'widget-css', namespace: 'xyhf' }));
      b.onLoad({ filter: /^widget-css$/, namespace: 'xyhf' }, () => ({ contents: css, loader: 'text' }));
      // `import css from './x.css?shadow'` in an element entry: the file's text, adapted for a
      // shadow root (see toShadowCss), appended by the entry to the base stylesheet.
      b.onResolve({ filter: /\.css\?shadow$/ }, (args) => ({
        path: path.resolve(args.resolveDir, args.path.slice(0, -'?shadow'.length)),
        namespace: 'xyhf-shadow-css',
      }));
      b.onLoad({ filter: /.*/, namespace: 'xyhf-shadow-css' }, async (args) => ({
        contents: toShadowCss(await readFile(args.path, 'utf8')),
        loader: 'text',
        watchFiles: [args.path],
      }));
      // Any other CSS import would be dropped from the shadow root silently: refuse it.
      b.onLoad({ filter: /\.css$/ }, (args) => ({
        errors: [{ text: `CSS import in a widget bundle (${path.relative(SRC, args.path)}): import it with ?shadow in the element entry` }],
      }));
    },
  };
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

export async function bundleWidgets(distDir: string, logger?: AstroIntegrationLogger): Promise<string[]> {
  const widgetsDir = path.join(distDir, 'widgets');
  const ids = (await exists(widgetsDir) ? await readdir(widgetsDir) : [])
    .filter((f) => f.endsWith('.data.json'))
    .map((f) => f.slice(0, -'.data.json'.length))
    .sort();
  const css = await shadowStylesheet();
  const common = {
    bundle: true,
    minify: true,
    format: 'iife' as const,
    target: ['es2020', 'chrome90', 'firefox90', 'safari15'],
    jsx: 'automatic' as const,
    jsxImportSource: 'preact',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none' as const,
    logLevel: 'silent' as const,
  };
  const report: Record<string, BundleReport> = {};
  for (const id of ids) {
    const entry = path.join(SRC, 'widgets', id, 'element.ts');
    if (!(await exists(entry))) throw new Error(`widget ${id}: no element entry at ${entry}`);
    // The code alone first: its weight is reported, and it says which UI strings the payload needs.
    const codeOnly = await build({
      ...common,
      entryPoints: [entry],
      write: false,
      outfile: path.join(widgetsDir, `${id}.js`),
      banner: { js: LICENSE_BANNER },
      plugins: [virtualModules(css, null), decimalSubsetEsbuild()],
    });
    const code = codeOnly.outputFiles[0]!;
    const dataFile = path.join(widgetsDir, `${id}.data.json`);
    const { payload, removed } = pruneWidgetStrings(JSON.parse(await readFile(dataFile, 'utf8')) as unknown, code.text);
    const result = await build({
      metafile: true,
      ...common,
      entryPoints: [entry],
      outfile: path.join(widgetsDir, `${id}.js`),
      banner: { js: LICENSE_BANNER },
      plugins: [virtualModules(css, payload), decimalSubsetEsbuild()],
    });
    await mkdir(path.dirname(BUNDLE_REPORT), { recursive: true });
    await writeFile(BUNDLE_REPORT.replace(/\.json$/, `.${id}.meta.json`), JSON.stringify(result.metafile));
    report[id] = {
      parts: bundleParts(result.metafile),
      gzip: gzipSync(await readFile(path.join(widgetsDir, `${id}.js`)), { level: 9 }).length,
      codeGzip: gzipSync(code.contents, { level: 9 }).length,
      stringsRemoved: removed,
    };
    if (!process.env.XYHF_KEEP_WIDGET_PAYLOADS) await rm(path.join(widgetsDir, `${id}.data.json`));
  }
  await mkdir(path.dirname(BUNDLE_REPORT), { recursive: true });
  await writeFile(BUNDLE_REPORT, JSON.stringify(report, null, 2));
  await build({
    ...common,
    entryPoints: [path.join(SRC, 'widgets', 'host', 'host.ts')],
    outfile: path.join(distDir, 'embed', 'host.js'),
    banner: { js: HOST_BANNER },
  });
  logger?.info(`widget scripts: ${ids.map((id) => `/widgets/${id}.js`).join(', ') || '(none)'}; /embed/host.js`);
  return ids;
}

export default function widgetBundles(): AstroIntegration {
  return {
    name: 'xyhf:widget-bundles',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await bundleWidgets(fileURLToPath(dir), logger);
      },
    },
  };
}
