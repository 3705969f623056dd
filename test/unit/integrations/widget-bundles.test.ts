// The widgets' language floor (src/integrations/widget-bundles.ts): every shipped script must parse
// as an ES2018 classic script. The site test parses the real scripts; these cases prove the check
// refuses what Chromium 69 cannot run and accepts what it can.
import { describe, expect, test } from 'vitest';
import { assertEcmaLevel, BROWSER_FLOOR } from '../../../src/integrations/widget-bundles.ts';

describe('assertEcmaLevel', () => {
  test('the floor is ES2018 for Chromium 69', () => {
    expect(BROWSER_FLOOR).toEqual({ ecmaVersion: 2018, esbuildTarget: ['es2018', 'chrome69'] });
  });

  test.each([
    ['optional chaining (ES2020)', 'var a = {}; a?.b;'],
    ['nullish coalescing (ES2020)', 'var a = null ?? 1;'],
    ['optional catch binding (ES2019)', 'try {} catch {}'],
    ['logical assignment (ES2021)', 'var a; a ||= 1;'],
    ['numeric separators (ES2021)', 'var n = 1_000;'],
    ['class fields (ES2022)', 'class A { x = 1 }'],
    ['BigInt literal (ES2020)', 'var n = 1n;'],
    ['a module (import)', 'import x from "y";'],
  ])('refuses %s', (_name, code) => {
    expect(() => assertEcmaLevel(code, 'demo.js')).toThrow(/demo\.js is not ES2018/);
  });

  test.each([
    ['object spread and rest (ES2018)', 'var a = { ...{ b: 1 } }; var { b, ...c } = a;'],
    ['async iteration (ES2018)', 'async function f(x) { for await (const y of x) {} }'],
    ['regexp named groups, lookbehind, dotAll, \\p{} (ES2018)', 'var r = /(?<y>\\d{4})(?<=\\d)./su; var p = /\\p{L}/u;'],
    ['arrow functions, classes, template literals (ES2015)', 'class A { m() { return `${1}`; } } var f = () => 1;'],
  ])('accepts %s', (_name, code) => {
    expect(() => assertEcmaLevel(code, 'demo.js')).not.toThrow();
  });
});
