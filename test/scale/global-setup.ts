// Vitest globalSetup for the `scale` project (npm run test:scale): generates the SYNTHETIC corpus
// (scripts/lib/synthetic-corpus.mjs; XYHF_SCALE_N documents, default 400) in a temporary folder,
// builds it with the content root override (never touching content/ or dist/), serves the result
// and hands the tests its URL and the corpus facts. Reuses a build when XYHF_SCALE_DIST names one.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { generateCorpus } from '../../scripts/lib/synthetic-corpus.mjs';
import { buildSynthetic } from '../../scripts/lib/synthetic-build.mjs';
import { startServer } from '../site/support/server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    scaleURL: string;
    scaleN: number;
    scaleIds: string[];
    scalePlaces: { name: string; code: string; level: string; parent?: string }[];
    /** Ids of the national law documents, copied unchanged into the corpus. */
    scaleNational: string[];
    /** Every real document copied unchanged (the national ones, the contract builder's), with its place. */
    scaleFixed: { id: string; code: string }[];
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const n = Number(process.env.XYHF_SCALE_N ?? 400);
  const root = process.env.XYHF_SCALE_ROOT ?? mkdtempSync(path.join(tmpdir(), `xyhf-scale-test-${n}-`));
  const content = path.join(root, 'content');
  const dist = path.join(root, 'dist');
  const { ids, jurisdictions, national, fixed } = generateCorpus({ content: path.resolve('content'), out: content, n });
  if (!existsSync(path.join(dist, 'index.html'))) {
    const build = buildSynthetic({ project: process.cwd(), root, content, dist });
    if (build.status !== 0) throw new Error(`synthetic build failed:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`);
  }
  const server = await startServer(dist);
  project.provide('scaleURL', server.url);
  project.provide('scaleN', n);
  project.provide('scaleIds', ids);
  project.provide('scalePlaces', jurisdictions);
  project.provide('scaleNational', national);
  project.provide('scaleFixed', fixed);
  return async () => {
    await server.close();
    if (!process.env.XYHF_SCALE_ROOT) rmSync(root, { recursive: true, force: true });
  };
}
