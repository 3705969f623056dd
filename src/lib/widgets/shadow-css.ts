/**
 * Adapts a page stylesheet for use inside a widget's shadow root, at build time:
 * - `:root`, `html` and `body` rules apply to the widget's root box (`.xyhf-root`) instead, since
 *   a shadow root has none of them;
 * - `rem` lengths become multiples of `--xyhf-rem`, because inside a shadow root `rem` is the
 *   *host page's* root font size (a hostile host's `html { font-size: 40px }` would leak in).
 *   Media-query conditions keep `rem` (there it means the browser default, not the host's).
 */

export const SHADOW_ROOT_SELECTOR = '.xyhf-root';
export const REM_PROPERTY = '--xyhf-rem';

const COMMENT = /\/\*[\s\S]*?\*\//g;
/** Selector (or at-rule) text before a `{`: everything after the previous brace or `;`. */
const PRELUDE = /([^{};]+)\{/g;
/** A declaration block without nested blocks. */
const BLOCK = /\{([^{}]*)\}/g;
const ROOT_LIKE = /(?<![\w.#-])(?::root|html|body)(?![\w-])/g;
const REM = /(?<![\w.])(-?\d*\.?\d+)rem\b/g;

/** A plain rule (no nested block): selector list and declarations. */
const RULE = /([^{}]+)\{([^{}]*)\}/g;

/**
 * Selectors of the site's page chrome (header, search form, footer, skip link, page wrapper),
 * which never occur inside a widget: rules made only of these are left out of the shadow sheet.
 */
export const PAGE_CHROME = /^(\.site-header|\.header-inner|\.brand|\.site-tools|\.care-switch|\.site-search|\.site-footer|\.skip-link|\.wrap|main|nav)\b/;

/**
 * What a widget's shadow sheet leaves out of global.css: the page chrome, and the site's building
 * blocks no widget renders (status badges, metadata lists: the library pages').
 */
export const NOT_IN_WIDGETS = new RegExp(`${PAGE_CHROME.source}|^(\\.badge|\\.meta-list)\\b`);

export function toShadowCss(css: string, drop: RegExp = PAGE_CHROME): string {
  return css
    .replace(COMMENT, '')
    .replace(RULE, (rule, prelude: string) => {
      const selectors = prelude.trim().split(',').map((x) => x.trim());
      return !prelude.trim().startsWith('@') && selectors.every((x) => drop.test(x)) ? '' : rule;
    })
    .replace(PRELUDE, (_, prelude: string) =>
      prelude.trimStart().startsWith('@') ? `${prelude}{` : `${prelude.replace(ROOT_LIKE, SHADOW_ROOT_SELECTOR)}{`,
    )
    .replace(BLOCK, (_, body: string) => `{${body.replace(REM, (_m, n: string) => `calc(${n} * var(${REM_PROPERTY}, 16px))`)}}`);
}
