/**
 * Ships only the part of decimal.js this site calls.
 *
 * decimal.js is one class whose ~60 methods (trigonometry, logarithms, powers, base conversion …)
 * hang off its prototype, so no bundler can drop the unused ones: they cost 12.8 KB gzip in every
 * calculator and widget, which alone is a third of a widget's 35 KB budget. decimal.js-light is
 * not a drop-in (no NaN/Infinity, no ceil/floor/round, different rounding API), and money must
 * stay on decimal.js. So at build time the prototype methods and static functions we never call
 * are removed from the library's own ES module source; the functions only they used then fall to
 * the bundler's ordinary tree-shaking. Nothing else in the file is changed.
 *
 * The same transform runs wherever our code meets decimal.js — the Astro/Vite build (pages, embed
 * frames), the widget bundles (esbuild) and the unit tests (vitest inlines decimal.js through it)
 * — so every calculation the tests check is done by the code that ships.
 *
 * Guarded both ways: the transform throws if the source is not the decimal.js 10 layout it knows,
 * if a name below is missing from it, or if code left in the file still calls a removed method;
 * `npm run typecheck` (scripts/check-decimal-calls.ts) fails if our sources call a decimal.js
 * method or static that is not kept here.
 */
import { build, type Plugin as EsbuildPlugin } from 'esbuild';
import { readFile } from 'node:fs/promises';

/** Prototype methods kept (decimal.js' long names; their aliases go with them). */
export const DECIMAL_METHODS_KEPT: readonly string[] = [
  // What our sources call (scripts/check-decimal-calls.ts lists them) …
  'absoluteValue', 'comparedTo', 'decimalPlaces', 'dividedBy', 'equals', 'greaterThan', 'greaterThanOrEqualTo',
  'isNegative', 'isZero', 'lessThan', 'minus', 'plus', 'times', 'toDecimalPlaces', 'toFixed', 'toNumber', 'toString',
  // … what coercion calls (Number(x), JSON: valueOf/toJSON) and what the library itself still calls
  // (isFinite; toPower, behind the static pow its string parser uses), and what the property tests
  // check results with (isNaN, lessThanOrEqualTo: they compute through this same subset).
  'valueOf', 'isFinite', 'toPower', 'isNaN', 'lessThanOrEqualTo',
];

/** Static functions kept besides the constructor's own machinery (config/set, clone, isDecimal). */
export const DECIMAL_STATICS_KEPT: readonly string[] = ['min', 'pow'];

/** What to keep (tests pass their own). */
export interface Keep {
  methods: readonly string[];
  statics: readonly string[];
}
const KEPT: Keep = { methods: DECIMAL_METHODS_KEPT, statics: DECIMAL_STATICS_KEPT };

/** Statics that are part of constructing and configuring, never removed. */
const CORE_STATICS = new Set(['config', 'set', 'clone', 'isDecimal', 'EUCLID']);

/** Matches the module file of decimal.js (the ES module the package exports). */
export const DECIMAL_MODULE = /[\\/]node_modules[\\/]decimal\.js[\\/]decimal\.mjs$/;

export interface DecimalSubset {
  code: string;
  /** Every removed name: prototype methods with their aliases, and `Decimal.<static>`. */
  removed: string[];
}

const METHOD_LINE = /^P\.(\w+)(?: = P\.(\w+))? = function\b/;
/** `  Decimal.abs = abs;` in clone(): a static function (not `Decimal.prototype = P;`). */
const STATIC_LINE = /^ {2}Decimal\.(\w+) = \1;/;

/**
 * The subset as an ES module: the names not kept are cut from the source, then esbuild drops
 * every function nothing reachable uses any more (the static wrappers, the trigonometric series …),
 * and the result is checked: the code left must not call a removed method.
 */
export async function decimalSubset(source: string, keep: Keep = KEPT): Promise<DecimalSubset> {
  const cut = cutDecimalSource(source, keep);
  const shaken = await build({
    stdin: { contents: cut.code, loader: 'js', sourcefile: 'decimal.mjs' },
    bundle: true,
    format: 'esm',
    write: false,
    treeShaking: true,
    legalComments: 'inline',
    logLevel: 'silent',
  });
  const code = shaken.outputFiles[0]!.text;
  // A removed static counts when called on the constructor (the parser calls `Decimal.pow` for
  // binary exponents such as "0x1p3"); a removed method, when called on anything but Math.
  const stillCalled = cut.removed.filter((n) =>
    n.startsWith('Decimal.')
      ? new RegExp(`\\b(?:Decimal\\d*|Ctor|this)\\.${n.slice('Decimal.'.length)}\\(`).test(code)
      : new RegExp(`(?<!\\bMath)\\.${n}\\(`).test(code),
  );
  if (stillCalled.length) throw new Error(`decimal-subset: decimal.js still calls removed method(s) ${stillCalled.join(', ')}; keep them`);
  return { code, removed: cut.removed };
}

/** Cuts the prototype methods and statics not kept out of the decimal.js source, line-wise. */
export function cutDecimalSource(source: string, { methods, statics }: Keep = KEPT): DecimalSubset {
  if (!/^ \*  decimal\.js v10\.\d+\.\d+$/m.test(source)) {
    throw new Error('decimal-subset: not the decimal.js 10 ES module it was written for; review DECIMAL_METHODS_KEPT against the new version');
  }
  const keep = new Set(methods);
  const keepStatic = new Set([...statics, ...CORE_STATICS]);
  // The published file has CRLF line ends; they are kept as they are.
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const lines = source.split(eol);
  const out: string[] = [];
  const removed: string[] = [];
  const seenMethods = new Set<string>();
  const seenStatics = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const m = METHOD_LINE.exec(line);
    if (m) {
      const names = [m[1]!, ...(m[2] ? [m[2]] : [])];
      seenMethods.add(m[1]!);
      if (keep.has(m[1]!)) {
        out.push(line);
        continue;
      }
      // A method's body ends at the first line that is exactly `};` (the file's own layout).
      const end = lines.indexOf('};', i);
      if (end < 0) throw new Error(`decimal-subset: no end found for P.${m[1]}`);
      removed.push(...names);
      i = end;
      continue;
    }
    const s = STATIC_LINE.exec(line);
    if (s && !s[1]!.startsWith('ROUND_')) {
      seenStatics.add(s[1]!);
      if (!keepStatic.has(s[1]!)) {
        removed.push(`Decimal.${s[1]}`);
        continue;
      }
    }
    out.push(line);
  }
  for (const name of keep) if (!seenMethods.has(name)) throw new Error(`decimal-subset: kept method ${name} is not defined in decimal.js`);
  for (const name of statics) if (!seenStatics.has(name)) throw new Error(`decimal-subset: kept static ${name} is not defined in decimal.js`);
  return { code: out.join(eol), removed };
}

/** Vite plugin (Astro build, vitest): serves the subset wherever decimal.js is imported. */
export function decimalSubsetVite() {
  return {
    name: 'xyhf:decimal-subset',
    enforce: 'pre' as const,
    async transform(code: string, id: string) {
      if (!DECIMAL_MODULE.test(id.split('?')[0]!)) return null;
      return { code: (await decimalSubset(code)).code, map: null };
    },
  };
}

/** esbuild plugin (widget bundles). */
export function decimalSubsetEsbuild(): EsbuildPlugin {
  return {
    name: 'xyhf:decimal-subset',
    setup(b) {
      b.onLoad({ filter: /[\\/]decimal\.js[\\/]decimal\.mjs$/ }, async (args) => ({
        contents: (await decimalSubset(await readFile(args.path, 'utf8'))).code,
        loader: 'js',
      }));
    },
  };
}
