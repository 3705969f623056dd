/**
 * Builds the custom-element scripts (`/widgets/<id>.js`) and the iframe host script
 * (`/embed/host.js`) with esbuild after Astro has written `dist/`.
 *
 * Each element script is a classic script (IIFE) holding the widget's code, its data (Astro's
 * `/widgets/<id>.data.json`, inlined without the UI strings the script never looks up — see
 * widget-strings.ts — then removed from dist) and its shadow-root CSS. The libraries every widget
 * uses (Preact, the decimal.js subset of decimal-subset.ts) are in one
 * shared `/widgets/runtime.<hash>.js` that the element script loads itself, once per page
 * (widget-runtime.ts). Why not ES modules with shared chunks and a fetched data file: a host page
 * loads them cross-origin, and module scripts and fetch() are CORS requests, so every static host
 * of this site would need `Access-Control-Allow-Origin` configured; classic scripts need nothing,
 * and the host's CSP needs no `connect-src` for us.
 *
 * Each widget also gets its iframe page's script (`/widgets/<id>.frame.js`: the same widget with
 * its own copy of the libraries, run by `/embed/<id>/`), and each element script starts with the
 * iframe fallback for browsers that cannot run the element (src/widgets/runtime/fallback.ts).
 *
 * Browser floor: every script is compiled to ES2018 for Chromium 69 (`BROWSER_FLOOR`; the core
 * of domestic browsers still on government desktops) and parsed at that language level before it
 * is written (`assertEcmaLevel`), so a construct esbuild cannot lower fails the build.
 *
 * The sizes go to `.astro/widget-bundles.json` (read by scripts/bench-widgets.mjs and the budget
 * test) and each bundle's esbuild metafile beside it (per-input bytes, for esbuild's analyzer).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { build, transform, type Metafile, type Plugin } from 'esbuild';
import { parse } from 'acorn';
import { NOT_IN_WIDGETS, toShadowCss } from '../lib/widgets/shadow-css';
import { THEME_PARAMS } from '../lib/widgets/theme';
import { decimalSubsetEsbuild } from './decimal-subset';
import { pruneWidgetStrings } from './widget-strings';
import { buildSelfHostPackage, PACKAGE_PATH } from './self-host-package';
import { fallbackFile, fallbackKey, RUNTIME_KEY_PLACEHOLDER, runtimeEntrySource, runtimeFile, runtimeKey, sharedModulesFromRuntime, SUPPORTED_LOCAL, toAscii, wrapWithRuntimeLoader } from './widget-runtime';

const SRC = fileURLToPath(new URL('../', import.meta.url));
/** Where the bundle composition is recorded for `scripts/bench-widgets.mjs` (not deployed). */
export const BUNDLE_REPORT = fileURLToPath(new URL('../../.astro/widget-bundles.json', import.meta.url));

/** The language level and engine every shipped widget script is compiled for (stated on /embed/). */
export const BROWSER_FLOOR = { ecmaVersion: 2018, esbuildTarget: ['es2018', 'chrome69'] } as const;

/**
 * Throws unless `code` parses as a classic script at `BROWSER_FLOOR.ecmaVersion` (acorn), naming
 * the file and the place: a construct newer than the floor in a shipped widget script.
 */
export function assertEcmaLevel(code: string, file: string): void {
  try {
    parse(code, { ecmaVersion: BROWSER_FLOOR.ecmaVersion, sourceType: 'script' });
  } catch (e) {
    const pos = (e as { pos?: number }).pos ?? 0;
    throw new Error(`${file} is not ES${BROWSER_FLOOR.ecmaVersion}: ${(e as Error).message} near ${JSON.stringify(code.slice(Math.max(0, pos - 40), pos + 40))}`);
  }
}

/** Bytes of minified output per part of a widget bundle (before gzip). */
export type BundleParts = Record<string, number>;

export interface BundleReport {
  parts: BundleParts;
  /** gzip -9 bytes of the widget's own script as served (without the shared runtime). */
  gzip: number;
  /** gzip -9 bytes of the same script with an empty payload: our code and CSS. */
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
export interface RuntimeReport {
  /** File name under /widgets/. */
  file: string;
  gzip: number;
  parts: BundleParts;
}

export interface WidgetBundlesReport {
  runtime: RuntimeReport;
  widgets: Record<string, BundleReport>;
}

// Banners are ASCII like the rest of each script (esbuild escapes the code's non-ASCII), so a
// GBK-encoded host page reads the scripts right whatever charset it assumes.
const NAME = 'Xianyong Houfu Zhengcetong (xyhf)';
const RUNTIME_BANNER = `/*! ${NAME} widget runtime | MIT License | bundles Preact (MIT), decimal.js (MIT) */`;
const LICENSE_BANNER = `/*! ${NAME} widget | MIT License | loads the shared runtime (Preact, decimal.js; MIT) */`;
const FALLBACK_BANNER = `/*! ${NAME} widget iframe fallback for older browsers | MIT License */`;
const FRAME_BANNER = `/*! ${NAME} iframe page script | MIT License | bundles Preact (MIT), decimal.js (MIT) */`;
const HOST_BANNER = `/*! ${NAME} /embed/host.js - iframe auto-resize, protocol v1 | MIT License */`;

/**
 * Shadow-root CSS as shipped: minified (whitespace and comments count against each widget's
 * 35 KB gzip budget; the readable source stays in src/styles). No syntax lowering.
 */
async function minifyCss(css: string): Promise<string> {
  return (await transform(css, { loader: 'css', minify: true })).code;
}

/** The shadow-root stylesheet: base, then the site's global CSS adapted, then the widget CSS. */
export async function shadowStylesheet(): Promise<string> {
  const read = (p: string) => readFile(path.join(SRC, p), 'utf8');
  return minifyCss(
    [
      await read('widgets/styles/shadow.css'),
      toShadowCss(await read('styles/global.css'), NOT_IN_WIDGETS),
      toShadowCss(await read('widgets/styles/widget.css')),
    ].join('\n'),
  );
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
        contents: await minifyCss(toShadowCss(await readFile(args.path, 'utf8'))),
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

export async function bundleWidgets(distDir: string, site: URL, logger?: AstroIntegrationLogger): Promise<string[]> {
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
    target: [...BROWSER_FLOOR.esbuildTarget],
    jsx: 'automatic' as const,
    jsxImportSource: 'preact',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none' as const,
    logLevel: 'silent' as const,
  };
  const gz = (b: Uint8Array | string) => gzipSync(b, { level: 9 }).length;
  await mkdir(path.dirname(BUNDLE_REPORT), { recursive: true });

  // The shared runtime: built with a placeholder global name, named after its content hash.
  const rt = await build({
    ...common,
    metafile: true,
    write: false,
    stdin: { contents: runtimeEntrySource(RUNTIME_KEY_PLACEHOLDER), resolveDir: SRC, sourcefile: 'widget-runtime-entry.js', loader: 'js' },
    outfile: path.join(widgetsDir, 'runtime.js'),
    banner: { js: RUNTIME_BANNER },
    plugins: [decimalSubsetEsbuild()],
  });
  const rtText = rt.outputFiles[0]!.text;
  const hash = createHash('sha256').update(rtText).digest('hex').slice(0, 10);
  const key = runtimeKey(hash);
  const file = runtimeFile(hash);
  const runtimeCode = toAscii(rtText.replaceAll(RUNTIME_KEY_PLACEHOLDER, key));
  await mkdir(widgetsDir, { recursive: true });
  assertEcmaLevel(runtimeCode, file);
  await writeFile(path.join(widgetsDir, file), runtimeCode);
  const runtime: RuntimeReport = { file, gzip: gz(runtimeCode), parts: bundleParts(rt.metafile) };

  const widgets: Record<string, BundleReport> = {};
  const shared = sharedModulesFromRuntime(key);
  const manifest = JSON.parse(await readFile(path.join(distDir, 'widgets.json'), 'utf8')) as WidgetsJson;
  const fb = await fallbackScript(common);
  assertEcmaLevel(fb.code, fb.file);
  await writeFile(path.join(widgetsDir, fb.file), fb.code);
  const check = await supportCheck(common);
  for (const id of ids) {
    const fallback = { check, key: fb.key, file: fb.file, info: fallbackInfo(manifest, id) };
    // The loader and the support check around the bundle are minified with it (the banner stays).
    const wrap = async (bundle: string) =>
      toAscii(
        (
          await transform(wrapWithRuntimeLoader(bundle, { key, file, fallbackBase: new URL('/widgets/', site).href, scriptFile: `${id}.js`, banner: LICENSE_BANNER, fallback }), {
            minify: true,
            target: [...BROWSER_FLOOR.esbuildTarget],
            legalComments: 'inline',
          })
        ).code,
      );
    const entry = path.join(SRC, 'widgets', id, 'element.ts');
    if (!(await exists(entry))) throw new Error(`widget ${id}: no element entry at ${entry}`);
    const bundle = (payload: unknown, metafile: boolean) =>
      build({ ...common, metafile, write: false, entryPoints: [entry], outfile: path.join(widgetsDir, `${id}.js`), plugins: [virtualModules(css, payload), shared] });
    // The code alone first: its weight is reported, and it says which UI strings the payload needs.
    const codeOnly = await wrap((await bundle(null, false)).outputFiles[0]!.text);
    const dataFile = path.join(widgetsDir, `${id}.data.json`);
    // The frame script runs the same widget code; its code alone is checked for keys too.
    const frameCodeOnly = await frameBundle(common, css, id, null);
    const { payload, removed } = pruneWidgetStrings(JSON.parse(await readFile(dataFile, 'utf8')) as unknown, `${codeOnly}\n${frameCodeOnly}`);
    const result = await bundle(payload, true);
    if (!result.metafile) throw new Error(`widget ${id}: esbuild returned no metafile`);
    const script = await wrap(result.outputFiles[0]!.text);
    assertEcmaLevel(script, `${id}.js`);
    await writeFile(path.join(widgetsDir, `${id}.js`), script);
    const frameScript = await frameBundle(common, css, id, payload);
    assertEcmaLevel(frameScript, `${id}.frame.js`);
    await writeFile(path.join(widgetsDir, `${id}.frame.js`), frameScript);
    await writeFile(BUNDLE_REPORT.replace(/\.json$/, `.${id}.meta.json`), JSON.stringify(result.metafile));
    widgets[id] = { parts: bundleParts(result.metafile), gzip: gz(script), codeGzip: gz(codeOnly), stringsRemoved: removed };
    if (!process.env.XYHF_KEEP_WIDGET_PAYLOADS) await rm(dataFile);
  }
  await writeFile(BUNDLE_REPORT, JSON.stringify({ runtime, widgets } satisfies WidgetBundlesReport, null, 2));
  const host = await build({
    ...common,
    write: false,
    entryPoints: [path.join(SRC, 'widgets', 'host', 'host.ts')],
    outfile: path.join(distDir, 'embed', 'host.js'),
    banner: { js: HOST_BANNER },
  });
  const hostCode = host.outputFiles[0]!.text;
  assertEcmaLevel(hostCode, 'host.js');
  await mkdir(path.join(distDir, 'embed'), { recursive: true });
  await writeFile(path.join(distDir, 'embed', 'host.js'), hostCode);
  logger?.info(`widget scripts: ${ids.map((id) => `/widgets/${id}.js`).join(', ') || '(none)'} (shared /widgets/${file}); /embed/host.js`);
  return ids;
}

/** What the fallback needs of a manifest entry (`/widgets.json`). */
interface ManifestWidget {
  id: string;
  element: string;
  iframeTitle: string;
  inputs: { name: string }[];
}

interface WidgetsJson {
  datasetVersion: string;
  widgets: ManifestWidget[];
}

type CommonOptions = Record<string, unknown>;

/** What the fallback needs of one widget (src/widgets/runtime/fallback.ts `FallbackWidget`). */
function fallbackInfo(manifest: WidgetsJson, id: string) {
  const w = manifest.widgets.find((x) => x.id === id);
  if (!w) throw new Error(`widget ${id}: not in /widgets.json`);
  return {
    id,
    element: w.element,
    iframeTitle: w.iframeTitle,
    params: [...w.inputs.map((i) => i.name), ...Object.values(THEME_PARAMS)],
    datasetVersion: manifest.datasetVersion,
    height: 600,
  };
}

/**
 * The shared iframe fallback (`/widgets/fallback.<hash>.js`, src/widgets/runtime/fallback.ts):
 * sets a global named after its content to `(elementScriptUrl, info) => …`. Only a browser that
 * cannot run the element fetches it, so modern browsers do not pay for it in every element script.
 */
async function fallbackScript(common: CommonOptions): Promise<{ code: string; key: string; file: string }> {
  const out = await build({
    ...common,
    write: false,
    banner: { js: FALLBACK_BANNER },
    stdin: {
      contents: `import { iframeFallback } from './widgets/runtime/fallback';\nself[${JSON.stringify(RUNTIME_KEY_PLACEHOLDER)}] = (src, info) => iframeFallback(src, info);\n`,
      resolveDir: SRC,
      sourcefile: 'widget-fallback-entry.js',
      loader: 'js',
    },
  });
  const text = out.outputFiles[0]!.text;
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 10);
  return { code: toAscii(text.replaceAll(RUNTIME_KEY_PLACEHOLDER, fallbackKey(hash))), key: fallbackKey(hash), file: fallbackFile(hash) };
}

/** `elementsSupported()` (src/widgets/runtime/legacy.ts) as a script assigning the loader's `SUPPORTED_LOCAL`. */
async function supportCheck(common: CommonOptions): Promise<string> {
  const out = await build({
    ...common,
    write: false,
    stdin: {
      contents: `import { elementsSupported } from './widgets/runtime/legacy';\n${SUPPORTED_LOCAL} = elementsSupported();\n`,
      resolveDir: SRC,
      sourcefile: 'widget-support-check.js',
      loader: 'js',
    },
  });
  return out.outputFiles[0]!.text;
}

/**
 * `/widgets/<id>.frame.js`, the script of the iframe page /embed/<id>/: the built-ins an old
 * browser lacks filled in first (this is our own document), then the widget's Frame component
 * with its payload inlined, Preact and the decimal.js subset bundled in.
 */
async function frameBundle(common: CommonOptions, css: string, id: string, payload: unknown): Promise<string> {
  const out = await build({
    ...common,
    write: false,
    banner: { js: FRAME_BANNER },
    stdin: {
      contents: [
        `import './widgets/runtime/fill-builtins';`,
        `import payload from 'xyhf:widget-payload/${id}';`,
        `import Frame from './widgets/${id}/Frame';`,
        `import { mountFrame } from './widgets/runtime/frame';`,
        `mountFrame(payload, Frame);`,
      ].join('\n'),
      resolveDir: SRC,
      sourcefile: `${id}-frame-entry.js`,
      loader: 'js',
    },
    plugins: [virtualModules(css, payload), decimalSubsetEsbuild()],
  });
  return toAscii(out.outputFiles[0]!.text);
}

export default function widgetBundles(): AstroIntegration {
  let site: URL;
  return {
    name: 'xyhf:widget-bundles',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('widget bundles: astro.config site is required (absolute URLs in the scripts)');
        site = new URL(config.site);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const ids = await bundleWidgets(dist, site, logger);
        // The shared scripts beside the element scripts: the runtime and the iframe fallback.
        const shared = (await readdir(path.join(dist, 'widgets'))).filter((f) => /^(?:runtime|fallback)\.[0-9a-f]+\.js$/.test(f));
        if (shared.length !== 2) throw new Error(`widget bundles: expected the runtime and the fallback script, found ${shared.join(', ') || 'none'}`);
        const bytes = await buildSelfHostPackage(dist, site, ids, shared);
        logger.info(`self-host package: ${PACKAGE_PATH} (${Math.round(bytes / 1024)} KB)`);
      },
    },
  };
}
