/** The whole comparison as CSV (one line per provision or silent cell), from the same export document. */
import type { APIRoute } from 'astro';
import { compareCsvLabels, compareExport } from '../../data/compare';
import { comparisonCsv } from '../../lib/compare/export';

export const GET: APIRoute = async ({ site }) =>
  new Response(comparisonCsv(await compareExport(site), compareCsvLabels()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
