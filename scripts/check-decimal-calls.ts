// Part of `npm run typecheck`: fails if our TypeScript sources call a decimal.js method or static
// that the shipped subset removes (src/integrations/decimal-subset.ts). A whole-program type check,
// so it lives with the other static checks, where no test timeout applies.
//   node scripts/check-decimal-calls.ts
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { decimalCalls, keptDecimalNames } from '../src/integrations/decimal-calls.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'tsconfig.json'), {}, {
  ...ts.sys,
  onUnRecoverableConfigFileDiagnostic: (d) => {
    throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  },
})!;
const roots = filesUnder(path.join(ROOT, 'src'));
const program = ts.createProgram(roots, { ...config.options, noEmit: true });
const calls = decimalCalls(program, roots, ROOT);
const kept = keptDecimalNames(readFileSync(path.join(ROOT, 'node_modules/decimal.js/decimal.mjs'), 'utf8'));

const problems: string[] = [];
// The scan must see the calls it is known to see, or it would pass vacuously.
const seen = new Set(calls.map((c) => c.name));
const missing = ['plus', 'times', 'toFixed', 'clone', 'min'].filter((n) => !seen.has(n));
if (missing.length) problems.push(`the scan found no call of ${missing.join(', ')}: it no longer sees decimal.js types`);
for (const c of calls) if (!kept.has(c.name)) problems.push(`${c.file}:${c.line}: .${c.name}() is not in the decimal.js subset (add it to DECIMAL_METHODS_KEPT or DECIMAL_STATICS_KEPT)`);

if (problems.length) {
  console.error(`check-decimal-calls: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-decimal-calls: ${calls.length} decimal.js calls in ${roots.length} files, all in the shipped subset`);
