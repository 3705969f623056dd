/** The whole comparison as a spreadsheet (matrix, quotes, 说明), from the same export document as the CSV. */
import type { APIRoute } from 'astro';
import { compareExport, compareExportLabels, compareXlsxLabels } from '../../data/compare';
import { comparisonXlsx } from '../../islands/compare/xlsx';

export const GET: APIRoute = async ({ site }) => {
  const data = await compareExport(site);
  const bytes = await comparisonXlsx(data, compareExportLabels(), compareXlsxLabels(), {
    pageUrl: new URL('/compare/', site ?? 'http://localhost/').href,
    onlyDifferences: false,
  });
  return new Response(bytes as BodyInit, {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
};
