import type { APIRoute } from 'astro';
import { exportLookups } from '../../data/open-data';
import { loadProvisions } from '../../data/dataset';
import { exportRow, provisionsCsv } from '../../lib/open-data';
export const GET: APIRoute = async ({ site }) => {
  const l = await exportLookups(site);
  return new Response(provisionsCsv(loadProvisions().map((p) => exportRow(p, l))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
