// Vitest globalSetup for the `site` project: serve dist/ for the whole run, hand the base URL to
// the tests (`inject('baseURL')`), stop the server afterwards.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { DIST_DIR, startServer } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(path.join(DIST_DIR, 'index.html'))) {
    throw new Error(`${DIST_DIR}index.html not found: run \`npm run build\` before the site tests`);
  }
  const server = await startServer(DIST_DIR);
  project.provide('baseURL', server.url);
  return () => server.close();
}
