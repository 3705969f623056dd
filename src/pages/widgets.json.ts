import type { APIRoute } from 'astro';
import { buildManifest } from '../widgets/manifest';

/** The machine-readable widget manifest (validated against /widgets.schema.json at build). */
export const GET: APIRoute = async ({ site }) => Response.json(await buildManifest(site!));
