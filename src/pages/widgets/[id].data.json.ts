import type { APIRoute, GetStaticPaths } from 'astro';
import { WIDGET_IDS, widgetById, widgetPayload } from '../../widgets/manifest';

/**
 * Each widget's run-time payload (manifest entry, dataset version, island data). The widget
 * bundler inlines it into /widgets/<id>.js and then deletes it from dist/.
 */
export const getStaticPaths: GetStaticPaths = () => WIDGET_IDS.map((id) => ({ params: { id } }));

export const GET: APIRoute = async ({ params, site }) => Response.json(await widgetPayload(await widgetById(params.id!, site!), site!));
