// fflate on the main thread (src/integrations/fflate-main-thread.ts): the module served for
// `fflate` keeps every export but the worker classes, and its callback functions give the bytes
// the synchronous ones give, without constructing a Worker, above the sizes where fflate itself
// would start one (a zip entry over 160 KB, an inflate over 512 KB).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as real from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FFLATE_MAIN_THREAD, fflateMainThreadVite, isWorkerClass, mainThreadModule } from '../../../src/integrations/fflate-main-thread';

const ROOT = path.resolve(__dirname, '../../..');
const BROWSER_BUILD = path.join(ROOT, 'node_modules/fflate/esm/browser.js');
type Shim = typeof real;
let shim: Shim;
let browser: Shim;
let dir: string;
const workers: unknown[] = [];
const g = globalThis as { Worker?: unknown };
const savedWorker = g.Worker;

beforeAll(async () => {
  // The browser build decides to use a worker by size alone and calls `new Worker(blob:…)`: a
  // recording stub stands in for the browser's constructor.
  g.Worker = class {
    constructor(url: unknown) {
      workers.push(url);
    }
    postMessage() {}
    terminate() {}
  };
  browser = (await import(pathToFileURL(BROWSER_BUILD).href)) as Shim;
  dir = mkdtempSync(path.join(ROOT, 'node_modules', '.fflate-mt-'));
  const file = path.join(dir, 'fflate.mjs');
  writeFileSync(file, mainThreadModule(BROWSER_BUILD));
  shim = (await import(pathToFileURL(file).href)) as Shim;
});
afterAll(() => {
  g.Worker = savedWorker;
  rmSync(dir, { recursive: true, force: true });
});

/** A sheet-like XML body of `n` rows: compressible, as an .xlsx worksheet is. */
const xml = (n: number) => real.strToU8(Array.from({ length: n }, (_, i) => `<row r="${i + 1}"><c t="inlineStr"><is><t>成果${i}</t></is></c></row>`).join(''));
const call = <T>(f: (cb: (e: Error | null, d: T) => void) => unknown) =>
  new Promise<T>((resolve, reject) => void f((e, d) => (e ? reject(e) : resolve(d))));

describe('fflate on the main thread', () => {
  test('every export but the Async* worker classes, with the callback functions replaced', () => {
    const names = Object.keys(real);
    const expected = names.filter((n) => !isWorkerClass(n)).sort();
    expect(Object.keys(shim).sort()).toEqual(expected);
    // The worker classes really are the ones left out (a library importing one fails the build).
    expect(names.filter(isWorkerClass)).toEqual(expect.arrayContaining(['AsyncZipDeflate', 'AsyncGzip', 'AsyncUnzipInflate']));
    for (const [name, sync] of Object.entries(FFLATE_MAIN_THREAD)) {
      expect(String(shim[name as keyof Shim]), name).toContain(`__later(__${sync},`);
      expect(String(shim[sync as keyof Shim]), sync).toMatch(new RegExp(`^function ${sync}\\(`));
    }
  });

  test('zip and unzip of a 10,000-row sheet: same entries, no Worker', async () => {
    const sheet = xml(10_000);
    expect(sheet.length).toBeGreaterThan(512 * 1024); // past both of fflate's worker thresholds
    const files = { 'xl/worksheets/sheet1.xml': sheet, '[Content_Types].xml': real.strToU8('<Types/>') };
    const zipped = await call<Uint8Array>((cb) => shim.zip(files, cb));
    const zippedWithOpts = await call<Uint8Array>((cb) => shim.zip(files, { level: 6 }, cb));
    expect(real.unzipSync(zipped)['xl/worksheets/sheet1.xml']).toEqual(sheet);
    expect(real.unzipSync(zippedWithOpts)['xl/worksheets/sheet1.xml']).toEqual(sheet);
    const back = await call<real.Unzipped>((cb) => shim.unzip(zipped, { filter: (f) => f.name.endsWith('.xml') }, cb));
    expect(Object.keys(back).sort()).toEqual(['[Content_Types].xml', 'xl/worksheets/sheet1.xml']);
    expect(back['xl/worksheets/sheet1.xml']).toEqual(sheet);
    expect(workers).toEqual([]);
  });

  test('the same fflate functions in the browser build do start a Worker (what the CSP blocks)', () => {
    // The control: without the module, fflate's own zip() hands the big entry to `new Worker`.
    browser.zip({ 'sheet1.xml': xml(10_000) }, () => {});
    expect(workers.length).toBe(1);
    workers.length = 0;
  });

  test.each([
    // [async, sync for the reverse]: the output decodes to the input.
    ['deflate', 'inflateSync'],
    ['gzip', 'gunzipSync'],
    ['compress', 'gunzipSync'],
    ['zlib', 'unzlibSync'],
  ] as const)('%s gives what %s reads back', async (name, reverse) => {
    const data = xml(10_000);
    const out = await call<Uint8Array>((cb) => (shim[name] as (d: Uint8Array, cb: unknown) => void)(data, cb));
    expect((real[reverse] as (d: Uint8Array) => Uint8Array)(out)).toEqual(data);
    expect(workers).toEqual([]);
  });

  test.each([
    ['inflate', 'deflateSync'],
    ['gunzip', 'gzipSync'],
    ['unzlib', 'zlibSync'],
    ['decompress', 'gzipSync'],
  ] as const)('%s reads what %s wrote (with and without the async `size` option)', async (name, forward) => {
    const data = xml(10_000);
    const packed = (real[forward] as (d: Uint8Array) => Uint8Array)(data);
    const fn = shim[name] as (d: Uint8Array, o: unknown, cb?: unknown) => void;
    expect(await call<Uint8Array>((cb) => fn(packed, cb))).toEqual(data);
    expect(await call<Uint8Array>((cb) => fn(packed, { size: data.length }, cb))).toEqual(data);
    expect(workers).toEqual([]);
  });

  test('a bad archive reaches the callback as an error; no callback throws; the handle cancels', async () => {
    await expect(call((cb) => shim.unzip(new Uint8Array([1, 2, 3, 4]), cb))).rejects.toThrow();
    expect(() => (shim.zip as unknown as (d: unknown) => void)({})).toThrow('no callback');
    let called = false;
    const cancel = shim.gzip(xml(10), () => (called = true)) as unknown as () => void;
    cancel();
    await new Promise((r) => setTimeout(r, 10));
    expect(called).toBe(false);
  });
});

describe('the Vite plugin', () => {
  /** The virtual module's id prefix (Rollup's \0 marks an id no other plugin touches). */
  const VIRTUAL = '\0xyhf:fflate-main-thread:';
  type Resolved = { id: string; external?: boolean } | null;
  /** resolveId as Vite calls it, with `resolve` answering `resolved` for fflate itself. */
  const resolveWith = (resolved: Resolved, id: string, importer: string) =>
    (fflateMainThreadVite().resolveId as (this: unknown, id: string, importer?: string) => Promise<string | null>).call(
      { resolve: async () => resolved },
      id,
      importer,
    );

  test.each([
    // The browser build: fflate's browser file, served through the main-thread module.
    ['browser build', { id: BROWSER_BUILD }, 'fflate', '/src/islands/x.tsx', VIRTUAL + BROWSER_BUILD],
    // The server build keeps fflate external for a build-time module (self-host-package.ts): left
    // to Node. Redirecting it made the module re-export itself (Rollup: CIRCULAR_REEXPORT).
    ['external in the server build', { id: 'fflate', external: true }, 'fflate', '/src/integrations/self-host-package.ts', null],
    ['bare id', { id: 'fflate' }, 'fflate', '/src/pages/embed/index.astro', null],
    // The module's own import of fflate is never redirected again.
    ['from the module itself', { id: BROWSER_BUILD }, 'fflate', VIRTUAL + BROWSER_BUILD, null],
    ['another package', { id: '/x/y.js' }, 'fflate-other', '/src/a.ts', null],
  ] as const)('%s', async (_name, resolved, id, importer, expected) => {
    expect(await resolveWith(resolved, id, importer)).toBe(expected);
  });
});
