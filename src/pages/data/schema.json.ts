import type { APIRoute } from 'astro';
import { schemasPayload } from '../../data/open-data';
export const GET: APIRoute = ({ site }) => Response.json(schemasPayload(site));
