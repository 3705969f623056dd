// The self-host package's pure parts (src/integrations/self-host-package.ts); the archive itself is
// unpacked and run from another origin by test/site/self-host.test.ts.
import { describe, expect, test } from 'vitest';
import { packageVersion, relativeFramePage, sri } from '../../../src/integrations/self-host-package.ts';

describe('relativeFramePage', () => {
  test.each([
    // An iframe page sits at embed/<id>/index.html: two folders below the package root.
    ['<link rel="stylesheet" href="/_astro/global.X1.css">', '<link rel="stylesheet" href="../../_astro/global.X1.css">'],
    ['<script src="/widgets/subsidy.frame.js" defer></script>', '<script src="../../widgets/subsidy.frame.js" defer></script>'],
    ['<link rel="icon" href="/favicon.svg" type="image/svg+xml">', '<link rel="icon" href="../../favicon.svg" type="image/svg+xml">'],
    // Links to our public site stay absolute (navigation, not a request).
    ['<a href="https://xyhf.test/calculators/subsidy/">', '<a href="https://xyhf.test/calculators/subsidy/">'],
    // A page link of the site is not an asset of the package: left alone (and the site test finds none).
    ['<a href="/policies/">', '<a href="/policies/">'],
  ])('%s', (html, want) => {
    expect(relativeFramePage(html)).toBe(want);
  });
});

test('sri is the base64 sha384 an integrity attribute takes', () => {
  // sha384("abc"), FIPS 180-2 test vector, in base64.
  expect(sri(new TextEncoder().encode('abc'))).toBe('sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn');
});

test('packageVersion names the manifest format and the dataset', () => {
  expect(packageVersion({ version: 1, datasetVersion: '651b13b2823c' })).toBe('1.651b13b2823c');
});
