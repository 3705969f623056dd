import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import {
  cutDecimalSource,
  decimalSubset,
  DECIMAL_METHODS_KEPT,
  DECIMAL_STATICS_KEPT,
} from '../../../src/integrations/decimal-subset';
import { decimalCalls, keptDecimalNames } from '../../../src/integrations/decimal-calls';
import { Money, yuan } from '../../../src/lib/money';

const ROOT = path.resolve(__dirname, '../../..');
const SOURCE = readFileSync(path.join(ROOT, 'node_modules/decimal.js/decimal.mjs'), 'utf8');

describe('decimal.js subset', () => {
  test('the unit tests compute with the subset the site ships (decimal.js is inlined through the plugin)', () => {
    const x = yuan('2') as unknown as Record<string, unknown>;
    expect(x.sine).toBeUndefined();
    expect(x.toFraction).toBeUndefined();
    expect(typeof x.plus).toBe('function');
    expect((Money as unknown as Record<string, unknown>).sum).toBeUndefined();
    expect(Money.min(yuan('3'), yuan('2')).toString()).toBe('2');
  });

  test('cuts what is not kept and nothing else; the bundle loses the trigonometry', async () => {
    const { code, removed } = await decimalSubset(SOURCE);
    expect(removed).toEqual(expect.arrayContaining(['sine', 'sin', 'toFraction', 'Decimal.sqrt']));
    for (const name of DECIMAL_METHODS_KEPT) {
      expect(removed).not.toContain(name);
      expect(code).toContain(`P.${name} = `);
    }
    expect(code).toMatch(/\bDecimal\d*\.prototype = P;/);
    expect(code).not.toContain('P.sine');
    expect(code.length).toBeLessThan(SOURCE.length * 0.4);
  });

  test('refuses another major version, and a kept name the library does not define', () => {
    expect(() => cutDecimalSource(SOURCE.replace(/decimal\.js v10\./, 'decimal.js v11.'))).toThrow(/decimal\.js 10/);
    expect(() => cutDecimalSource(SOURCE, { methods: [...DECIMAL_METHODS_KEPT, 'plusMinus'], statics: DECIMAL_STATICS_KEPT })).toThrow(/plusMinus/);
    expect(() => cutDecimalSource(SOURCE, { methods: DECIMAL_METHODS_KEPT, statics: ['median'] })).toThrow(/median/);
  });

  test('refuses to remove what the library itself still calls', async () => {
    // The string parser calls the static Decimal.pow for binary exponents ("0x1p3").
    await expect(decimalSubset(SOURCE, { methods: DECIMAL_METHODS_KEPT, statics: DECIMAL_STATICS_KEPT.filter((s) => s !== 'pow') })).rejects.toThrow(
      /still calls removed method\(s\) Decimal\.pow/,
    );
    // toFixed and friends round through finalise(); times() is called all over the library.
    await expect(decimalSubset(SOURCE, { methods: DECIMAL_METHODS_KEPT.filter((m) => m !== 'times'), statics: DECIMAL_STATICS_KEPT })).rejects.toThrow(
      /still calls removed method\(s\) times;/,
    );
  });

  // The whole-program scan of our sources runs in `npm run typecheck` (scripts/check-decimal-calls.ts):
  // it type-checks the project, seconds of work that must not race a test timeout. Here the same
  // scan runs on a two-file program (no default lib, so it takes milliseconds) to prove it finds
  // decimal.js calls by type, aliases and statics included, and nothing else.
  test('the call scan finds decimal.js calls by type, and flags the ones the subset removes', () => {
    const dir = path.join(ROOT, 'src', '__scan__');
    const files: Record<string, string> = {
      [path.join(dir, 'a.ts')]: [
        "import Decimal from 'decimal.js';",
        'const D = Decimal.clone({ precision: 30 });',
        "const x = new D('1.5');",
        'x.plus(1).toFixed(2);', // kept
        'x.sine();', // removed by the subset
        'Decimal.min(x, 2);', // kept static
        'Decimal.hypot(1, 2);', // removed static
        'x.abs();', // alias of a kept method
      ].join('\n'),
      [path.join(dir, 'b.ts')]: [
        'const s = { min: (a: number) => a, sine: () => 0 };',
        's.min(1); s.sine();', // same names, not decimal.js
      ].join('\n'),
    };
    const options: ts.CompilerOptions = { noLib: true, types: [], module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, noEmit: true };
    const host = ts.createCompilerHost(options);
    const readFile = host.readFile.bind(host);
    host.readFile = (f) => files[path.resolve(f)] ?? readFile(f);
    host.fileExists = (f) => path.resolve(f) in files || ts.sys.fileExists(f);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (f, lang, ...rest) =>
      path.resolve(f) in files ? ts.createSourceFile(f, files[path.resolve(f)]!, lang) : getSourceFile(f, lang, ...rest);
    const program = ts.createProgram(Object.keys(files), options, host);
    const calls = decimalCalls(program, Object.keys(files), ROOT);
    // a.ts: clone, plus, toFixed, sine, min, hypot, abs (in source order); b.ts: none.
    expect(calls.map((c) => `${c.file}:${c.line} ${c.name}`)).toEqual([
      'src/__scan__/a.ts:2 clone',
      'src/__scan__/a.ts:4 toFixed',
      'src/__scan__/a.ts:4 plus',
      'src/__scan__/a.ts:5 sine',
      'src/__scan__/a.ts:6 min',
      'src/__scan__/a.ts:7 hypot',
      'src/__scan__/a.ts:8 abs',
    ]);
    const kept = keptDecimalNames(SOURCE);
    expect(calls.filter((c) => !kept.has(c.name)).map((c) => c.name)).toEqual(['sine', 'hypot']);
  });
});
