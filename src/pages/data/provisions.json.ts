import type { APIRoute } from 'astro';
import { provisionsPayload } from '../../data/open-data';
export const GET: APIRoute = async ({ site }) => Response.json(await provisionsPayload(site));
