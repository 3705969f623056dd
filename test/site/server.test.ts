// The dist/ server the other site tests rely on: content types, directory index, redirects, 404.
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startServer, type RunningServer } from './support/server.ts';

let root: string;
let server: RunningServer;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'xyhf-dist-'));
  mkdirSync(path.join(root, 'x'));
  mkdirSync(path.join(root, 'pagefind'));
  writeFileSync(path.join(root, 'x', 'index.html'), '<p>x</p>');
  writeFileSync(path.join(root, '404.html'), '<p>not here</p>');
  writeFileSync(path.join(root, 'pagefind', 'pagefind.en_1.pf_meta'), 'm');
  writeFileSync(path.join(root, 'pagefind', 'wasm.zh.pagefind'), 'w');
  writeFileSync(path.join(root, 'a.wasm'), 'w');
  writeFileSync(path.join(root, 'a.json'), '{}');
  writeFileSync(path.join(root, 'a.ics'), 'BEGIN:VCALENDAR');
  writeFileSync(path.join(root, 'a.csv'), 'a,b');
  server = await startServer(root);
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

const get = (p: string) => fetch(server.url + p, { redirect: 'manual' });

test('binds to 127.0.0.1 on an ephemeral port', () => {
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
});

test('content types', async () => {
  const types = async (p: string) => (await get(p)).headers.get('content-type');
  expect(await types('/x/')).toBe('text/html; charset=utf-8');
  expect(await types('/a.wasm')).toBe('application/wasm');
  expect(await types('/a.json')).toMatch(/^application\/json/);
  expect(await types('/a.ics')).toMatch(/^text\/calendar/);
  expect(await types('/a.csv')).toMatch(/^text\/csv/);
  expect(await types('/pagefind/pagefind.en_1.pf_meta')).toBe('application/octet-stream');
  expect(await types('/pagefind/wasm.zh.pagefind')).toBe('application/octet-stream');
});

test('directory index, redirect, 404 page, no escaping the root', async () => {
  const index = await get('/x/');
  expect(index.status).toBe(200);
  expect(await index.text()).toBe('<p>x</p>');
  const redirect = await get('/x');
  expect(redirect.status).toBe(301);
  expect(redirect.headers.get('location')).toBe('/x/');
  const missing = await get('/nope/');
  expect(missing.status).toBe(404);
  expect(await missing.text()).toBe('<p>not here</p>');
  expect((await get('/%2e%2e/%2e%2e/etc/passwd')).status).not.toBe(200);
});
