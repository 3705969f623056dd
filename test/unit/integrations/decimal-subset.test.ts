import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import {
  cutDecimalSource,
  decimalSubset,
  DECIMAL_METHODS_KEPT,
  DECIMAL_STATICS_KEPT,
} from '../../../src/integrations/decimal-subset';
import { Money, yuan } from '../../../src/lib/money';

const ROOT = path.resolve(__dirname, '../../..');
const SOURCE = readFileSync(path.join(ROOT, 'node_modules/decimal.js/decimal.mjs'), 'utf8');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : /\.(ts|tsx|astro|mjs)$/.test(name) ? [p] : [];
  });
}

/** decimal.js' prototype methods as `[longName, alias?]`, read from the library itself. */
const ALL_METHODS = [...SOURCE.matchAll(/^P\.(\w+)(?: = P\.(\w+))? = function\b/gm)].map((m) => [m[1]!, m[2]].filter(Boolean) as string[]);

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

  // The type checker, not a text search, says which calls are on a Decimal (zod's .min(), Math.max()
  // and Set#add share names with decimal.js methods). .astro frontmatter is not in the program:
  // it runs during `astro build`, which uses the same subset, so a removed method fails the build.
  test('every decimal.js method or static our sources call is kept', () => {
    const kept = new Set<string>(['clone', 'config', 'set', 'isDecimal', ...DECIMAL_STATICS_KEPT]);
    for (const names of ALL_METHODS) if (DECIMAL_METHODS_KEPT.includes(names[0]!)) for (const n of names) kept.add(n);
    const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'tsconfig.json'), {}, {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    })!;
    const roots = filesUnder(path.join(ROOT, 'src')).filter((f) => /\.tsx?$/.test(f));
    const program = ts.createProgram(roots, { ...config.options, noEmit: true });
    const checker = program.getTypeChecker();
    const fromDecimal = (node: ts.Node) =>
      (checker.getTypeAtLocation(node).getSymbol()?.getDeclarations() ?? []).some((d) => /node_modules[\\/]decimal\.js[\\/]/.test(d.getSourceFile().fileName));
    const calls: string[] = [];
    const offenders: string[] = [];
    for (const sf of program.getSourceFiles()) {
      if (!roots.includes(path.resolve(sf.fileName))) continue;
      const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && fromDecimal(node.expression.expression)) {
          const name = node.expression.name.text;
          calls.push(name);
          if (!kept.has(name)) offenders.push(`${path.relative(ROOT, sf.fileName)}: .${name}()`);
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
    // The scan sees the calls it must see (else it would pass vacuously).
    expect(calls).toEqual(expect.arrayContaining(['plus', 'times', 'toFixed', 'clone', 'min']));
    expect(offenders).toEqual([]);
    // A whole-program type check: seconds on an idle machine, 40 s and more on a loaded 2-core CI box.
  }, 300_000);
});
