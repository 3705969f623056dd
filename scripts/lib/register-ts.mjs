// Lets plain `node` run the project's TypeScript modules from scripts: Node 24 strips the types
// itself; this hook only adds the `.ts` extension that src/ imports leave out (Vite and vitest
// resolve them; Node's own resolver does not). Use: node --import ./scripts/lib/register-ts.mjs x.ts
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (e) {
      if (!/^\.\.?\//.test(specifier) || /\.[cm]?[jt]s$/.test(specifier)) throw e;
      for (const ext of ['.ts', '/index.ts']) {
        try {
          return nextResolve(specifier + ext, context);
        } catch {
          // try the next form
        }
      }
      throw e;
    }
  },
});
