/**
 * The raw source extractions, served as plain text so anyone can check our published text
 * against them (content/sources/ is the single copy).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCES_DIR } from '../../data/paths';

export const getStaticPaths = (() =>
  readdirSync(SOURCES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((file) => ({ params: { name: file.replace(/\.txt$/, '') } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(SOURCES_DIR, `${String(params.name)}.txt`), 'utf8'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
