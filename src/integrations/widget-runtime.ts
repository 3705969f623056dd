/**
 * Sharing Preact and decimal.js between the custom-element widgets on one host page.
 *
 * Widget scripts stay classic scripts (no CORS, no `connect-src` for hosts). The libraries go
 * in one hashed runtime script that publishes them on a global; in each widget bundle the
 * library imports are replaced by reads of that global, and the bundle is wrapped in a loader:
 * it runs at once when the runtime is there, else inserts the runtime's <script> (once per page,
 * however many widgets wait for it) and runs when it has loaded. A host includes only the
 * widget's script; its CSP already allows scripts from our origin, which covers the runtime.
 * The runtime file is named after its content hash, so a page never pairs a widget with a
 * runtime of another build, and a site with widgets on many pages has it cached.
 */
import type { Plugin } from 'esbuild';

/**
 * What the runtime publishes: for each shared import specifier, the named exports widgets may
 * import from it (`default` for a default export). A widget importing anything else fails to
 * build ("No matching export"), so the list cannot silently fall behind the code.
 */
export const SHARED_EXPORTS: Readonly<Record<string, readonly string[]>> = {
  'preact/hooks': ['useCallback', 'useEffect', 'useId', 'useLayoutEffect', 'useMemo', 'useRef', 'useState'],
  'preact/jsx-runtime': ['Fragment', 'jsx', 'jsxs'],
  preact: ['h', 'render'],
  'decimal.js': ['default'],
};

/** Placeholder the runtime is built with, replaced by `runtimeKey(hash)`. */
export const RUNTIME_KEY_PLACEHOLDER = '__XYHF_RUNTIME_KEY_PLACEHOLDER__';
export const runtimeKey = (hash: string) => `__xyhf_rt_${hash}`;
export const runtimeFile = (hash: string) => `runtime.${hash}.js`;

const local = (spec: string, name: string) => `${spec.replace(/\W/g, '_')}__${name}`;

/**
 * Entry source of the runtime script (/widgets/runtime.<hash>.js): imports the shared exports and
 * publishes them, per specifier, on the global `key` (left alone if a page already has it).
 */
export function runtimeEntrySource(key: string): string {
  const specs = Object.entries(SHARED_EXPORTS);
  const imports = specs.map(([spec, names]) => {
    const def = names.includes('default') ? local(spec, 'default') : null;
    const named = names.filter((n) => n !== 'default').map((n) => `${n} as ${local(spec, n)}`);
    const clause = [def, named.length ? `{ ${named.join(', ')} }` : null].filter(Boolean).join(', ');
    return `import ${clause} from ${JSON.stringify(spec)};`;
  });
  const table = specs.map(([spec, names]) => `  ${JSON.stringify(spec)}: { ${names.map((n) => `${JSON.stringify(n)}: ${local(spec, n)}`).join(', ')} },`);
  return `${imports.join('\n')}\nconst g = self;\nif (!g[${JSON.stringify(key)}]) g[${JSON.stringify(key)}] = {\n${table.join('\n')}\n};\n`;
}

/** esbuild plugin for a widget bundle: the shared modules are read from the runtime global. */
export function sharedModulesFromRuntime(key: string): Plugin {
  const names = Object.keys(SHARED_EXPORTS).map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return {
    name: 'xyhf:shared-runtime',
    setup(b) {
      b.onResolve({ filter: new RegExp(`^(?:${names.join('|')})$`) }, (args) => ({ path: args.path, namespace: 'xyhf-shared' }));
      b.onLoad({ filter: /.*/, namespace: 'xyhf-shared' }, (args) => {
        const m = `self[${JSON.stringify(key)}][${JSON.stringify(args.path)}]`;
        const lines = (SHARED_EXPORTS[args.path] ?? []).map((n) => (n === 'default' ? `export default ${m}.default;` : `export const ${n} = ${m}.${n};`));
        return { contents: lines.join('\n'), loader: 'js' };
      });
    },
  };
}

/**
 * The script with every non-ASCII UTF-16 unit written as `\\uXXXX`, so it reads the same whatever
 * charset a host page (often GBK on government sites) decodes it with. esbuild escapes strings
 * but leaves regular-expression literals such as `/[,，\\s]/` as they are; `\\uXXXX` means the
 * same character in a string, a template, a regular expression and an identifier alike.
 */
export const toAscii = (code: string) => code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A JS string literal, ASCII only. */
const ascii = (text: string) => toAscii(JSON.stringify(text));

/** The global the shared iframe-fallback script (`fallback.<hash>.js`) sets to its `run` function. */
export const fallbackKey = (hash: string) => `__xyhf_fb_${hash}`;
export const fallbackFile = (hash: string) => `fallback.${hash}.js`;

/** Name of the local the support check (src/widgets/runtime/legacy.ts, bundled inline) assigns. */
export const SUPPORTED_LOCAL = '__xyhf_ok';

/**
 * Where the element cannot run: the shared fallback script (`file`, next to the element script,
 * setting global `key`) is loaded and run with the element script's URL and `info` (its
 * `FallbackWidget`). `check`: a script assigning `SUPPORTED_LOCAL`.
 */
export interface LoaderFallback {
  check: string;
  key: string;
  file: string;
  info: unknown;
}

/**
 * Wraps a widget bundle (an IIFE) in the loader. `__XYHF_SCRIPT__` is the widget's own <script>
 * (document.currentScript exists only while it first runs); the runtime's URL is resolved
 * against it, or against `fallbackBase` when a browser gives no current script. With `fallback`,
 * a browser that cannot run the element loads the shared iframe fallback instead, and never the
 * runtime; the fallback's code is fetched only there (modern browsers carry the check alone).
 */
export function wrapWithRuntimeLoader(
  bundle: string,
  opts: { key: string; file: string; fallbackBase: string; banner: string; scriptFile?: string; fallback?: LoaderFallback },
): string {
  const base = `(script && script.src) || ${JSON.stringify(opts.scriptFile ? new URL(opts.scriptFile, opts.fallbackBase).href : opts.fallbackBase)}`;
  const fb = opts.fallback;
  const fallback = fb
    ? `  var ${SUPPORTED_LOCAL} = false;
${toAscii(fb.check.trim())}
  if (!${SUPPORTED_LOCAL}) return load(${JSON.stringify(fb.file)}, ${JSON.stringify(fb.key)}, function () { g[${JSON.stringify(fb.key)}](src, ${toAscii(JSON.stringify(fb.info))}); });
`
    : '';
  return `${opts.banner}
(function () {
  var script = document.currentScript, g = self, src = ${base};
  function load(file, key, then) {
    if (g[key]) return then();
    var waitKey = key + ":wait", wait = g[waitKey];
    if (!wait) {
      wait = g[waitKey] = [];
      var url = new URL(file, src).href, s = document.createElement("script");
      s.src = url;
      s.onload = function () {
        var queue = g[waitKey];
        g[waitKey] = null;
        for (var i = 0; i < queue.length; i++) queue[i]();
      };
      s.onerror = function () {
        console.error(${ascii('先用后付政策通：计算器运行库未能加载：')} + url);
      };
      (document.head || document.documentElement).appendChild(s);
    }
    wait.push(then);
  }
${fallback}  load(${JSON.stringify(opts.file)}, ${JSON.stringify(opts.key)}, function () {
    (function (__XYHF_SCRIPT__) {
${toAscii(bundle.trim())}
    })(script);
  });
})();
`;
}
