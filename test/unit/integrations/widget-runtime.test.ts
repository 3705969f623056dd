import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { runtimeEntrySource, SHARED_EXPORTS, sharedModulesFromRuntime, SUPPORTED_LOCAL, toAscii, wrapWithRuntimeLoader } from '../../../src/integrations/widget-runtime';

const KEY = '__xyhf_rt_0123456789';
const FILE = 'runtime.0123456789.js';

/** A page as far as the loader sees it: scripts it inserts are recorded, not fetched. */
function fakePage(currentSrc: string | null) {
  const inserted: { src: string; onload?: () => void; onerror?: () => void }[] = [];
  const ran: string[] = [];
  const errors: string[] = [];
  const sandbox: Record<string, unknown> = {
    URL,
    ran,
    console: { error: (m: string) => errors.push(m) },
    document: {
      currentScript: currentSrc === null ? null : { src: currentSrc },
      createElement: () => ({}) as { src: string },
      head: { appendChild: (s: (typeof inserted)[number]) => inserted.push(s) },
    },
  };
  sandbox.self = sandbox;
  const load = (widget: string) => {
    const body = `ran.push(${JSON.stringify(widget)} + " " + (__XYHF_SCRIPT__ && __XYHF_SCRIPT__.src));`;
    runInNewContext(wrapWithRuntimeLoader(body, { key: KEY, file: FILE, fallbackBase: 'https://xyhf.example.cn/widgets/', banner: '/*! test */' }), sandbox);
  };
  return { sandbox, inserted, ran, errors, load };
}

describe('widget runtime loader', () => {
  test('two widgets before the runtime: it is inserted once, both run when it has loaded, in order', () => {
    const page = fakePage('https://gov.example/static/ours/widgets/a.js');
    page.load('a');
    page.load('b');
    expect(page.inserted.map((s) => s.src)).toEqual([`https://gov.example/static/ours/widgets/${FILE}`]);
    expect(page.ran).toEqual([]);
    page.sandbox[KEY] = {};
    page.inserted[0]!.onload!();
    expect(page.ran).toEqual(['a https://gov.example/static/ours/widgets/a.js', 'b https://gov.example/static/ours/widgets/a.js']);
    // A widget script that comes later finds the runtime and runs at once.
    page.load('c');
    expect(page.ran).toHaveLength(3);
    expect(page.inserted).toHaveLength(1);
  });

  test('runtime already on the page: the widget runs at once and inserts nothing', () => {
    const page = fakePage('https://site/widgets/a.js');
    page.sandbox[KEY] = {};
    page.load('a');
    expect(page.ran).toEqual(['a https://site/widgets/a.js']);
    expect(page.inserted).toEqual([]);
  });

  test('no current script: the runtime comes from the site URL; a failed load says so in Chinese', () => {
    const page = fakePage(null);
    page.load('a');
    expect(page.inserted[0]!.src).toBe(`https://xyhf.example.cn/widgets/${FILE}`);
    page.inserted[0]!.onerror!();
    expect(page.errors).toEqual([`先用后付政策通：计算器运行库未能加载：https://xyhf.example.cn/widgets/${FILE}`]);
    expect(page.ran).toEqual([]);
  });

  test('the wrapped script is ASCII, so a GBK host page cannot garble it; escaped code means the same', () => {
    const body = 'globalThis.r = ["50万元".replace(/[,，\\s]/g, "").replace(/元$/, ""), "😀".length, `模板${1}`];';
    const text = wrapWithRuntimeLoader(body, { key: KEY, file: FILE, fallbackBase: 'https://x/', banner: '' });
    expect(/^[\x00-\x7f]*$/.test(text)).toBe(true);
    const g: Record<string, unknown> = {};
    runInNewContext(toAscii(body), g);
    expect(g.r).toEqual(['50万', 2, '模板1']);
    expect(toAscii('/元$/u.test("元")')).toBe('/\\u5143$/u.test("\\u5143")');
  });
});

describe('iframe fallback in the loader', () => {
  const FB = { key: '__xyhf_fb_abcdef0123', file: 'fallback.abcdef0123.js' };
  /** A page whose browser can (`ok`) or cannot run the element; the check is what the build inlines. */
  function page(ok: boolean) {
    const p = fakePage('https://gov.example/static/ours/widgets/a.js');
    p.sandbox.ok = ok;
    const calls: unknown[][] = [];
    const load = (id: string) =>
      runInNewContext(
        wrapWithRuntimeLoader(`ran.push(${JSON.stringify(id)});`, {
          key: KEY, file: FILE, fallbackBase: 'https://xyhf.example.cn/widgets/', scriptFile: `${id}.js`, banner: '',
          fallback: { check: `${SUPPORTED_LOCAL} = ok;`, key: FB.key, file: FB.file, info: { id, title: '计算器' } },
        }),
        p.sandbox,
      );
    return { ...p, calls, load };
  }

  test('a browser that cannot run the element loads the shared fallback once, runs it per widget, and never the runtime', () => {
    const p = page(false);
    p.load('a');
    p.load('b');
    expect(p.inserted.map((s) => s.src)).toEqual([`https://gov.example/static/ours/widgets/${FB.file}`]);
    const calls: unknown[][] = [];
    p.sandbox[FB.key] = (...args: unknown[]) => calls.push(args);
    p.inserted[0]!.onload!();
    expect(calls).toEqual([
      ['https://gov.example/static/ours/widgets/a.js', { id: 'a', title: '计算器' }],
      ['https://gov.example/static/ours/widgets/a.js', { id: 'b', title: '计算器' }],
    ]);
    expect(p.ran).toEqual([]);
    expect(p.inserted).toHaveLength(1);
  });

  test('a browser that can: the runtime, as without the fallback, and no fallback request', () => {
    const p = page(true);
    p.load('a');
    expect(p.inserted.map((s) => s.src)).toEqual([`https://gov.example/static/ours/widgets/${FILE}`]);
    p.sandbox[KEY] = {};
    p.inserted[0]!.onload!();
    expect(p.ran).toEqual(['a']);
  });

  test('no current script: the fallback gets the element script\'s URL on the site', () => {
    const p = page(false);
    (p.sandbox.document as { currentScript: unknown }).currentScript = null;
    p.load('a');
    expect(p.inserted[0]!.src).toBe(`https://xyhf.example.cn/widgets/${FB.file}`);
    const calls: unknown[][] = [];
    p.sandbox[FB.key] = (...args: unknown[]) => calls.push(args);
    p.inserted[0]!.onload!();
    expect(calls[0]![0]).toBe('https://xyhf.example.cn/widgets/a.js');
  });
});

describe('shared modules', () => {
  const bundle = (source: string) =>
    build({ stdin: { contents: source, loader: 'js', resolveDir: process.cwd() }, bundle: true, write: false, format: 'iife', plugins: [sharedModulesFromRuntime(KEY)], logLevel: 'silent' });

  test('a widget reads the shared libraries from the runtime global, not from its own bundle', async () => {
    const out = (await bundle(`import { useState } from 'preact/hooks'; import Decimal from 'decimal.js'; globalThis.r = [useState, Decimal];`)).outputFiles[0]!.text;
    expect(out).toContain(`self["${KEY}"]["preact/hooks"].useState`);
    expect(out).toContain(`self["${KEY}"]["decimal.js"].default`);
    expect(out).not.toContain('ROUND_HALF_UP'); // decimal.js itself is not in it
    const g: Record<string, unknown> = { [KEY]: { 'preact/hooks': { useState: 'S' }, 'decimal.js': { default: 'D' } } };
    g.self = g;
    g.globalThis = g;
    runInNewContext(out, g);
    expect(g.r).toEqual(['S', 'D']);
  });

  test('importing something the runtime does not publish fails the build', async () => {
    await expect(bundle(`import { useReducer } from 'preact/hooks'; globalThis.r = useReducer;`)).rejects.toThrow(/No matching export/);
  });

  test('the runtime publishes exactly the listed exports, from the real libraries', async () => {
    const out = (
      await build({ stdin: { contents: runtimeEntrySource(KEY), loader: 'js', resolveDir: process.cwd() }, bundle: true, write: false, format: 'iife', logLevel: 'silent' })
    ).outputFiles[0]!.text;
    const g: Record<string, unknown> = {};
    g.globalThis = g;
    g.self = g;
    runInNewContext(out, g);
    const published = g[KEY] as Record<string, Record<string, unknown>>;
    expect(Object.fromEntries(Object.entries(published).map(([k, v]) => [k, Object.keys(v)]))).toEqual(SHARED_EXPORTS);
    for (const [spec, names] of Object.entries(SHARED_EXPORTS)) for (const n of names) expect(typeof published[spec]![n], `${spec} ${n}`).toBe('function');
  });
});
