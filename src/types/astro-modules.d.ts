// Astro 7 types `.astro` imports only through its language server; plain `tsc` (our type check)
// needs this to accept the few TypeScript files that import a component, e.g. the compare
// benchmark rendering CompareTable through the container API.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const Component: AstroComponentFactory;
  export default Component;
}
