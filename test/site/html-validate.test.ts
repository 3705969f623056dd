// html-validate (Node API) over every HTML file in dist/ with the committed .htmlvalidate.json
// (html-validate:recommended). Zero errors.
//
// Turning a rule off: .htmlvalidate.json is plain JSON (html-validate reads it with JSON.parse,
// so it cannot hold comments). Record the reason for every rule you set to "off" in RULES_OFF
// below; the first test fails if the two disagree.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory, type ConfigData } from 'html-validate';
import { listPages } from './support/pages.ts';

/** rule → why it is off. Keep in sync with .htmlvalidate.json. */
const RULES_OFF: Record<string, string> = {};

const configPath = new URL('../../.htmlvalidate.json', import.meta.url);
const config = JSON.parse(readFileSync(configPath, 'utf8')) as ConfigData;
const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader(config));
const format = formatterFactory('text');

test('.htmlvalidate.json extends recommended; every rule turned off has a reason', () => {
  expect(config.extends).toContain('html-validate:recommended');
  const off = Object.entries(config.rules ?? {})
    .filter(([, v]) => v === 'off' || v === 0 || (Array.isArray(v) && (v[0] === 'off' || v[0] === 0)))
    .map(([k]) => k)
    .sort();
  expect(off).toEqual(Object.keys(RULES_OFF).sort());
});

for (const p of listPages()) {
  test(`html-validate ${p.rel}`, async () => {
    const report = await htmlvalidate.validateFile(p.file);
    expect(report.errorCount, format(report.results)).toBe(0);
  });
}
