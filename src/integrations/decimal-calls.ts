/**
 * Which decimal.js methods our sources call, found by the TypeScript type checker (not a text
 * search: zod's `.min()`, `Math.max()` and `Set#add` share names with decimal.js methods).
 *
 * It needs a type-checked program of the whole project, which takes seconds (more on a busy
 * machine), so it runs in `npm run typecheck` (scripts/check-decimal-calls.ts), a static check
 * with no time limit, and not in the unit tests, which only run it on small programs.
 * .astro frontmatter is not in the program: it runs during `astro build`, which uses the same
 * subset, so a removed method there fails the build.
 */
import path from 'node:path';
import ts from 'typescript';
import { DECIMAL_METHODS_KEPT, DECIMAL_STATICS_KEPT } from './decimal-subset.ts';

/** One call of a decimal.js method or static in a source file. */
export interface DecimalCall {
  /** path relative to the program's root directory */
  file: string;
  line: number;
  name: string;
}

/** Names callable on a Decimal or its constructor once the subset is applied (long names and aliases). */
export function keptDecimalNames(decimalSource: string): Set<string> {
  const kept = new Set<string>(['clone', 'config', 'set', 'isDecimal', ...DECIMAL_STATICS_KEPT]);
  for (const m of decimalSource.matchAll(/^P\.(\w+)(?: = P\.(\w+))? = function\b/gm)) {
    if (DECIMAL_METHODS_KEPT.includes(m[1]!)) for (const n of [m[1]!, m[2]]) if (n) kept.add(n);
  }
  return kept;
}

/**
 * Every call `x.name(…)` in `roots` (absolute paths) where `x`'s type is declared by decimal.js
 * (an instance, the constructor or a clone of it).
 */
export function decimalCalls(program: ts.Program, roots: readonly string[], rootDir: string): DecimalCall[] {
  const wanted = new Set(roots.map((r) => path.resolve(r)));
  const checker = program.getTypeChecker();
  const fromDecimal = (node: ts.Node) =>
    (checker.getTypeAtLocation(node).getSymbol()?.getDeclarations() ?? []).some((d) =>
      /node_modules[\\/]decimal\.js[\\/]/.test(d.getSourceFile().fileName),
    );
  const calls: DecimalCall[] = [];
  for (const sf of program.getSourceFiles()) {
    if (!wanted.has(path.resolve(sf.fileName))) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && fromDecimal(node.expression.expression)) {
        calls.push({
          file: path.relative(rootDir, sf.fileName),
          line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
          name: node.expression.name.text,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return calls;
}
