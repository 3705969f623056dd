// A second origin for the embedding tests: serves test/fixtures/host/ on another port, filling
// the host page's {{WIDGET_ORIGIN}} and {{WIDGETS}} (the embed code for every widget in the
// manifest, both ways, with the given inputs per widget).
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentType, listenOnLoopback } from './server.ts';
import { elementSnippet, iframeSnippet, type SnippetParams, type SnippetWidget } from '../../../src/lib/widgets/snippets.ts';

export const HOST_FIXTURES = fileURLToPath(new URL('../../fixtures/host/', import.meta.url));

export interface HostServer {
  url: string;
  close(): Promise<void>;
}

export interface EmbedSpec {
  widget: SnippetWidget;
  params: SnippetParams;
}

/** Rewrites the manifest's absolute URLs (the configured site) to the local widget server. */
export function localWidget(w: SnippetWidget, site: string, widgetOrigin: string): SnippetWidget {
  const re = (u: string) => (u.startsWith(site) ? widgetOrigin + u.slice(site.length) : u);
  return { ...w, iframeUrl: re(w.iframeUrl), scriptUrl: re(w.scriptUrl) };
}

export function widgetsMarkup(embeds: EmbedSpec[], hostScriptUrl: string): string {
  return embeds
    .map(({ widget, params }) => {
      // Eager: the tests read every widget on one tall page without scrolling; a lazy frame far
      // below the viewport would never load (the published code is lazy: snippets.ts).
      const frame = iframeSnippet(widget, hostScriptUrl, params, { lazy: false }).replace('<iframe ', `<iframe id="frame-${widget.id}" `);
      const el = elementSnippet(widget, params).replace(`<${widget.element}`, `<${widget.element} id="element-${widget.id}"`);
      return `<section class="host-section">\n<h2>${widget.id}</h2>\n${frame}\n${el}\n</section>`;
    })
    .join('\n');
}

export async function startHostServer(widgetOrigin: string, widgetsHtml: string): Promise<HostServer> {
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const file = path.join(HOST_FIXTURES, path.normalize(decodeURIComponent(url.pathname)));
      if (!file.startsWith(HOST_FIXTURES)) {
        res.writeHead(403).end();
        return;
      }
      let body: Buffer | string;
      try {
        body = await readFile(file);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      if (file.endsWith('.html')) {
        body = body.toString('utf8').replaceAll('{{WIDGET_ORIGIN}}', widgetOrigin).replace('{{WIDGETS}}', widgetsHtml);
      }
      res.writeHead(200, { 'content-type': contentType(file), 'cache-control': 'no-store' }).end(body);
    })().catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(err));
    });
  });
  return listenOnLoopback(server);
}
