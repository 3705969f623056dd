// Static file server over dist/ on 127.0.0.1 (ephemeral port), shared by the site tests and
// scripts/screenshot.mjs. Mirrors a plain static host: `/x/` serves `/x/index.html`, `/x` (a
// directory) redirects to `/x/`, unknown paths get dist/404.html (if any) with status 404.
import { createServer, type Server } from 'node:http';
import { createReadStream, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST_DIR = fileURLToPath(new URL('../../../dist/', import.meta.url));

/** The public origin dist/ was built for (the XYHF_ORIGIN setting), read from its widget manifest. */
export function builtSiteOrigin(dist: string = DIST_DIR): string {
  const manifest = JSON.parse(readFileSync(path.join(dist, 'widgets.json'), 'utf8')) as { hostScript: string };
  return new URL(manifest.hostScript).origin;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};

export function contentType(file: string): string {
  const ext = path.extname(file).toLowerCase();
  // Pagefind's index/fragment/meta files (.pf_index, .pf_fragment, .pf_meta, .pf_filter) are
  // gzipped binary blobs that its JS fetches and decompresses itself.
  if (ext.startsWith('.pf_')) return 'application/octet-stream';
  return TYPES[ext] ?? 'application/octet-stream';
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

async function isDir(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

export interface RunningServer {
  /** e.g. `http://127.0.0.1:41234` (no trailing slash) */
  url: string;
  close(): Promise<void>;
}

export interface ServerOptions {
  /**
   * Gzip text responses when the client accepts it, as every production static host does. The
   * Lighthouse benchmark uses it: its simulated slow 4G otherwise counts a page's raw bytes (the
   * comparison's 384 KB HTML is 47 KB gzipped) and reports a first paint no visitor sees. Tests
   * keep plain responses (byte counts in tests are of the files themselves).
   */
  compress?: boolean;
}

/** Text types worth compressing (images, wasm and Pagefind's own gzipped blobs are not). */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

export async function startServer(root: string = DIST_DIR, options: ServerOptions = {}): Promise<RunningServer> {
  const rootAbs = path.resolve(root);
  const server: Server = createServer((req, res) => {
    void (async () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      let rel: string;
      try {
        rel = decodeURIComponent(url.pathname);
      } catch {
        res.writeHead(400).end('bad path');
        return;
      }
      const file = path.join(rootAbs, rel);
      if (file !== rootAbs && !file.startsWith(rootAbs + path.sep)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      let target: string | undefined;
      let status = 200;
      if (rel.endsWith('/')) {
        if (await isFile(path.join(file, 'index.html'))) target = path.join(file, 'index.html');
      } else if (await isFile(file)) {
        target = file;
      } else if (await isDir(file) && (await isFile(path.join(file, 'index.html')))) {
        res.writeHead(301, { location: url.pathname + '/' + url.search }).end();
        return;
      }
      if (!target) {
        status = 404;
        const notFound = path.join(rootAbs, '404.html');
        if (await isFile(notFound)) target = notFound;
        else {
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404 Not Found');
          return;
        }
      }
      const type = contentType(target);
      if (options.compress && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        const body = gzipSync(await readFile(target));
        res.writeHead(status, {
          'content-type': type,
          'content-encoding': 'gzip',
          vary: 'accept-encoding',
          'content-length': body.length,
          'cache-control': 'no-store',
        });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      const { size } = await stat(target);
      res.writeHead(status, {
        'content-type': type,
        'content-length': size,
        'cache-control': 'no-store',
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(target).pipe(res);
    })().catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(err));
    });
  });
  return listenOnLoopback(server);
}

/** Starts `server` on 127.0.0.1 with an ephemeral port; `close()` also drops kept-alive sockets. */
export async function listenOnLoopback(server: import('node:http').Server): Promise<{ url: string; close: () => Promise<void> }> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const addr = server.address();
  if (addr === null || typeof addr === 'string') throw new Error('server has no TCP address');
  return {
    url: `http://127.0.0.1:${addr.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
