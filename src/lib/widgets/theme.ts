/**
 * Widget theming: the few knobs a host page may turn (primary colour, base font size, compact
 * mode, care mode), from an attribute, a URL parameter or a CSS custom property. Every value is validated
 * here; anything invalid is ignored silently (no console output on the host page) and the default
 * stays. Pure: the DOM code only applies what this returns.
 */

/** The site's brand blue (global.css `--brand`), 7.0:1 on white. */
export const DEFAULT_PRIMARY = '#0b5cad';
/** Base font size in CSS px (what 1rem is inside the widget). */
export const DEFAULT_FONT_SIZE_PX = 16;
export const MIN_FONT_SIZE_PX = 12;
export const MAX_FONT_SIZE_PX = 24;
/**
 * WCAG 2.2 SC 1.4.3: the primary colour carries white button text and link text on white, so it
 * must reach 4.5:1 against white, or it is ignored.
 */
export const MIN_CONTRAST_ON_WHITE = 4.5;

export interface WidgetTheme {
  /** `#rrggbb`, lower case. */
  primary: string;
  /** A darker shade of `primary` for hover states, `#rrggbb`. */
  primaryDark: string;
  fontSizePx: number;
  compact: boolean;
  /** 关怀模式: the site's care mode (larger type, AAA contrast, 44 px targets), as `data-care`. */
  care: boolean;
}

/** Raw theme values as a host gave them (attribute, URL parameter or custom property); null = not given. */
export interface RawTheme {
  primary?: string | null | undefined;
  fontSize?: string | null | undefined;
  compact?: string | null | undefined;
  care?: string | null | undefined;
}

function channelLuminance(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of `#rrggbb`. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  return 0.2126 * channelLuminance(r) + 0.7152 * channelLuminance(g) + 0.0722 * channelLuminance(b);
}

/** WCAG contrast ratio of `#rrggbb` against white (1 … 21). */
export function contrastOnWhite(hex: string): number {
  return 1.05 / (relativeLuminance(hex) + 0.05);
}

/**
 * A hex colour (`#rgb` or `#rrggbb`, case-insensitive, surrounding spaces allowed) → `#rrggbb`,
 * or null when it is not one, or when it is too light to carry text on white. Only hex is
 * accepted: it is unambiguous, needs no CSS parser, and cannot smuggle `var()` or `url()`.
 */
export function parseThemeColor(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const s = raw.trim().toLowerCase();
  let hex: string;
  if (/^#[0-9a-f]{6}$/.test(s)) hex = s;
  else if (/^#[0-9a-f]{3}$/.test(s)) hex = `#${s[1]}${s[1]}${s[2]}${s[2]}${s[3]}${s[3]}`;
  else return null;
  return contrastOnWhite(hex) >= MIN_CONTRAST_ON_WHITE ? hex : null;
}

/** `#rrggbb` scaled towards black by `factor` (0.7 = 30 % darker), for hover. */
export function darken(hex: string, factor = 0.7): string {
  return `#${[1, 3, 5]
    .map((i) => Math.round(parseInt(hex.slice(i, i + 2), 16) * factor).toString(16).padStart(2, '0'))
    .join('')}`;
}

/** "18", "18px", " 18 " → 18 within 12–24 px; anything else (em, %, out of range) → null. */
export function parseFontSize(raw: string | null | undefined): number | null {
  if (raw == null) return null;
  const m = /^(\d{1,2}(?:\.\d+)?)(px)?$/.exec(raw.trim().toLowerCase());
  if (!m) return null;
  const n = Number(m[1]);
  return n >= MIN_FONT_SIZE_PX && n <= MAX_FONT_SIZE_PX ? n : null;
}

/**
 * A boolean attribute or URL flag: present and empty, "1", "true", "compact" → true;
 * "0", "false" → false; absent or anything else → null (use the default).
 */
export function parseFlag(raw: string | null | undefined): boolean | null {
  if (raw == null) return null;
  const s = raw.trim().toLowerCase();
  if (s === '' || s === '1' || s === 'true' || s === 'compact' || s === 'yes') return true;
  if (s === '0' || s === 'false' || s === 'no') return false;
  return null;
}

/**
 * The theme to apply. Sources are tried in order (e.g. the element's attribute before the host's
 * CSS custom property); the first valid value wins, invalid ones are skipped.
 */
export function resolveTheme(...sources: RawTheme[]): WidgetTheme {
  const first = <T>(parse: (s: string | null | undefined) => T | null, key: keyof RawTheme): T | null => {
    for (const src of sources) {
      const v = parse(src[key]);
      if (v !== null) return v;
    }
    return null;
  };
  const primary = first(parseThemeColor, 'primary') ?? DEFAULT_PRIMARY;
  return {
    primary,
    primaryDark: darken(primary),
    fontSizePx: first(parseFontSize, 'fontSize') ?? DEFAULT_FONT_SIZE_PX,
    compact: first(parseFlag, 'compact') ?? false,
    care: first(parseFlag, 'care') ?? false,
  };
}

/** Names of the theme parameters, shared by URL parameters and element attributes. */
export const THEME_PARAMS = { primary: 'primary-color', fontSize: 'font-size', compact: 'compact', care: 'care' } as const;
/** Care mode's type is never set below the browser default (its sizes are in rem). */
export const CARE_MIN_FONT_SIZE_PX = 16;
/** CSS custom properties a host may set on the element (or an ancestor) instead of attributes. */
export const THEME_CSS_PROPERTIES = { primary: '--xyhf-primary-color', fontSize: '--xyhf-font-size' } as const;
