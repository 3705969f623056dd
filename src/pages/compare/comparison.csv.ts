/** The whole comparison as CSV, the matrix as on screen (a row per dimension, a column per document), from the same export document. */
import type { APIRoute } from 'astro';
import { compareExportLabels, compareExport } from '../../data/compare';
import { comparisonCsv } from '../../lib/compare/export';

export const GET: APIRoute = async ({ site }) =>
  new Response(comparisonCsv(await compareExport(site), compareExportLabels()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
