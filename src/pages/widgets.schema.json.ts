import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { widgetManifestSchema } from '../schemas/widget-manifest';

/** JSON Schema of /widgets.json, generated from the same zod schema the build validates with. */
export const GET: APIRoute = ({ site }) =>
  Response.json({
    ...z.toJSONSchema(widgetManifestSchema, { io: 'input', unrepresentable: 'any' }),
    $id: new URL('/widgets.schema.json', site!).href,
    title: '先用后付政策通 widget manifest',
  });
