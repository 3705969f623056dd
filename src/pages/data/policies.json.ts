import type { APIRoute } from 'astro';
import { policiesPayload } from '../../data/open-data';
export const GET: APIRoute = async ({ site }) => Response.json(await policiesPayload(site));
