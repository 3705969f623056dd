/**
 * fflate on the main thread: every browser import of `fflate` gets a module whose callback API
 * (`zip`, `unzip`, `deflate`, `inflate`, `gzip`, …) runs the synchronous codec instead of a Worker.
 *
 * Why: fflate's callback functions hand any large enough file (a zip entry over ~160 KB to
 * compress, over 512 KB to inflate) to a Web Worker built from a `blob:` URL. Our CSP
 * (`default-src 'self'`, no `worker-src`) forbids that worker, Chromium never starts it, and the
 * callback is never called: the .xlsx export of a 5,000-row portfolio waited for ever, and so
 * would reading a large .xlsx (read-excel-file calls `unzip`) or any comparison workbook past the
 * threshold (excel-builder-vanilla calls `zip`). Allowing `blob:` workers would loosen the policy
 * for every page to spare one library's thread; the work is a few hundred milliseconds at the
 * largest file we accept, so it runs here, after a macrotask (the page can paint "正在导出…"
 * first), with the same options and the same bytes out.
 *
 * fflate's `Async*` stream classes are worker-only and have no one-to-one synchronous form, so
 * the module leaves them out: a library that imports one fails the build with Rollup's "is not
 * exported" error naming it, instead of hanging in a reader's browser.
 *
 * Guarded by `test/unit/integrations/fflate-main-thread.test.ts` (the names, the bytes, no Worker)
 * and `test/site/workers.test.ts` (no shipped script can start a worker the CSP forbids).
 */
import path from 'node:path';
import * as fflate from 'fflate';

/** The callback functions replaced, each with the synchronous function that does its work. */
export const FFLATE_MAIN_THREAD: Readonly<Record<string, string>> = {
  zip: 'zipSync',
  unzip: 'unzipSync',
  deflate: 'deflateSync',
  inflate: 'inflateSync',
  gzip: 'gzipSync',
  compress: 'gzipSync',
  gunzip: 'gunzipSync',
  zlib: 'zlibSync',
  unzlib: 'unzlibSync',
  decompress: 'decompressSync',
};

/** Functions whose async options say `size` where the synchronous ones take an `out` buffer. */
const SIZED = new Set(['inflate', 'gunzip', 'unzlib', 'decompress']);

/** True for fflate's worker-backed stream classes (`AsyncZipDeflate`, `AsyncGzip`, …). */
export const isWorkerClass = (name: string): boolean => /^Async[A-Z]/.test(name);

const VIRTUAL = '\0xyhf:fflate-main-thread:';

/**
 * The module served for `fflate`. `real` is the specifier of fflate's own browser build (an
 * absolute path in the build, so this module's own import of it is not redirected again).
 */
export function mainThreadModule(real: string, names: readonly string[] = Object.keys(fflate)): string {
  const spec = JSON.stringify(real);
  const kept = names.filter((n) => !(n in FFLATE_MAIN_THREAD) && !isWorkerClass(n) && n !== 'default');
  const syncs = [...new Set(Object.values(FFLATE_MAIN_THREAD))];
  const lines = [
    `export { ${kept.join(', ')} } from ${spec};`,
    `import { ${syncs.map((s) => `${s} as __${s}`).join(', ')} } from ${spec};`,
    // fflate's own message for a missing callback is error code 7 ("no callback").
    `function __later(run, data, opts, cb, sized) {`,
    `  if (typeof opts === 'function') { cb = opts; opts = {}; }`,
    `  if (typeof cb !== 'function') throw new Error('no callback');`,
    `  const o = sized && opts && opts.size ? Object.assign({}, opts, { out: new Uint8Array(opts.size) }) : opts;`,
    `  const timer = setTimeout(() => {`,
    `    let out;`,
    `    try { out = run(data, o); } catch (e) { cb(e, null); return; }`,
    `    cb(null, out);`,
    `  });`,
    `  return () => clearTimeout(timer);`,
    `}`,
  ];
  for (const [name, sync] of Object.entries(FFLATE_MAIN_THREAD)) {
    if (!names.includes(name)) continue;
    lines.push(`export function ${name}(data, opts, cb) { return __later(__${sync}, data, opts, cb, ${SIZED.has(name)}); }`);
  }
  return lines.join('\n') + '\n';
}

/**
 * Vite plugin (Astro build): serves {@link mainThreadModule} for every import of `fflate`. The
 * virtual id carries the real module's path, as the client and server builds resolve fflate to
 * different files (browser.js, index.mjs) with the same exports.
 */
export function fflateMainThreadVite() {
  return {
    name: 'xyhf:fflate-main-thread',
    enforce: 'pre' as const,
    async resolveId(
      this: { resolve: (id: string, importer?: string, o?: { skipSelf?: boolean }) => Promise<{ id: string; external?: boolean | 'absolute' | 'relative' } | null> },
      id: string,
      importer?: string,
    ) {
      if (id !== 'fflate' || importer?.startsWith(VIRTUAL)) return null;
      const real = await this.resolve('fflate', importer, { skipSelf: true });
      if (!real) throw new Error('fflate-main-thread: cannot resolve fflate');
      // Left to Node when the server build keeps fflate external (a build-time module such as
      // src/integrations/self-host-package.ts imported by a page): no browser runs it, and the
      // module's own `from "fflate"` would otherwise resolve back to itself.
      if (real.external || !path.isAbsolute(real.id)) return null;
      return VIRTUAL + real.id;
    },
    load(id: string) {
      return id.startsWith(VIRTUAL) ? mainThreadModule(id.slice(VIRTUAL.length)) : null;
    },
  };
}
