import type { APIRoute, GetStaticPaths } from 'astro';
import { WIDGETS, widgetById, widgetPayload } from '../../widgets/manifest';

/**
 * Each widget's run-time payload (manifest entry, dataset version, island data). The widget
 * bundler inlines it into /widgets/<id>.js and then deletes it from dist/.
 */
export const getStaticPaths: GetStaticPaths = () => WIDGETS.map((w) => ({ params: { id: w.id } }));

export const GET: APIRoute = async ({ params, site }) => Response.json(await widgetPayload(widgetById(params.id!), site!));
