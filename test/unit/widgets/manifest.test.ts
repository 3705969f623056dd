import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { buildManifest, WIDGETS } from '../../../src/widgets/manifest';
import { widgetManifestSchema } from '../../../src/schemas/widget-manifest';

const SITE = new URL('https://xyhf.example.cn/');
const src = (p: string) => new URL(`../../../src/${p}`, import.meta.url);

test('the manifest builds, validates, and has one entry per registered widget', async () => {
  const m = await buildManifest(SITE);
  expect(() => widgetManifestSchema.parse(m)).not.toThrow();
  expect(m.widgets.map((w) => w.id)).toEqual(WIDGETS.map((w) => w.id));
  expect(new Set(m.widgets.map((w) => w.id)).size).toBe(m.widgets.length);
  expect(new Set(m.widgets.map((w) => w.element)).size).toBe(m.widgets.length);
});

test('every registered widget has its element entry, its frame island and its embed-page branch', () => {
  const page = readFileSync(src('pages/embed/[widget]/index.astro'), 'utf8');
  for (const w of WIDGETS) {
    expect(existsSync(src(`widgets/${w.id}/element.ts`)), `${w.id}/element.ts`).toBe(true);
    expect(existsSync(src(`widgets/${w.id}/Frame.tsx`)), `${w.id}/Frame.tsx`).toBe(true);
    expect(page).toContain(`def.id === '${w.id}'`);
  }
});

test('inputs with allowed values default to one of them', () => {
  for (const w of WIDGETS) {
    for (const i of w.inputs) {
      if (i.allowed && i.default !== null && i.type === 'enum') expect(i.allowed.map((a) => a.value)).toContain(i.default);
    }
  }
});
