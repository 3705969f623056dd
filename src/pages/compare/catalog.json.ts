/**
 * Every document as the comparison's document choice needs it, and the province names: loaded
 * by the comparison island when there are more documents than a page shows (instead of repeating
 * hundreds of entries in every comparison page's HTML).
 */
import type { APIRoute } from 'astro';
import { selectableDocs } from '../../data/compare';
import { provinceNames } from '../../data/regions';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify({ docs: await selectableDocs(), provinces: [...provinceNames()].map(([code, name]) => ({ code, name })) }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
