/** The whole comparison as JSON, with citations and typed values; the island filters it for downloads. */
import type { APIRoute } from 'astro';
import { compareExport } from '../../data/compare';

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(await compareExport(site), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
