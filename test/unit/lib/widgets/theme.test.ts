import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  contrastOnWhite,
  darken,
  DEFAULT_FONT_SIZE_PX,
  DEFAULT_PRIMARY,
  MIN_CONTRAST_ON_WHITE,
  parseFlag,
  parseFontSize,
  parseThemeColor,
  resolveTheme,
} from '../../../../src/lib/widgets/theme';

describe('parseThemeColor', () => {
  test.each([
    ['#0B5CAD', '#0b5cad'],
    [' #a4262c ', '#a4262c'],
    ['#000', '#000000'],
    ['#1a6b35', '#1a6b35'],
  ])('%s → %s', (raw, want) => expect(parseThemeColor(raw)).toBe(want));

  test.each([
    ['red'], ['#ffff00'], ['#fff'], ['#12345'], ['#1234567'], ['rgb(0,0,0)'], ['var(--x)'],
    ['url(https://evil.example/x)'], ['#0b5cad; background: red'], [''], ['#ggg'],
  ])('%s is rejected', (raw) => expect(parseThemeColor(raw)).toBeNull());

  test('null/undefined → null', () => {
    expect(parseThemeColor(null)).toBeNull();
    expect(parseThemeColor(undefined)).toBeNull();
  });

  test('the default brand colour passes its own rule; white and black are the contrast extremes', () => {
    expect(parseThemeColor(DEFAULT_PRIMARY)).toBe(DEFAULT_PRIMARY);
    expect(contrastOnWhite('#ffffff')).toBeCloseTo(1, 5);
    expect(contrastOnWhite('#000000')).toBeCloseTo(21, 5);
    // WCAG's worked figure: #767676 is the lightest grey with 4.5:1 on white.
    expect(contrastOnWhite('#767676')).toBeGreaterThanOrEqual(4.5);
    expect(contrastOnWhite('#777777')).toBeLessThan(4.5);
  });

  test('property: anything accepted is #rrggbb with at least 4.5:1 on white', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const c = parseThemeColor(s);
        return c === null || (/^#[0-9a-f]{6}$/.test(c) && contrastOnWhite(c) >= MIN_CONTRAST_ON_WHITE);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
        const hex = `#${n.toString(16).padStart(6, '0')}`;
        return (parseThemeColor(hex) !== null) === contrastOnWhite(hex) >= MIN_CONTRAST_ON_WHITE;
      }),
    );
  });

  test('darken keeps the format and never gets lighter', () => {
    expect(darken('#0b5cad')).toBe('#084079');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
        const hex = `#${n.toString(16).padStart(6, '0')}`;
        const d = darken(hex);
        return /^#[0-9a-f]{6}$/.test(d) && contrastOnWhite(d) >= contrastOnWhite(hex) - 1e-9;
      }),
    );
  });
});

describe('parseFontSize', () => {
  test.each([
    ['16', 16], ['18px', 18], [' 12 ', 12], ['24', 24], ['17.5', 17.5],
  ])('%s → %d', (raw, want) => expect(parseFontSize(raw)).toBe(want));
  test.each([['11'], ['25'], ['1em'], ['120%'], ['large'], [''], ['-16'], ['16 px']])('%s → null', (raw) =>
    expect(parseFontSize(raw)).toBeNull(),
  );
});

describe('parseFlag', () => {
  test.each([
    ['', true], ['1', true], ['true', true], ['compact', true], ['TRUE', true],
    ['0', false], ['false', false],
    ['maybe', null], [null, null], [undefined, null],
  ] as const)('%s → %s', (raw, want) => expect(parseFlag(raw)).toBe(want));
});

describe('resolveTheme', () => {
  test('defaults when nothing is given', () => {
    expect(resolveTheme()).toEqual({ primary: DEFAULT_PRIMARY, primaryDark: darken(DEFAULT_PRIMARY), fontSizePx: DEFAULT_FONT_SIZE_PX, compact: false, care: false });
  });
  test('first valid source wins; invalid values are skipped, not fatal', () => {
    const t = resolveTheme({ primary: '#ffff00', fontSize: '99', compact: 'maybe' }, { primary: '#a4262c', fontSize: '20', compact: '1' });
    expect(t).toEqual({ primary: '#a4262c', primaryDark: darken('#a4262c'), fontSizePx: 20, compact: true, care: false });
    expect(resolveTheme({ primary: '#1a6b35' }, { primary: '#a4262c' }).primary).toBe('#1a6b35');
  });
  test.each<[string, Parameters<typeof resolveTheme>, boolean]>([
    ['care attribute present (empty)', [{ care: '' }], true],
    ['care="0" beats the system setting', [{ care: '0' }, { care: '1' }], false],
    ['no attribute: the system setting (prefers-contrast: more) decides', [{ care: null }, { care: '1' }], true],
    ['neither', [{}, { care: null }], false],
    ['care="maybe" is ignored, the next source decides', [{ care: 'maybe' }, { care: '1' }], true],
  ])('care mode: %s', (_, sources, want) => {
    expect(resolveTheme(...sources).care).toBe(want);
  });
});
